using IonSim.Experiments;
using IonSim.Cli.Infrastructure;

namespace IonSim.Cli.Backend;

/// <summary>Stands in until the library's experiments API is merged: every request fails with exit code 1
/// and says why, rather than drawing numbers the library did not compute.</summary>
internal sealed class PendingBackend : ISimulationBackend
{
    public string LibraryVersion => typeof(IonSim.Integration.IOdeSystem).Assembly.GetName().Version?.ToString() ?? "unknown";

    public IReadOnlyList<PresetInfo> Presets() => throw NotYet();

    public string PresetJson(string? preset) => throw NotYet();

    public IReadOnlyList<ScenarioRun> Simulate(SimulationRequest request, CancellationToken cancellationToken) => throw NotYet();

    public SweepRun Sweep(SweepRequest request, IProgress<SweepProgress>? progress, CancellationToken cancellationToken) => throw NotYet();

    private static SimulationFailedException NotYet() =>
        new("this build of ionsim does not include the IonSim experiments API yet, so there is nothing to simulate");
}
