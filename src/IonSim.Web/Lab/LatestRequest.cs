namespace IonSim.Web.Lab;

/// <summary>
/// Drops stale work while a slider is dragged. The browser runs the simulation on its one UI thread, so
/// each request first yields one turn of the event loop: input events that arrived meanwhile run, and
/// only the newest request goes on to simulate; the older ones return without computing anything.
/// Work that can wait (rewriting the address) runs after the page has drawn the result, and only if no
/// newer request arrived meanwhile: the student sees the curves without waiting for it.
/// </summary>
internal sealed class LatestRequest(Func<Task>? yieldTurn = null)
{
    // One turn of the browser's event loop; tests pass a gate they open themselves, so the order of events is theirs.
    private readonly Func<Task> _yieldTurn = yieldTurn ?? (() => Task.Delay(1));
    private long _latest;
    private long _done;

    /// <summary>True from a request until the newest one has run, including its work after drawing (the page shows it as aria-busy).</summary>
    public bool IsPending => _done != _latest;

    /// <summary>Registers a request, yields to the browser, and runs the work only if no newer request arrived.</summary>
    public Task RunIfLatestAsync(Action work) => RunIfLatestAsync(work, drawn: null, after: null);

    /// <summary>
    /// Registers a request, yields to the browser, and runs <paramref name="work"/> only if no newer request arrived;
    /// then awaits <paramref name="drawn"/> (the page showing the work's result) and runs <paramref name="after"/> if
    /// still no newer request arrived (a newer one runs its own).
    /// </summary>
    public async Task RunIfLatestAsync(Action work, Func<Task>? drawn, Action? after)
    {
        long mine = ++_latest;
        await _yieldTurn();
        if (mine != _latest)
        {
            return;
        }

        try
        {
            work();
            if (after is not null)
            {
                if (drawn is not null)
                {
                    await drawn();
                }

                if (mine == _latest)
                {
                    after();
                }
            }
        }
        finally
        {
            _done = mine;
        }
    }
}
