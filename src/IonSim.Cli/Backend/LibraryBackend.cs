using System.Globalization;
using System.Reflection;
using IonSim.Cli.Commands;
using IonSim.Cli.Infrastructure;
using IonSim.Experiments;
using IonSim.Physiology;
using IonSim.Plotting;

namespace IonSim.Cli.Backend;

/// <summary>The CLI's link to the IonSim library: presets, parameter files, protocols and simulations.
/// Together with <see cref="LibrarySweeps"/>, <see cref="LibraryDetails"/> and <see cref="LibraryErrors"/>
/// this is the only code in the tool that uses the library's types.</summary>
internal sealed class LibraryBackend : ISimulationBackend
{
    /// <summary>The presets <c>ionsim plot</c> compares when no scenario is named: normal against low magnesium stores.</summary>
    private static readonly string[] DefaultComparison = ["normal", "low-magnesium"];

    public string LibraryVersion { get; } =
        typeof(Experiment).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public IReadOnlyList<PresetInfo> Presets() =>
        [.. FiberPresets.All.Select(p => new PresetInfo(p.Key,
        [
            new("Mg²⁺ (mM)", Number(p.Value.FreeMagnesiumMillimolar)),
            new("Mg²⁺ acts on", p.Value.Mechanisms.ToString()),
            new("Mg²⁺ is", p.Value.MagnesiumMode.ToString()),
            new("rest holds", p.Value.RestCondition.ToString()),
            new("SR Ca²⁺ (µM)", Number(p.Value.SrTotalCalciumMicromolar)),
        ]))];

    public string PresetJson(string? preset) => Preset(preset ?? "normal").ToJson();

    public IReadOnlyList<ScenarioRun> Simulate(SimulationRequest request, CancellationToken cancellationToken)
    {
        IReadOnlyList<Scenario> scenarios = Scenarios(request.Scenarios);
        StimulusProtocol protocol = Protocol(request.Protocol, request.DurationMs);
        SimulationOptions options = request.OutputIntervalMs is { } dt
            ? LibraryErrors.Option("--dt", Number(dt), () => new SimulationOptions { OutputIntervalMs = dt })
            : new SimulationOptions();

        // Checked here, where the protocol's real duration is known (a train without --duration sets its own).
        double samples = protocol.DurationMs / options.OutputIntervalMs;
        if (samples > options.MaxTracePoints)
        {
            throw new UsageException("--dt", Number(options.OutputIntervalMs),
                FormattableString.Invariant($"{protocol.DurationMs} ms at this interval gives {samples:0} samples, more than {options.MaxTracePoints}; use a larger --dt"));
        }

        IReadOnlyList<SimulationResult> results = LibraryErrors.Run(() => Experiment.Compare(scenarios, protocol, options, null, cancellationToken));
        return [.. results.Select(ToRun)];
    }

    public SweepRun Sweep(SweepRequest request, IProgress<SweepProgress>? progress, CancellationToken cancellationToken) =>
        LibrarySweeps.Run(request, Base(request.Scenarios), progress, cancellationToken);

    /// <summary>The scenarios a request names: a parameter file or a preset, each --mg value as its own scenario,
    /// or with nothing named the normal and low-magnesium presets side by side.</summary>
    internal static IReadOnlyList<Scenario> Scenarios(ScenarioSource source)
    {
        IReadOnlyList<double> mg = source.MagnesiumMillimolar;
        if (source.ParametersPath is null && source.Preset is null && mg.Count == 0)
        {
            return [.. DefaultComparison.Select(name => new Scenario(name, FiberPresets.Get(name)))];
        }

        Scenario baseScenario = Base(source);
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

    /// <summary>The base parameters: the parameter file (named after the file), the preset, or the normal preset.</summary>
    internal static Scenario Base(ScenarioSource source)
    {
        if (source.ParametersPath is { } path)
        {
            return new Scenario(Path.GetFileNameWithoutExtension(path), LibraryErrors.LoadParameters(path, path));
        }

        string preset = source.Preset ?? "normal";
        return new Scenario(preset.ToLowerInvariant(), Preset(preset));
    }

    /// <summary>A single pulse at 0 ms or a train from 0 ms; the duration defaults to the library's tail after the last pulse.</summary>
    internal static StimulusProtocol Protocol(ProtocolChoice choice, double? durationMs)
    {
        string durationText = durationMs is { } d ? Number(d) : "";
        StimulusProtocol protocol = choice.IsTrain
            ? LibraryErrors.Option(durationMs is null ? "--frequency" : "--duration", durationMs is null ? Number(choice.FrequencyHz) : durationText,
                () => StimulusProtocol.Train(choice.FrequencyHz, choice.Pulses, 0, durationMs))
            : LibraryErrors.Option("--duration", durationText, () => StimulusProtocol.SinglePulse(0, durationMs));

        // Without --duration the library adds its tail after the last pulse: a long slow train can still exceed the CLI's limit.
        if (protocol.DurationMs > ScenarioOptions.MaxDurationMs)
        {
            throw new UsageException("--pulses", choice.Pulses.ToString(CultureInfo.InvariantCulture),
                FormattableString.Invariant($"{choice.Describe()} needs {protocol.DurationMs} ms of simulated time, more than the limit of {ScenarioOptions.MaxDurationMs} ms; use fewer pulses or a higher frequency"));
        }

        return protocol;
    }

    private static FiberParameters Preset(string name) =>
        FiberPresets.All.TryGetValue(name, out FiberParameters? parameters)
            ? parameters
            : throw new UsageException("--preset", name, $"there is no such preset; choose one of {string.Join(", ", FiberPresets.All.Keys)}");

    private static ScenarioRun ToRun(SimulationResult result)
    {
        ScenarioCurves curves;
        try
        {
            curves = ScenarioCurves.From(result);
        }
        catch (ArgumentException e)
        {
            throw new SimulationFailedException($"the simulation of {result.ScenarioName} produced values that cannot be drawn: {e.Message}", e);
        }

        return new ScenarioRun(curves, [.. result.Trace.Phases.Select(p => p.ToString())], LibraryDetails.Of(result));
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
