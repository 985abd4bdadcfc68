namespace IonSim.Cli.Infrastructure;

/// <summary>Reports progress on the calling thread, one report at a time.</summary>
/// <remarks><see cref="Progress{T}"/> posts reports to the thread pool, so they could arrive out of order
/// or after the sweep has returned; parallel sweeps need them in order and finished on return.</remarks>
internal sealed class LockedProgress<T>(Action<T> report) : IProgress<T>
{
    private readonly Lock gate = new();

    public void Report(T value)
    {
        lock (gate)
        {
            report(value);
        }
    }
}
