using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IonSim.Integration;

namespace IonSim.Tests.Integration;

/// <summary>Laws of the solver over random valid rates, tolerances and spans.</summary>
public class SolverProperties
{
    // Log-uniform doubles in [10^lo, 10^hi]: tolerances and rates span decades.
    internal static Gen<double> LogUniform(double lo, double hi) =>
        Gen.Choose(0, 10_000).Select(i => Math.Pow(10, lo + (hi - lo) * i / 10_000.0));

    private static Gen<double> Uniform(double lo, double hi) =>
        Gen.Choose(0, 10_000).Select(i => lo + (hi - lo) * i / 10_000.0);

    [Property(MaxTest = 100)]
    public Property Global_error_stays_within_a_small_multiple_of_the_tolerance()
    {
        var cases = from rate in LogUniform(-1, 0.7)
                    from rtol in LogUniform(-10, -4)
                    from span in Uniform(0.1, 10)
                    select (rate, rtol, span);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var system = new ExponentialDecay(c.rate);
            var options = new OdeOptions { RelativeTolerance = c.rtol, AbsoluteTolerance = c.rtol * 1e-6 };
            var solution = OdeSolver.Solve(system, 0.0, [1.0], c.span, options);
            double exact = system.Exact(c.span, 1.0);
            return Math.Abs(solution.FinalState[0] - exact) <= 20 * (c.rtol * exact + options.AbsoluteTolerance);
        });
    }

    [Property(MaxTest = 100)]
    public Property Each_zero_crossing_is_reported_exactly_once_at_the_right_time()
    {
        var cases = from omega in Uniform(0.5, 3.0)
                    from span in Uniform(1.0, 30.0)
                    from rtol in LogUniform(-9, -4)
                    select (omega, span, rtol);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            // x = cos ωt crosses zero at t_k = (π/2 + kπ)/ω.
            var crossings = Enumerable.Range(0, 1000).Select(k => (Math.PI / 2 + k * Math.PI) / c.omega).TakeWhile(t => t <= c.span).ToArray();
            if (crossings.Length > 0 && c.span - crossings[^1] < 1e-6)
            {
                return true; // a crossing at the very end is ambiguous; the draw says nothing
            }

            var options = new OdeOptions { RelativeTolerance = c.rtol, AbsoluteTolerance = c.rtol };
            var solution = OdeSolver.Solve(new HarmonicOscillator(c.omega), 0.0, [1.0, 0.0], c.span, options,
                new OdeRequest { Events = [new OdeEvent("x=0", (t, y) => y[0])] });

            return solution.Events.Count == crossings.Length
                && solution.Events.Zip(crossings).All(p => Math.Abs(p.First.Time - p.Second) < 1e3 * c.rtol / c.omega);
        });
    }

    [Property(MaxTest = 50)]
    public Property Results_are_identical_run_to_run()
    {
        var cases = from omega in Uniform(0.5, 5.0)
                    from rtol in LogUniform(-10, -3)
                    select (omega, rtol);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var options = new OdeOptions { RelativeTolerance = c.rtol, AbsoluteTolerance = c.rtol };
            var request = new OdeRequest { Events = [new OdeEvent("x=0", (t, y) => y[0])] };
            var a = OdeSolver.Solve(new HarmonicOscillator(c.omega), 0.0, [1.0, 0.0], 10.0, options, request);
            var b = OdeSolver.Solve(new HarmonicOscillator(c.omega), 0.0, [1.0, 0.0], 10.0, options, request);
            return a.Times.SequenceEqual(b.Times)
                && a.FinalState.SequenceEqual(b.FinalState)
                && a.Events.Select(e => e.Time).SequenceEqual(b.Events.Select(e => e.Time))
                && a.Statistics == b.Statistics;
        });
    }

    [Property(MaxTest = 50)]
    public Property Breakpoints_appear_exactly_among_the_reported_times()
    {
        var cases = from count in Gen.Choose(1, 8)
                    from points in Gen.ListOf(Uniform(0.01, 9.99), count)
                    select points.ToArray();
        return Prop.ForAll(cases.ToArbitrary(), points =>
        {
            var solution = OdeSolver.Solve(new HarmonicOscillator(), 0.0, [1.0, 0.0], 10.0, null, new OdeRequest { Breakpoints = points });
            return points.All(p => solution.Times.Contains(p)) && solution.FinalTime == 10.0;
        });
    }
}
