using IonSim.Integration;

namespace IonSim.Tests.Integration;

/// <summary>The step loop allocates nothing: a solve of 100 times as many steps allocates the same.</summary>
public class AllocationTests
{
    [Fact]
    public void Allocation_does_not_grow_with_the_number_of_steps()
    {
        var system = new HarmonicOscillator();
        var zero = new OdeEvent("x=0", (t, y) => y[0]);
        var request = new OdeRequest { StoreSteps = false, Events = [] };
        var withEvents = new OdeRequest { StoreSteps = false, Events = [zero] };

        long shortRun = AllocatedBy(() => OdeSolver.Solve(system, 0.0, [1.0, 0.0], 10.0, null, request));
        long longRun = AllocatedBy(() => OdeSolver.Solve(system, 0.0, [1.0, 0.0], 1000.0, null, request));
        long shortEvents = AllocatedBy(() => OdeSolver.Solve(system, 0.0, [1.0, 0.0], 0.1, null, withEvents));
        long longEvents = AllocatedBy(() => OdeSolver.Solve(system, 0.0, [1.0, 0.0], 1000.0, null, withEvents));

        Assert.Equal(shortRun, longRun);

        // The path with nothing to report per step (no stored steps, events, output, observer or stiffness check).
        var finalOnly = new OdeOptions { Stiffness = StiffnessPolicy.Ignore };
        long shortFinal = AllocatedBy(() => OdeSolver.Solve(system, 0.0, [1.0, 0.0], 10.0, finalOnly, request));
        long longFinal = AllocatedBy(() => OdeSolver.Solve(system, 0.0, [1.0, 0.0], 1000.0, finalOnly, request));
        Assert.Equal(shortFinal, longFinal);

        // Each located event stores its occurrence (≈ 320 crossings here); stepping adds nothing more.
        Assert.True(longEvents - shortEvents < 320 * 200, $"{longEvents - shortEvents} bytes for ~320 events");
    }

    // The least of three measurements after a warm-up: a one-off allocation by the runtime (tiered compilation swapping code in
    // under load) can only add bytes, while an allocating step loop adds them to every run, so the minimum still catches it.
    private static long AllocatedBy(Action action)
    {
        action();
        long least = long.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            action();
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }
}
