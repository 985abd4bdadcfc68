using IonSim.Physiology;
using IonSim.Cli.Backend;
using IonSim.Cli.Infrastructure;
using IonSim.Cli.Options;

namespace IonSim.Cli.Commands;

/// <summary>Turns <see cref="ScenarioSettings"/> into a checked <see cref="SimulationRequest"/>.</summary>
/// <remarks>The limits here keep the tool responsive (no run that would take hours or fill the disk) and
/// the input meaningful (no negative concentrations); the model's own ranges are checked by the library.</remarks>
internal static class ScenarioOptions
{
    /// <summary>Longest simulated time the CLI accepts, in ms: a minute covers twitches, trains and fatigue protocols.</summary>
    public const double MaxDurationMs = 60_000;

    /// <summary>Default output interval in ms.</summary>
    public const double DefaultDtMs = 0.1;

    public static SimulationRequest Parse(ScenarioSettings s, CliEnvironment environment) =>
        new(Source(s.Mg, s.Preset, s.Params, environment), Protocol(s), Duration(s.Duration), Dt(s.Dt));

    public static ScenarioSource Source(IReadOnlyList<string> mg, string? preset, string? parameters, CliEnvironment environment)
    {
        List<double> magnesium = [.. mg.Select(m => OptionParser.Number("--mg", m, v => v >= 0, "free Mg²⁺ must be a finite number of mM, at least 0 (for example 1 or 0.25)"))];
        if (preset is not null && parameters is not null)
        {
            throw new UsageException($"--preset '{preset}' and --params '{parameters}' cannot be used together: both choose the base parameters");
        }

        if (preset is not null && string.IsNullOrWhiteSpace(preset))
        {
            throw new UsageException("--preset", preset, "expected a preset name (see: ionsim presets)");
        }

        string? path = null;
        if (parameters is not null)
        {
            path = string.IsNullOrWhiteSpace(parameters) ? null : environment.Resolve(parameters);
            if (path is null || !File.Exists(path))
            {
                throw new UsageException("--params", parameters, "the file does not exist (write one with: ionsim params --preset <name> -o <file.json>)");
            }
        }

        return new ScenarioSource(preset, path, magnesium);
    }

    public static double? Duration(string? text) =>
        OptionParser.OptionalNumber("--duration", text, v => v > 0 && v <= MaxDurationMs,
            $"the simulated time must be a number of ms greater than 0 and at most {MaxDurationMs:0}");

    private static ProtocolChoice Protocol(ScenarioSettings s)
    {
        double? frequency = OptionParser.OptionalNumber("--frequency", s.Frequency,
            v => v >= StimulusProtocol.MinimumFrequencyHz && v <= StimulusProtocol.MaximumFrequencyHz,
            FormattableString.Invariant($"the train frequency must be a number of Hz from {StimulusProtocol.MinimumFrequencyHz} to {StimulusProtocol.MaximumFrequencyHz}"));
        int? pulses = s.Pulses is null ? null : OptionParser.Integer("--pulses", s.Pulses, 1, 10_000, "the number of pulses");
        string protocol = s.Protocol is null
            ? (frequency is null && pulses is null ? "twitch" : "train")
            : OptionParser.Choice("--protocol", s.Protocol, ["twitch", "train"]);

        if (protocol == "twitch")
        {
            if (frequency is not null || pulses is not null)
            {
                string option = frequency is not null ? "--frequency" : "--pulses";
                throw new UsageException($"{option} applies to trains only; use it with --protocol train (or leave out --protocol twitch)");
            }

            return ProtocolChoice.Twitch;
        }

        return new ProtocolChoice(true, frequency ?? 50, pulses ?? 10);
    }

    private static double Dt(string? text) =>
        OptionParser.OptionalNumber("--dt", text, v => v >= 0.001 && v <= 1000,
            "the output interval must be a number of ms from 0.001 to 1000") ?? DefaultDtMs;
}
