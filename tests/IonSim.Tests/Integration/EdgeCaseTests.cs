using IonSim.Integration;

namespace IonSim.Tests.Integration;

/// <summary>Combinations of features that once interfered (found in review), held to the right answer.</summary>
public class EdgeCaseTests
{
    private static readonly OdeEvent Ground = new("ground", (t, y) => y[0], EventDirection.Falling, terminal: true);
    private static readonly double HitTime = Math.Sqrt(2 * 10.0 / 9.81);

    [Fact]
    public void A_terminal_event_with_output_times_ends_with_the_state_at_the_event()
    {
        double[] outputs = Enumerable.Range(0, 31).Select(i => i * 0.1).ToArray();

        var solution = OdeSolver.Solve(new FallingBody(9.81), 0, [10.0, 0.0], 3.0, null, new OdeRequest { Events = [Ground], OutputTimes = outputs });

        Assert.Equal(HitTime, solution.FinalTime, 8);
        Assert.Equal(0.0, solution.FinalState[0], 6);
        Assert.Equal(-9.81 * HitTime, solution.FinalState[1], 6);
        Assert.Equal(15, solution.Times.Count); // 0, 0.1, ..., 1.4: none after the event
    }

    [Fact]
    public void A_terminal_event_is_the_last_stored_point_when_every_step_is_kept()
    {
        var solution = OdeSolver.Solve(new FallingBody(9.81), 0, [10.0, 0.0], 3.0, null, new OdeRequest { Events = [Ground] });

        Assert.Equal(solution.FinalTime, solution.Times[^1]);
        Assert.Equal(0.0, solution.State(solution.Times.Count - 1)[0], 6);
    }

    [Fact]
    public void The_observer_interpolates_correctly_on_a_step_cut_short_by_a_terminal_event()
    {
        var observer = new LastStep();

        OdeSolver.Solve(new FallingBody(9.81), 0, [10.0, 0.0], 3.0, null, new OdeRequest { Events = [Ground], Observer = observer });

        Assert.Equal(HitTime, observer.End, 8);
        Assert.Equal(0.0, observer.AtEnd, 6);
        Assert.Equal(0.0, observer.State, 6);
    }

    [Fact]
    public void Breakpoints_a_few_ulps_apart_or_next_to_the_end_are_one_stop()
    {
        var request = new OdeRequest { Breakpoints = [1.0, Math.BitIncrement(1.0), Math.BitIncrement(Math.BitIncrement(1.0)), Math.BitDecrement(2.0)] };

        var solution = OdeSolver.Solve(new ExponentialDecay(1), 0, [1.0], 2.0, null, request);

        Assert.Equal(2.0, solution.FinalTime);
        Assert.Contains(1.0, solution.Times);
        Assert.Equal(Math.Exp(-2.0), solution.FinalState[0], 6);
    }

    [Fact]
    public void Max_step_is_never_exceeded_even_to_land_on_the_end()
    {
        var solution = OdeSolver.Solve(new ExponentialDecay(0.01), 0, [1.0], 10.05, new OdeOptions { MaxStep = 1.0 });

        var steps = solution.Times.Zip(solution.Times.Skip(1), (a, b) => b - a);
        Assert.All(steps, h => Assert.True(h <= 1.0 + 1e-12, $"step {h}"));
    }

    [Fact]
    public void An_empty_interval_reports_its_output_time_once_and_has_a_dense_solution()
    {
        var solution = OdeSolver.Solve(new ExponentialDecay(1), 1.0, [3.0], 1.0, null, new OdeRequest { OutputTimes = [1.0], DenseOutput = true });

        Assert.Equal([1.0], solution.Times);
        Assert.Equal(3.0, solution.Dense!.Evaluate(1.0, 0));
    }

    private sealed class LastStep : IStepObserver
    {
        private readonly double[] _y = new double[2];

        public double End { get; private set; }

        public double AtEnd { get; private set; }

        public double State { get; private set; }

        public void OnStep(in StepView step)
        {
            End = step.TimeEnd;
            step.Interpolate(step.TimeEnd, _y);
            AtEnd = _y[0];
            State = step.State[0];
        }
    }
}
