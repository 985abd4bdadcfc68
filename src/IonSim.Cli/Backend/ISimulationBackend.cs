using IonSim.Experiments;
namespace IonSim.Cli.Backend;

/// <summary>What the CLI asks of the IonSim library. Commands parse and export; everything that knows
/// physiology (presets, parameters, simulations, sweeps) sits behind this seam.</summary>
/// <remarks>Errors: a <see cref="Infrastructure.UsageException"/> when the request names something that
/// does not exist or that the library refuses (unknown preset, malformed parameter file, a value out
/// of the model's range), a <see cref="Infrastructure.SimulationFailedException"/> when the run fails.</remarks>
internal interface ISimulationBackend
{
    /// <summary>The IonSim library's version, recorded in JSON output.</summary>
    string LibraryVersion { get; }

    /// <summary>The presets with a few key parameters each, for <c>ionsim presets</c>.</summary>
    IReadOnlyList<PresetInfo> Presets();

    /// <summary>A preset's full parameter file, for <c>ionsim params</c>.</summary>
    string PresetJson(string? preset);

    /// <summary>Runs each scenario of the request.</summary>
    IReadOnlyList<ScenarioRun> Simulate(SimulationRequest request, CancellationToken cancellationToken);

    /// <summary>Runs a sweep, reporting progress as points complete.</summary>
    SweepRun Sweep(SweepRequest request, IProgress<SweepProgress>? progress, CancellationToken cancellationToken);
}
