using IonSim.Integration;

namespace IonSim.Tests.Integration;

public class EventTests
{
    private static readonly OdeOptions Tight = new() { RelativeTolerance = 1e-8, AbsoluteTolerance = 1e-10 };

    [Fact]
    public void Falling_body_hits_the_ground_at_the_exact_time_and_stops_there()
    {
        const double g = 9.81, height = 100.0;
        var ground = new OdeEvent("ground", (t, y) => y[0], EventDirection.Falling, terminal: true);

        var solution = OdeSolver.Solve(new FallingBody(g), 0.0, [height, 0.0], 100.0, Tight, new OdeRequest { Events = [ground] });

        double exact = Math.Sqrt(2 * height / g);
        var hit = Assert.Single(solution.Events);
        Assert.Equal(exact, hit.Time, 10);
        Assert.Equal(0.0, hit.State[0], 8);
        Assert.Equal(EventDirection.Falling, hit.Crossing);
        Assert.Equal(OdeStatus.TerminalEvent, solution.Status);
        Assert.Equal(hit.Time, solution.FinalTime);
        Assert.Equal(-g * exact, solution.FinalState[1], 8);
        Assert.Contains("ground", solution.Message);
    }

    [Fact]
    public void Every_crossing_is_found_once_with_its_direction()
    {
        // cos t crosses zero at π/2 + kπ: falling at k even, rising at k odd.
        var zero = new OdeEvent("x=0", (t, y) => y[0]);

        var solution = OdeSolver.Solve(new HarmonicOscillator(), 0.0, [1.0, 0.0], 20.0, Tight, new OdeRequest { Events = [zero] });

        Assert.Equal(6, solution.Events.Count);
        for (int k = 0; k < 6; k++)
        {
            Assert.Equal(Math.PI / 2 + k * Math.PI, solution.Events[k].Time, 7);
            Assert.Equal(k % 2 == 0 ? EventDirection.Falling : EventDirection.Rising, solution.Events[k].Crossing);
        }
    }

    [Theory]
    [InlineData(EventDirection.Rising, 3)]
    [InlineData(EventDirection.Falling, 3)]
    [InlineData(EventDirection.Either, 6)]
    public void Direction_filters_crossings(EventDirection direction, int expected)
    {
        var zero = new OdeEvent("x=0", (t, y) => y[0], direction);

        var solution = OdeSolver.Solve(new HarmonicOscillator(), 0.0, [1.0, 0.0], 20.0, Tight, new OdeRequest { Events = [zero] });

        Assert.Equal(expected, solution.Events.Count);
        Assert.All(solution.Events, e => Assert.True(direction == EventDirection.Either || e.Crossing == direction));
    }

    [Fact]
    public void Several_events_in_one_step_are_reported_in_time_order()
    {
        // A huge first step covers all three thresholds of a slow exponential decay.
        var events = new[]
        {
            new OdeEvent("y=0.3", (t, y) => y[0] - 0.3),
            new OdeEvent("y=0.9", (t, y) => y[0] - 0.9),
            new OdeEvent("y=0.6", (t, y) => y[0] - 0.6),
        };
        var options = new OdeOptions { RelativeTolerance = 1e-3, AbsoluteTolerance = 1e-3 };

        var solution = OdeSolver.Solve(new LambdaSystem(1, (t, y, d) => d[0] = -1.0), 0.0, [1.0], 1.0, options, new OdeRequest { Events = events });

        Assert.Equal(["y=0.9", "y=0.6", "y=0.3"], solution.Events.Select(e => e.Name));
        Assert.Equal([0.1, 0.4, 0.7], solution.Events.Select(e => Math.Round(e.Time, 10)));
        Assert.True(solution.Statistics.AcceptedSteps <= 3, "the test means to put the events in one step");
    }

    [Fact]
    public void A_terminal_event_ends_the_solve_and_later_events_in_the_step_are_not_reported()
    {
        var events = new[]
        {
            new OdeEvent("late", (t, y) => y[0] - 0.3),
            new OdeEvent("stop", (t, y) => y[0] - 0.5, terminal: true),
            new OdeEvent("early", (t, y) => y[0] - 0.8),
        };

        var solution = OdeSolver.Solve(new LambdaSystem(1, (t, y, d) => d[0] = -1.0), 0.0, [1.0], 1.0, null, new OdeRequest { Events = events });

        Assert.Equal(["early", "stop"], solution.Events.Select(e => e.Name));
        Assert.Equal(0.5, solution.FinalTime, 12);
        Assert.Equal(0.5, solution.FinalState[0], 12);
    }

    [Fact]
    public void An_event_exactly_at_the_start_is_not_reported()
    {
        var atStart = new OdeEvent("sin", (t, y) => Math.Sin(t));

        var solution = OdeSolver.Solve(new ExponentialDecay(1), 0.0, [1.0], 4.0, Tight, new OdeRequest { Events = [atStart] });

        var only = Assert.Single(solution.Events);
        Assert.Equal(Math.PI, only.Time, 9);
    }

    [Fact]
    public void Events_are_located_when_integrating_backwards()
    {
        var crossing = new OdeEvent("y=2", (t, y) => y[0] - 2.0);

        var solution = OdeSolver.Solve(new ExponentialDecay(1), 0.0, [1.0], -2.0, Tight, new OdeRequest { Events = [crossing] });

        var hit = Assert.Single(solution.Events);
        Assert.Equal(-Math.Log(2.0), hit.Time, 8);
        Assert.Equal(EventDirection.Rising, hit.Crossing);
    }

    [Fact]
    public void Event_location_is_tight_relative_to_the_step_at_large_times()
    {
        // At t ~ 1e6 an absolute time tolerance would be meaningless; the crossing is still exact.
        double t0 = 1e6;
        var crossing = new OdeEvent("y=0.5", (t, y) => y[0] - 0.5);

        var solution = OdeSolver.Solve(new ExponentialDecay(1), t0, [1.0], t0 + 2.0, Tight, new OdeRequest { Events = [crossing] });

        Assert.Equal(t0 + Math.Log(2.0), Assert.Single(solution.Events).Time, 7);
    }
}
