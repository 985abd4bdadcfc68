namespace IonSim.Web.Lab;

/// <summary>
/// Drops stale work while a slider is dragged. The browser runs the simulation on its one UI thread, so
/// each request first yields one turn of the event loop: input events that arrived meanwhile run, and
/// only the newest request goes on to simulate; the older ones return without computing anything.
/// </summary>
internal sealed class LatestRequest
{
    private long _latest;

    /// <summary>Registers a request, yields to the browser, and says whether it is still the newest.</summary>
    /// <returns>True if no newer request arrived while yielding.</returns>
    public async Task<bool> YieldAndCheckLatestAsync()
    {
        long mine = Interlocked.Increment(ref _latest);
        await Task.Delay(1);
        return mine == Interlocked.Read(ref _latest);
    }
}
