namespace IonSim.Cli.Infrastructure;

/// <summary>The input was acceptable but the run failed (solver error, no fonts to draw with, disk full);
/// reported as one line on stderr with exit code 1.</summary>
internal sealed class SimulationFailedException : Exception
{
    public SimulationFailedException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
