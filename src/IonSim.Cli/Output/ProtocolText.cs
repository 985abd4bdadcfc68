using System.Globalization;
using IonSim.Physiology;

namespace IonSim.Cli.Output;

/// <summary>Names a protocol the way titles and JSON describe it: "single twitch", "train of 10 pulses at 50 Hz".</summary>
internal static class ProtocolText
{
    public static string Describe(StimulusProtocol protocol)
    {
        IReadOnlyList<double> pulses = protocol.PulseTimesMs;
        if (pulses.Count <= 1)
        {
            return pulses.Count == 0 ? "no stimulus" : "single twitch";
        }

        // The CLI builds evenly spaced trains; rounding hides the last bits of 1000 / interval.
        double hz = Math.Round(1000.0 * (pulses.Count - 1) / (pulses[^1] - pulses[0]), 6);
        return string.Create(CultureInfo.InvariantCulture, $"train of {pulses.Count} pulses at {hz} Hz");
    }
}
