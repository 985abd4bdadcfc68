using IonSim.Integration;

namespace IonSim.Tests.Integration;

public class AccuracyTests
{
    [Theory]
    [InlineData(1e-4)]
    [InlineData(1e-7)]
    [InlineData(1e-10)]
    public void Exponential_decay_global_error_is_of_the_order_of_the_tolerance(double tolerance)
    {
        var system = new ExponentialDecay(2.0);
        var options = new OdeOptions { RelativeTolerance = tolerance, AbsoluteTolerance = tolerance * 1e-3 };

        var solution = OdeSolver.Solve(system, 0.0, [1.0], 5.0, options);

        double relativeError = Math.Abs(solution.FinalState[0] - system.Exact(5.0, 1.0)) / system.Exact(5.0, 1.0);
        Assert.True(relativeError < 10 * tolerance, $"relative error {relativeError:E2} at rtol {tolerance:E0}");
        Assert.Equal(5.0, solution.FinalTime);
        Assert.Equal(OdeStatus.Success, solution.Status);
    }

    [Fact]
    public void Tightening_the_tolerance_shrinks_the_error_of_the_oscillator()
    {
        var system = new HarmonicOscillator(3.0);
        double previous = double.PositiveInfinity;
        foreach (double tol in new[] { 1e-4, 1e-6, 1e-8, 1e-10 })
        {
            var solution = OdeSolver.Solve(system, 0.0, [1.0, 0.0], 10.0, new OdeOptions { RelativeTolerance = tol, AbsoluteTolerance = tol });
            double error = Math.Abs(solution.FinalState[0] - system.ExactPosition(10.0)) + Math.Abs(solution.FinalState[1] - system.ExactVelocity(10.0));

            Assert.True(error < previous / 10, $"error {error:E2} at tol {tol:E0} did not fall tenfold from {previous:E2}");
            Assert.True(error < 100 * tol, $"error {error:E2} at tol {tol:E0}");
            previous = error;
        }
    }

    [Fact]
    public void Non_autonomous_problem_is_solved_to_tolerance()
    {
        var solution = OdeSolver.Solve(new NonAutonomous(), 0.0, [1.0], 20.0, new OdeOptions { RelativeTolerance = 1e-9, AbsoluteTolerance = 1e-12 });

        Assert.Equal(NonAutonomous.Exact(20.0), solution.FinalState[0], 1e-7);
    }

    [Fact]
    public void Arenstorf_orbit_returns_to_its_start_after_one_period()
    {
        var options = new OdeOptions { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-10 };

        var solution = OdeSolver.Solve(new Arenstorf(), 0.0, Arenstorf.Start, Arenstorf.Period, options);

        for (int i = 0; i < 4; i++)
        {
            Assert.True(Math.Abs(solution.FinalState[i] - Arenstorf.Start[i]) < 1e-5, $"component {i}: {solution.FinalState[i]} vs {Arenstorf.Start[i]}");
        }
    }

    [Fact]
    public void Arenstorf_at_loose_tolerance_needs_about_as_many_rhs_calls_as_hairers_dopri5()
    {
        // Hairer's DOPRI5 at rtol = atol = 1e-7 takes a few hundred steps here; a controller bug shows as many more.
        var options = new OdeOptions { RelativeTolerance = 1e-7, AbsoluteTolerance = 1e-7 };

        var solution = OdeSolver.Solve(new Arenstorf(), 0.0, Arenstorf.Start, Arenstorf.Period, options);

        Assert.InRange(solution.Statistics.AcceptedSteps, 100, 400);
        Assert.True(solution.Statistics.RhsEvaluations <= 6 * (solution.Statistics.AcceptedSteps + solution.Statistics.RejectedSteps) + 3);
    }

    [Fact]
    public void Integrating_backwards_recovers_the_initial_value()
    {
        var system = new ExponentialDecay(1.5);
        var options = new OdeOptions { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-14 };
        var forward = OdeSolver.Solve(system, 0.0, [2.0], 3.0, options);

        var backward = OdeSolver.Solve(system, 3.0, forward.FinalState, 0.0, options);

        Assert.Equal(0.0, backward.FinalTime);
        Assert.Equal(2.0, backward.FinalState[0], 1e-8);
        Assert.True(backward.Times.Zip(backward.Times.Skip(1)).All(p => p.Second < p.First), "times must decrease");
    }

    [Fact]
    public void Empty_interval_returns_the_initial_state()
    {
        var solution = OdeSolver.Solve(new ExponentialDecay(1), 2.0, [3.0], 2.0);

        Assert.Equal([2.0], solution.Times);
        Assert.Equal(3.0, solution.FinalState[0]);
        Assert.Equal(0, solution.Statistics.RhsEvaluations);
    }

    [Fact]
    public void Per_component_absolute_tolerances_are_honoured()
    {
        // Component 1 is small and fast: with a coarse absolute tolerance the steps follow component 0
        // and resolve it poorly; with a fine one the solver must resolve it.
        var system = new LambdaSystem(2, (t, y, d) => { d[0] = -y[0]; d[1] = 1e-6 * Math.Cos(20 * t); });
        var coarse = new OdeOptions { RelativeTolerance = 1e-3, AbsoluteTolerances = [1e-6, 1e-3] };
        var fine = coarse with { AbsoluteTolerances = [1e-6, 1e-14] };

        double exact = 1e-6 * Math.Sin(20 * 10.0) / 20;
        double coarseError = Math.Abs(OdeSolver.Solve(system, 0, [1.0, 0.0], 10, coarse).FinalState[1] - exact);
        double fineError = Math.Abs(OdeSolver.Solve(system, 0, [1.0, 0.0], 10, fine).FinalState[1] - exact);

        Assert.True(fineError < coarseError / 100, $"fine {fineError:E2}, coarse {coarseError:E2}");
    }
}
