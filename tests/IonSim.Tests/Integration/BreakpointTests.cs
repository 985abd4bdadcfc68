using IonSim.Integration;

namespace IonSim.Tests.Integration;

public class BreakpointTests
{
    // A brief pulse: y' = 1 on [1, 1.001), else 0, so y ends at 0.001 exactly.
    private static readonly LambdaSystem Pulse = new(1, (t, y, d) => d[0] = t >= 1.0 && t < 1.001 ? 1.0 : 0.0);

    [Fact]
    public void Without_breakpoints_a_short_pulse_can_be_stepped_over()
    {
        var solution = OdeSolver.Solve(Pulse, 0.0, [0.0], 10.0, new OdeOptions { RelativeTolerance = 1e-3 });

        Assert.Equal(0.0, solution.FinalState[0]);
    }

    [Fact]
    public void Breakpoints_land_exactly_on_each_edge_so_no_pulse_is_missed()
    {
        var request = new OdeRequest { Breakpoints = [1.0, 1.001, 42.0, -3.0] };

        var solution = OdeSolver.Solve(Pulse, 0.0, [0.0], 10.0, new OdeOptions { RelativeTolerance = 1e-3 }, request);

        Assert.Equal(0.001, solution.FinalState[0], 14);
        Assert.Contains(1.0, solution.Times);
        Assert.Contains(1.001, solution.Times);
        Assert.Equal(0, solution.Statistics.RejectedSteps);
    }

    [Fact]
    public void A_jump_at_a_breakpoint_belongs_to_the_next_step()
    {
        // y' = 0 before t = 1 and 1 from it: the step ending at 1 must not see the jump.
        var ramp = new LambdaSystem(1, (t, y, d) => d[0] = t >= 1.0 ? 1.0 : 0.0);

        var solution = OdeSolver.Solve(ramp, 0.0, [0.0], 2.0, null, new OdeRequest { Breakpoints = [1.0], DenseOutput = true });

        Assert.Equal(0.0, solution.Dense!.Evaluate(1.0, 0));
        Assert.Equal(1.0, solution.FinalState[0], 14);
    }
}
