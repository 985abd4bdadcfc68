using IonSim.Contraction;
using IonSim.Integration;
using IonSim.Physiology;

namespace IonSim.Experiments;

/// <summary>
/// Turns a fiber's solve into the state machine's signals: the integrator locates the threshold
/// crossings and tension peaks as events, and the stimulus edges come from the protocol, so phase
/// times are exact to the event tolerance and independent of any output grid.
/// </summary>
internal sealed class ContractionEvents
{
    private const string Activation = "activation threshold";
    private const string Rest = "rest threshold";
    private const string Slope = "tension slope";

    public ContractionEvents(MuscleFiber fiber, ContractionOptions options)
    {
        double activation = options.ActivationThresholdFraction;
        double rest = options.RestThresholdFraction;

        // Peaks are where dT/dt crosses zero falling, troughs where it crosses rising. The rate has the
        // sign and the zeros of the tension drive, which needs no right-hand side (one a step saved).
        Events =
        [
            new OdeEvent(Activation, (t, y) => MuscleFiber.UnclampedTension(y) - activation),
            new OdeEvent(Rest, (t, y) => MuscleFiber.UnclampedTension(y) - rest),
            new OdeEvent(Slope, (t, y) => fiber.TensionDrive(y)),
        ];
    }

    public IReadOnlyList<OdeEvent> Events { get; }

    /// <summary>
    /// The signals of a solve in time order; at equal times stimulus edges come first. Each pulse counts as
    /// a stimulus for <paramref name="stimulusWindowMs"/> (its release waveform plus the response latency).
    /// A pulse that arrives while an earlier one still counts closes it and opens its own, so every pulse is
    /// seen by the machine, however closely pulses follow each other.
    /// </summary>
    public static IReadOnlyList<ContractionSignal> Signals(OdeSolution solution, IReadOnlyList<double> pulseTimesMs, double stimulusWindowMs)
    {
        var signals = new List<(ContractionSignal Signal, int Order)>();
        double? openUntil = null;
        foreach (double t in pulseTimesMs)
        {
            if (openUntil is { } off)
            {
                signals.Add((ContractionSignal.StimulusEdge(Math.Min(off, t), on: false), 0));
            }

            signals.Add((ContractionSignal.StimulusEdge(t, on: true), 0));
            openUntil = t + stimulusWindowMs;
        }

        if (openUntil is { } last && last < solution.FinalTime)
        {
            signals.Add((ContractionSignal.StimulusEdge(last, on: false), 0));
        }

        foreach (EventOccurrence e in solution.Events)
        {
            bool rising = e.Crossing == EventDirection.Rising;
            ContractionSignal signal = e.Name switch
            {
                Activation => ContractionSignal.ActivationCrossing(e.Time, rising),
                Rest => ContractionSignal.RestCrossing(e.Time, rising),
                _ => ContractionSignal.SlopeZero(e.Time, rising),
            };
            signals.Add((signal, 1));
        }

        // OrderBy is stable, so an off edge stays before the on edge that shares its time.
        return signals.OrderBy(s => s.Signal.TimeMs).ThenBy(s => s.Order).Select(s => s.Signal).ToArray();
    }
}
