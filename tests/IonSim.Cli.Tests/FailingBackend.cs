using IonSim.Cli.Backend;
using IonSim.Cli.Infrastructure;
using IonSim.Experiments;

namespace IonSim.Cli.Tests;

/// <summary>A backend whose every run fails the way a solver failure reaches the CLI, to test exit code 1
/// and that nothing is written; the real model does not fail on demand.</summary>
internal sealed class FailingBackend(string message) : ISimulationBackend
{
    public string LibraryVersion => "test";

    public IReadOnlyList<PresetInfo> Presets() => throw new SimulationFailedException(message);

    public string PresetJson(string? preset) => throw new SimulationFailedException(message);

    public IReadOnlyList<ScenarioRun> Simulate(SimulationRequest request, CancellationToken cancellationToken) =>
        throw new SimulationFailedException(message);

    public SweepRun Sweep(SweepRequest request, IProgress<SweepProgress>? progress, CancellationToken cancellationToken) =>
        throw new SimulationFailedException(message);
}
