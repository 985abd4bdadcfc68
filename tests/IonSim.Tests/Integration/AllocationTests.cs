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

        long shortRun = Allocation.By(() => OdeSolver.Solve(system, 0.0, [1.0, 0.0], 10.0, null, request));
        long longRun = Allocation.By(() => OdeSolver.Solve(system, 0.0, [1.0, 0.0], 1000.0, null, request));
        long shortEvents = Allocation.By(() => OdeSolver.Solve(system, 0.0, [1.0, 0.0], 0.1, null, withEvents));
        long longEvents = Allocation.By(() => OdeSolver.Solve(system, 0.0, [1.0, 0.0], 1000.0, null, withEvents));

        Assert.Equal(shortRun, longRun);

        // The path with nothing to report per step (no stored steps, events, output, observer or stiffness check).
        var finalOnly = new OdeOptions { Stiffness = StiffnessPolicy.Ignore };
        long shortFinal = Allocation.By(() => OdeSolver.Solve(system, 0.0, [1.0, 0.0], 10.0, finalOnly, request));
        long longFinal = Allocation.By(() => OdeSolver.Solve(system, 0.0, [1.0, 0.0], 1000.0, finalOnly, request));
        Assert.Equal(shortFinal, longFinal);

        // Each located event stores its occurrence (≈ 320 crossings here); stepping adds nothing more.
        Assert.True(longEvents - shortEvents < 320 * 200, $"{longEvents - shortEvents} bytes for ~320 events");
    }
}
