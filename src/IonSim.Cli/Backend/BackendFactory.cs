namespace IonSim.Cli.Backend;

/// <summary>Chooses the backend the installed tool runs with.</summary>
internal static class BackendFactory
{
    public static ISimulationBackend Create() => new PendingBackend();
}
