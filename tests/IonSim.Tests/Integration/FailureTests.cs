using IonSim.Integration;

namespace IonSim.Tests.Integration;

public class FailureTests
{
    [Fact]
    public void A_solution_that_blows_up_fails_near_the_blow_up_with_a_message()
    {
        // y' = y², y(0) = 1 has y = 1/(1 − t): it blows up at t = 1.
        var system = new LambdaSystem(1, (t, y, d) => d[0] = y[0] * y[0]);

        var ex = Assert.Throws<OdeSolverException>(() => OdeSolver.Solve(system, 0.0, [1.0], 2.0));

        Assert.InRange(ex.Time, 0.99, 1.01);
        Assert.Contains(ex.Status, new[] { OdeStatus.StepSizeUnderflow, OdeStatus.NonFiniteState });
        Assert.Contains("t = 1", ex.Message.Replace("t = 0.99", "t = 1"));
    }

    [Fact]
    public void Max_steps_is_enforced_with_a_message()
    {
        var ex = Assert.Throws<OdeSolverException>(() =>
            OdeSolver.Solve(new HarmonicOscillator(), 0, [1.0, 0.0], 1000, new OdeOptions { MaxSteps = 50 }));

        Assert.Equal(OdeStatus.MaxStepsExceeded, ex.Status);
        Assert.Contains("50 step attempts", ex.Message);
    }

    [Fact]
    public void A_non_finite_derivative_names_the_component_and_time()
    {
        // Component 1's derivative becomes NaN once t passes 0.5.
        var system = new LambdaSystem(2, (t, y, d) => { d[0] = 1.0; d[1] = t > 0.5 ? double.NaN : 0.0; });

        var ex = Assert.Throws<OdeSolverException>(() => OdeSolver.Solve(system, 0.0, [0.0, 0.0], 1.0));

        Assert.Equal(OdeStatus.NonFiniteState, ex.Status);
        Assert.Contains("Component 1", ex.Message);
        Assert.InRange(ex.Time, 0.4, 0.5);
    }

    [Fact]
    public void A_non_finite_derivative_at_the_start_is_refused_at_once()
    {
        var system = new LambdaSystem(2, (t, y, d) => { d[0] = 0.0; d[1] = 1.0 / y[1]; });

        var ex = Assert.Throws<OdeSolverException>(() => OdeSolver.Solve(system, 0.0, [1.0, 0.0], 1.0));

        Assert.Equal(OdeStatus.NonFiniteState, ex.Status);
        Assert.Contains("component 1", ex.Message);
    }

    [Fact]
    public void Too_many_consecutive_rejections_stop_the_solve()
    {
        var options = new OdeOptions { InitialStep = 5.0, MaxConsecutiveRejections = 1, RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-10 };

        var ex = Assert.Throws<OdeSolverException>(() => OdeSolver.Solve(new HarmonicOscillator(10.0), 0, [1.0, 0.0], 10, options));

        Assert.Equal(OdeStatus.TooManyRejections, ex.Status);
        Assert.Contains("rejected", ex.Message);
    }

    [Fact]
    public void A_stiff_problem_is_reported_rather_than_ground_through_silently()
    {
        // y' = −10⁴ (y − cos t): the solution follows cos t, and stability alone limits an explicit step.
        var system = new LambdaSystem(1, (t, y, d) => d[0] = -1e4 * (y[0] - Math.Cos(t)));

        var reported = OdeSolver.Solve(system, 0.0, [1.0], 2.0, new OdeOptions { RelativeTolerance = 1e-4, AbsoluteTolerance = 1e-6 });
        var failed = Assert.Throws<OdeSolverException>(() =>
            OdeSolver.Solve(system, 0.0, [1.0], 2.0, new OdeOptions { RelativeTolerance = 1e-4, AbsoluteTolerance = 1e-6, Stiffness = StiffnessPolicy.Fail }));
        var ignored = OdeSolver.Solve(system, 0.0, [1.0], 2.0, new OdeOptions { RelativeTolerance = 1e-4, AbsoluteTolerance = 1e-6, Stiffness = StiffnessPolicy.Ignore });

        Assert.True(reported.StiffnessSuspected);
        Assert.Contains("stiff", reported.Message);
        Assert.Equal(OdeStatus.StiffnessDetected, failed.Status);
        Assert.False(ignored.StiffnessSuspected);
        Assert.Equal(Math.Cos(2.0), reported.FinalState[0], 3);
    }

    [Fact]
    public void A_non_stiff_problem_is_not_called_stiff()
    {
        var solution = OdeSolver.Solve(new Arenstorf(), 0.0, Arenstorf.Start, Arenstorf.Period, new OdeOptions { RelativeTolerance = 1e-8, AbsoluteTolerance = 1e-8 });

        Assert.False(solution.StiffnessSuspected);
    }
}
