using System.Globalization;
using IonSim.Cli.Infrastructure;
using IonSim.Cli.Options;
using IonSim.Experiments;
using IonSim.Physiology;

namespace IonSim.Cli.Commands;

/// <summary>Turns <see cref="ScenarioSettings"/> into a checked <see cref="SimulationPlan"/>.</summary>
/// <remarks>The limits here keep the tool responsive (no run that would take hours or fill the disk) and
/// the input meaningful (no negative concentrations); the model's own ranges are checked by the library,
/// whose refusals are reported under the option's name.</remarks>
internal static class ScenarioOptions
{
    /// <summary>Longest simulated time the CLI accepts, in ms: a minute covers twitches, trains and fatigue protocols.</summary>
    public const double MaxDurationMs = 60_000;

    /// <summary>Default output interval in ms.</summary>
    public const double DefaultDtMs = 0.1;

    /// <summary>The presets <c>ionsim plot</c> compares when no scenario is named: normal against low magnesium stores.</summary>
    private static readonly string[] DefaultComparison = ["normal", "low-magnesium"];

    public static SimulationPlan Parse(ScenarioSettings s, CliEnvironment environment)
    {
        IReadOnlyList<double> mg = Magnesium(s.Mg);
        Scenario? fiber = Fiber(s.Preset, s.Params, environment);
        StimulusProtocol protocol = Protocol(s);
        SimulationOptions options = Options(s.Dt, protocol);
        return new SimulationPlan(Scenarios(fiber, mg), protocol, options);
    }

    /// <summary>Free Mg²⁺ values in mM, in the order given.</summary>
    public static IReadOnlyList<double> Magnesium(IReadOnlyList<string> mg) =>
        [.. mg.Select(m => OptionParser.Number("--mg", m, v => v >= 0, "free Mg²⁺ must be a finite number of mM, at least 0 (for example 1 or 0.25)"))];

    /// <summary>The base fiber: the parameter file (named after the file), the preset, or null when neither is given.</summary>
    public static Scenario? Fiber(string? preset, string? parameters, CliEnvironment environment)
    {
        if (preset is not null && parameters is not null)
        {
            throw new UsageException($"--preset '{preset}' and --params '{parameters}' cannot be used together: both choose the base parameters");
        }

        if (parameters is not null)
        {
            string? path = string.IsNullOrWhiteSpace(parameters) ? null : environment.Resolve(parameters);
            if (path is null || !File.Exists(path))
            {
                throw new UsageException("--params", parameters, "the file does not exist (write one with: ionsim params --preset <name> -o <file.json>)");
            }

            return new Scenario(Path.GetFileNameWithoutExtension(path), LibraryErrors.LoadParameters(path, parameters));
        }

        if (preset is not null)
        {
            if (string.IsNullOrWhiteSpace(preset))
            {
                throw new UsageException("--preset", preset, "expected a preset name (see: ionsim presets)");
            }

            return new Scenario(preset.ToLowerInvariant(), Preset(preset));
        }

        return null;
    }

    /// <summary>A preset by name, ignoring case.</summary>
    public static FiberParameters Preset(string name) =>
        FiberPresets.All.TryGetValue(name, out FiberParameters? parameters)
            ? parameters
            : throw new UsageException("--preset", name, $"there is no such preset; choose one of {string.Join(", ", FiberPresets.All.Keys)}");

    public static double? Duration(string? text) =>
        OptionParser.OptionalNumber("--duration", text, v => v > 0 && v <= MaxDurationMs,
            $"the simulated time must be a number of ms greater than 0 and at most {MaxDurationMs:0}");

    /// <summary>A single twitch at 0 ms; without a duration the library adds its tail after the pulse.</summary>
    public static StimulusProtocol Twitch(double? durationMs) => StimulusProtocol.SinglePulse(0, durationMs);

    /// <summary>Each --mg value as its own scenario; none given: the base fiber, or the normal and low-magnesium presets side by side.</summary>
    private static IReadOnlyList<Scenario> Scenarios(Scenario? fiber, IReadOnlyList<double> mg)
    {
        if (fiber is null && mg.Count == 0)
        {
            return [.. DefaultComparison.Select(name => new Scenario(name, FiberPresets.Get(name)))];
        }

        Scenario baseScenario = fiber ?? new Scenario("normal", FiberPresets.Normal);
        if (mg.Count == 0)
        {
            return [baseScenario];
        }

        return [.. mg.Select(value =>
        {
            string text = Number(value);
            FiberParameters parameters = LibraryErrors.Option("--mg", text, () => baseScenario.Parameters with { FreeMagnesiumMillimolar = value });
            string name = mg.Count == 1 ? baseScenario.Name : $"{baseScenario.Name} ({text} mM)";
            return new Scenario(name, parameters);
        })];
    }

    /// <summary>A single pulse at 0 ms or a train from 0 ms; the duration defaults to the library's tail after the last pulse.</summary>
    private static StimulusProtocol Protocol(ScenarioSettings s)
    {
        double? duration = Duration(s.Duration);
        double? frequency = OptionParser.OptionalNumber("--frequency", s.Frequency,
            v => v >= StimulusProtocol.MinimumFrequencyHz && v <= StimulusProtocol.MaximumFrequencyHz,
            FormattableString.Invariant($"the train frequency must be a number of Hz from {StimulusProtocol.MinimumFrequencyHz} to {StimulusProtocol.MaximumFrequencyHz}"));
        int? pulses = s.Pulses is null ? null : OptionParser.Integer("--pulses", s.Pulses, 1, 10_000, "the number of pulses");
        string kind = s.Protocol is null
            ? (frequency is null && pulses is null ? "twitch" : "train")
            : OptionParser.Choice("--protocol", s.Protocol, ["twitch", "train"]);

        if (kind == "twitch")
        {
            if (frequency is not null || pulses is not null)
            {
                string option = frequency is not null ? "--frequency" : "--pulses";
                throw new UsageException($"{option} applies to trains only; use it with --protocol train (or leave out --protocol twitch)");
            }

            return Twitch(duration);
        }

        double hz = frequency ?? 50;
        int count = pulses ?? 10;
        StimulusProtocol protocol = LibraryErrors.Option(duration is null ? "--frequency" : "--duration", duration is null ? Number(hz) : Number(duration.Value),
            () => StimulusProtocol.Train(hz, count, 0, duration));

        // Without --duration the library adds its tail after the last pulse: a long slow train can still exceed the CLI's limit.
        if (protocol.DurationMs > MaxDurationMs)
        {
            throw new UsageException("--pulses", count.ToString(CultureInfo.InvariantCulture),
                FormattableString.Invariant($"a train of {count} pulses at {hz} Hz needs {protocol.DurationMs} ms of simulated time, more than the limit of {MaxDurationMs} ms; use fewer pulses or a higher frequency"));
        }

        return protocol;
    }

    /// <summary>The output interval, checked against the library's trace limit for this protocol's real duration.</summary>
    private static SimulationOptions Options(string? dtText, StimulusProtocol protocol)
    {
        double dt = OptionParser.OptionalNumber("--dt", dtText, v => v >= 0.001 && v <= 1000,
            "the output interval must be a number of ms from 0.001 to 1000") ?? DefaultDtMs;
        SimulationOptions options = LibraryErrors.Option("--dt", Number(dt), () => new SimulationOptions { OutputIntervalMs = dt });
        double samples = protocol.DurationMs / options.OutputIntervalMs;
        if (samples > options.MaxTracePoints)
        {
            throw new UsageException("--dt", Number(dt),
                FormattableString.Invariant($"{protocol.DurationMs} ms at this interval gives {samples:0} samples, more than {options.MaxTracePoints}; use a larger --dt"));
        }

        return options;
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
