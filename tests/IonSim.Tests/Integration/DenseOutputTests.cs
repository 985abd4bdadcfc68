using IonSim.Integration;

namespace IonSim.Tests.Integration;

public class DenseOutputTests
{
    [Fact]
    public void Dense_output_between_steps_matches_the_exact_solution()
    {
        var system = new HarmonicOscillator(2.0);
        var options = new OdeOptions { RelativeTolerance = 1e-9, AbsoluteTolerance = 1e-9 };
        var solution = OdeSolver.Solve(system, 0.0, [1.0, 0.0], 10.0, options, new OdeRequest { DenseOutput = true });
        var dense = solution.Dense!;
        Span<double> y = stackalloc double[2];

        double worst = 0.0;
        for (double t = 0.0; t <= 10.0; t += 0.0137)
        {
            dense.Evaluate(t, y);
            worst = Math.Max(worst, Math.Abs(y[0] - system.ExactPosition(t)));
            Assert.Equal(y[1], dense.Evaluate(t, 1));
        }

        Assert.True(worst < 1e-7, $"worst dense-output error {worst:E2}");
        Assert.True(dense.StepCount > 10);
    }

    [Fact]
    public void Dense_output_is_exact_at_step_ends()
    {
        var solution = OdeSolver.Solve(new NonAutonomous(), 0.0, [1.0], 5.0, null, new OdeRequest { DenseOutput = true });

        for (int i = 0; i < solution.Times.Count; i++)
        {
            Assert.Equal(solution.State(i)[0], solution.Dense!.Evaluate(solution.Times[i], 0), 12);
        }
    }

    [Fact]
    public void Output_times_cost_no_extra_steps_and_match_the_dense_solution()
    {
        var system = new HarmonicOscillator();
        var options = new OdeOptions { RelativeTolerance = 1e-8, AbsoluteTolerance = 1e-8 };
        var plain = OdeSolver.Solve(system, 0.0, [1.0, 0.0], 6.0, options);
        double[] times = Enumerable.Range(0, 601).Select(i => i * 0.01).ToArray();

        var sampled = OdeSolver.Solve(system, 0.0, [1.0, 0.0], 6.0, options, new OdeRequest { OutputTimes = times });

        Assert.Equal(plain.Statistics, sampled.Statistics);
        Assert.Equal(times, sampled.Times);
        for (int i = 0; i < times.Length; i++)
        {
            Assert.True(Math.Abs(system.ExactPosition(times[i]) - sampled.State(i)[0]) < 1e-6, $"at t = {times[i]}");
        }
    }

    [Fact]
    public void Dense_solution_refuses_times_outside_the_interval()
    {
        var solution = OdeSolver.Solve(new ExponentialDecay(1), 0.0, [1.0], 1.0, null, new OdeRequest { DenseOutput = true });

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => solution.Dense!.Evaluate(1.5, 0));
        Assert.Contains("1.5", ex.Message);
    }

    [Fact]
    public void Observer_sees_every_accepted_step_with_a_working_interpolant()
    {
        var observer = new RecordingObserver();
        var solution = OdeSolver.Solve(new HarmonicOscillator(), 0.0, [1.0, 0.0], 3.0, null, new OdeRequest { Observer = observer, StoreSteps = false });

        Assert.Equal(solution.Statistics.AcceptedSteps, observer.Steps);
        Assert.Empty(solution.Times);
        Assert.Equal(3.0, observer.LastEnd);
        Assert.True(observer.WorstMidpointError < 1e-5, $"midpoint error {observer.WorstMidpointError:E2}");
    }

    private sealed class RecordingObserver : IStepObserver
    {
        private readonly double[] _y = new double[2];

        public int Steps { get; private set; }

        public double LastEnd { get; private set; }

        public double WorstMidpointError { get; private set; }

        public void OnStep(in StepView step)
        {
            Steps++;
            LastEnd = step.TimeEnd;
            double mid = 0.5 * (step.TimeStart + step.TimeEnd);
            step.Interpolate(mid, _y);
            WorstMidpointError = Math.Max(WorstMidpointError, Math.Abs(_y[0] - Math.Cos(mid)));
        }
    }
}
