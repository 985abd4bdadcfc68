using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IonSim.Integration;

namespace IonSim.Tests.Integration;

/// <summary>
/// Rodas5P on the stiff test set at modest tolerances (the full work-precision tables are in the
/// benchmarks), its conservation laws, and the contract it shares with Dormand–Prince.
/// </summary>
public class StiffSolverTests
{
    private static readonly OdeRequest NoStorage = new() { StoreSteps = false };

    public static TheoryData<string, double> Problems => new()
    {
        // Correct digits at the end reached at rtol = 1e-6 (measured: 4.7, 6.2, 6.8, 6.2); each floor is
        // one digit below what Rodas5P reaches, so that a slip in the method shows.
        { "ROBER", 3.7 },
        { "VDPOL", 5.0 },
        { "HIRES", 5.8 },
        { "OREGO", 5.0 },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Rodas5P_reaches_the_reference_with_few_steps(string name, double digits)
    {
        StiffProblem p = StiffTestSet.All.Single(q => q.Name == name);
        var options = new OdeOptions { Method = OdeMethod.Rodas5P, RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-6 * p.AbsoluteToleranceFactor };

        OdeSolution solution = OdeSolver.Solve(p.System, 0, p.Start, p.TEnd, options, NoStorage);

        Assert.True(p.CorrectDigits(solution.FinalState) >= digits, $"{name}: {p.CorrectDigits(solution.FinalState):0.00} digits");
        Assert.True(solution.Statistics.AcceptedSteps < 1000, $"{name}: {solution.Statistics.AcceptedSteps} steps");
        Assert.Equal(solution.Statistics.AcceptedSteps, solution.Statistics.JacobianEvaluations);
    }

    [Fact]
    public void Robertson_to_1e11_keeps_its_total_at_every_step()
    {
        var p = StiffTestSet.Robertson;
        var options = new OdeOptions { Method = OdeMethod.Rodas5P, RelativeTolerance = 1e-5, AbsoluteTolerance = 1e-9 };

        OdeSolution solution = OdeSolver.Solve(p.System, 0, p.Start, p.TEnd, options);

        Assert.Equal(p.TEnd, solution.FinalTime);
        for (int i = 0; i < solution.Times.Count; i++)
        {
            ReadOnlySpan<double> y = solution.State(i);
            Assert.True(Math.Abs(y[0] + y[1] + y[2] - 1.0) < 1e-13, $"sum {y[0] + y[1] + y[2]} at t = {solution.Times[i]}");
        }
    }

    [Fact]
    public void E5_keeps_its_conservation_law_through_twenty_decades_and_reaches_the_reference()
    {
        // y2 − y3 − y4 = 0 exactly; y2 and y3 fall from 1e-10 to 1e-22 while y1 stays near 1e-3. With
        // ordinary partial pivoting every step lost ~1e-22 of the law (1.4e-21 at worst at this rtol, and
        // -0.3 digits at the end); with the error-weighted pivots it stayed within 1e-24 (measured 9e-25)
        // and the end reached 2.6 digits.
        var p = StiffTestSet.E5;
        var observer = new InvariantWatch();
        var options = new OdeOptions { Method = OdeMethod.Rodas5P, RelativeTolerance = 1e-8, AbsoluteTolerance = 1e-8 * p.AbsoluteToleranceFactor };

        OdeSolution solution = OdeSolver.Solve(p.System, 0, p.Start, p.TEnd, options, new OdeRequest { StoreSteps = false, Observer = observer });

        Assert.True(observer.Worst < 5e-24, $"y2 - y3 - y4 reached {observer.Worst:e2} at t = {observer.At:e2}");
        Assert.True(p.CorrectDigits(solution.FinalState) >= 1.5, $"{p.CorrectDigits(solution.FinalState):0.00} digits");
    }

    [Property(MaxTest = 20)]
    public Property The_finite_difference_Jacobian_gives_the_analytic_answer_to_the_tolerance()
    {
        var tolerances = Gen.Choose(4, 8).Select(e => Math.Pow(10, -e));
        return Prop.ForAll(tolerances.ToArbitrary(), rtol =>
        {
            var p = StiffTestSet.Hires;
            var options = new OdeOptions { Method = OdeMethod.Rodas5P, RelativeTolerance = rtol, AbsoluteTolerance = rtol * 1e-4 };
            var plain = new LambdaSystem(8, p.System.Derivatives);
            double[] analytic = OdeSolver.Solve(p.System, 0, p.Start, p.TEnd, options, NoStorage).FinalState.ToArray();
            OdeSolution differenced = OdeSolver.Solve(plain, 0, p.Start, p.TEnd, options, NoStorage);
            for (int i = 0; i < 8; i++)
            {
                Assert.True(Math.Abs(differenced.FinalState[i] - analytic[i]) <= 10 * (rtol * Math.Abs(analytic[i]) + options.AbsoluteTolerance),
                    $"component {i}: {differenced.FinalState[i]} vs {analytic[i]}");
            }

            // Eight stages plus one differenced column per state and one for ∂f/∂t a step.
            Assert.True(differenced.Statistics.RhsEvaluations > 8 * differenced.Statistics.AcceptedSteps);
        });
    }

    [Theory]
    [InlineData(OdeMethod.Rodas5P)]
    [InlineData(OdeMethod.Auto)]
    public void Output_times_dense_output_and_events_follow_the_contract(OdeMethod method)
    {
        // Non-autonomous, with an exact solution: y' = cos(t)·y, y = e^(sin t).
        var options = new OdeOptions { Method = method, RelativeTolerance = 1e-8, AbsoluteTolerance = 1e-10 };
        var peak = new OdeEvent("peak", (t, y) => Math.Cos(t), EventDirection.Falling);
        double[] outputs = [0.5, 1.0, 2.5, 4.0, 6.0];

        OdeSolution solution = OdeSolver.Solve(new NonAutonomous(), 0, [1.0], 6.0, options,
            new OdeRequest { OutputTimes = outputs, DenseOutput = true, Events = [peak] });

        Assert.Equal(outputs, solution.Times);
        for (int i = 0; i < outputs.Length; i++)
        {
            Assert.Equal(NonAutonomous.Exact(outputs[i]), solution.State(i)[0], 6);
        }

        for (double t = 0; t <= 6.0; t += 0.37)
        {
            Assert.Equal(NonAutonomous.Exact(t), solution.Dense!.Evaluate(t, 0), 6);
        }

        Assert.Equal(Math.PI / 2, Assert.Single(solution.Events).Time, 7);
    }

    [Fact]
    public void A_stiff_pulse_between_breakpoints_is_resolved_and_not_smeared()
    {
        // y' = −1000·(y − u(t)) with u = 1 on [1, 1.5): y follows the pulse within a millisecond.
        var system = new LambdaSystem(1, (t, y, d) => d[0] = -1000.0 * (y[0] - (t >= 1.0 && t < 1.5 ? 1.0 : 0.0)));
        var options = new OdeOptions { Method = OdeMethod.Rodas5P, RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-9 };

        OdeSolution solution = OdeSolver.Solve(system, 0, [0.0], 3.0, options, new OdeRequest { Breakpoints = [1.0, 1.5] });

        Assert.Contains(1.0, solution.Times);
        Assert.Contains(1.5, solution.Times);
        int end = solution.Times.ToList().IndexOf(1.5);
        Assert.Equal(1.0, solution.State(end)[0], 6);
        Assert.Equal(0.0, solution.FinalState[0], 6);
        Assert.True(solution.Statistics.AcceptedSteps < 200, $"{solution.Statistics.AcceptedSteps} steps");
    }

    [Fact]
    public void Results_are_identical_run_to_run()
    {
        var p = StiffTestSet.Orego;
        var options = new OdeOptions { Method = OdeMethod.Auto, RelativeTolerance = 1e-5, AbsoluteTolerance = 1e-5 };
        var a = OdeSolver.Solve(p.System, 0, p.Start, p.TEnd, options);
        var b = OdeSolver.Solve(p.System, 0, p.Start, p.TEnd, options);

        Assert.Equal(a.Times, b.Times);
        Assert.Equal(a.FinalState.ToArray(), b.FinalState.ToArray());
        Assert.Equal(a.Statistics, b.Statistics);
    }

    [Fact]
    public void A_Jacobian_with_NaN_fails_as_a_singular_iteration_matrix_with_a_message()
    {
        var options = new OdeOptions { Method = OdeMethod.Rodas5P };

        var ex = Assert.Throws<OdeSolverException>(() => OdeSolver.Solve(new BrokenJacobian(), 0, [1.0], 1.0, options));

        Assert.Equal(OdeStatus.SingularIterationMatrix, ex.Status);
        Assert.Contains("iteration matrix", ex.Message);
        Assert.Contains("t = 0", ex.Message);
    }

    [Fact]
    public void Max_steps_and_blow_up_fail_as_they_do_for_Dormand_Prince()
    {
        var rodas = new OdeOptions { Method = OdeMethod.Rodas5P, MaxSteps = 20 };
        var maxSteps = Assert.Throws<OdeSolverException>(() =>
            OdeSolver.Solve(StiffTestSet.Robertson.System, 0, StiffTestSet.Robertson.Start, 1e11, rodas));
        Assert.Equal(OdeStatus.MaxStepsExceeded, maxSteps.Status);

        // y' = y², y(0) = 1 blows up at t = 1.
        var blowUp = new LambdaSystem(1, (t, y, d) => d[0] = y[0] * y[0]);
        var ex = Assert.Throws<OdeSolverException>(() => OdeSolver.Solve(blowUp, 0.0, [1.0], 2.0, rodas with { MaxSteps = 100_000 }));
        Assert.InRange(ex.Time, 0.99, 1.01);
    }

    [Fact]
    public void A_sparsity_pattern_of_the_wrong_size_is_refused_before_solving()
    {
        var options = new OdeOptions { Method = OdeMethod.Rodas5P, JacobianSparsity = new JacobianSparsity(2, [(0, 0)]) };

        var ex = Assert.Throws<ArgumentException>(() => OdeSolver.Solve(new NonAutonomous(), 0, [1.0], 1.0, options));

        Assert.Contains("dimension 2", ex.Message);
    }

    [Fact]
    public void The_stiff_step_loop_allocates_nothing()
    {
        var system = StiffTestSet.Orego.System;
        var options = new OdeOptions { Method = OdeMethod.Rodas5P };
        long shortRun = Allocation.By(() => OdeSolver.Solve(system, 0, [1.0, 2.0, 3.0], 1.0, options, NoStorage));
        long longRun = Allocation.By(() => OdeSolver.Solve(system, 0, [1.0, 2.0, 3.0], 360.0, options, NoStorage));

        Assert.Equal(shortRun, longRun);
    }

    [Fact]
    public void A_struct_system_with_its_own_Jacobian_is_not_boxed_per_step()
    {
        var options = new OdeOptions { Method = OdeMethod.Rodas5P };
        var system = new StructOregonator();
        long shortRun = Allocation.By(() => OdeSolver.Solve(system, 0, [1.0, 2.0, 3.0], 1.0, options, NoStorage));
        OdeSolution longSolution = OdeSolver.Solve(system, 0, [1.0, 2.0, 3.0], 360.0, options, NoStorage);
        long longRun = Allocation.By(() => OdeSolver.Solve(system, 0, [1.0, 2.0, 3.0], 360.0, options, NoStorage));

        Assert.True(longSolution.Statistics.JacobianEvaluations > 500);
        Assert.Equal(shortRun, longRun);

        // The struct's own Jacobian is the one used: the same steps as the class with the same equations.
        OdeSolution viaClass = OdeSolver.Solve(StiffTestSet.Orego.System, 0, [1.0, 2.0, 3.0], 360.0, options, NoStorage);
        Assert.Equal(viaClass.FinalState.ToArray(), longSolution.FinalState.ToArray());
        Assert.Equal(viaClass.Statistics.RhsEvaluations, longSolution.Statistics.RhsEvaluations);
    }

    private sealed class BrokenJacobian : IJacobianSystem
    {
        public int Dimension => 1;

        public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt) => dydt[0] = -y[0];

        public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> dfdy, Span<double> dfdt) => dfdy[0] = double.NaN;
    }

    private readonly struct StructOregonator : IJacobianSystem
    {
        private static readonly OregonatorSystem Equations = new();

        public int Dimension => 3;

        public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt) => Equations.Derivatives(t, y, dydt);

        public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> dfdy, Span<double> dfdt) => Equations.Jacobian(t, y, dfdy, dfdt);
    }

    private sealed class InvariantWatch : IStepObserver
    {
        public double Worst { get; private set; }

        public double At { get; private set; }

        public void OnStep(in StepView step)
        {
            ReadOnlySpan<double> y = step.State;
            double drift = Math.Abs(y[1] - y[2] - y[3]);
            if (drift > Worst)
            {
                Worst = drift;
                At = step.TimeEnd;
            }
        }
    }
}
