using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IonSim.Integration;

namespace IonSim.Tests.Integration;

/// <summary>
/// Laws of the exact searches on a dense solution (integral, extrema, crossings), over random continuous piecewise
/// quartics in the solver's own layout: random step lengths and random Hairer coefficients, each step starting where
/// the one before ended.
/// </summary>
public class DenseSearchProperties
{
    private static Arbitrary<int> Seeds => Gen.Choose(0, int.MaxValue - 1).ToArbitrary();

    [Property(MaxTest = 100)]
    public Property The_integral_is_each_steps_exact_integral()
    {
        return Prop.ForAll(Seeds, seed =>
        {
            var (dense, knots) = RandomSolution(seed);
            var (a, b) = Window(seed, dense);
            // Three-point Gauss–Legendre is exact for quartics: on each step's part of [a, b] it is the integral, to rounding.
            double expected = 0, scale = 0;
            for (int k = 0; k + 1 < knots.Length; k++)
            {
                double lo = Math.Max(a, knots[k]), hi = Math.Min(b, knots[k + 1]);
                if (hi <= lo)
                {
                    continue;
                }

                double mid = 0.5 * (lo + hi), half = 0.5 * (hi - lo), node = half * Math.Sqrt(0.6);
                double f1 = dense.Evaluate(mid - node, 0), f2 = dense.Evaluate(mid, 0), f3 = dense.Evaluate(mid + node, 0);
                expected += half * ((5 * f1) + (8 * f2) + (5 * f3)) / 9;
                scale += (hi - lo) * (Math.Abs(f1) + Math.Abs(f2) + Math.Abs(f3) + 1);
            }

            double actual = dense.Integral(0, a, b, double.NegativeInfinity, double.PositiveInfinity);
            return Math.Abs(actual - expected) <= 1e-12 * scale;
        });
    }

    [Property(MaxTest = 40)]
    public Property The_clamped_integral_is_the_integral_of_the_clamped_curve()
    {
        return Prop.ForAll(Seeds, seed =>
        {
            var (dense, knots) = RandomSolution(seed);
            var (a, b) = Window(seed, dense);
            var random = new Random(seed ^ 0x5A5A);
            double lower = -0.5 + random.NextDouble(), upper = lower + (random.NextDouble() * 1.5);

            // Composite Simpson on each step's part, fine enough that the kinks where the clamp bites cost < 1e-6.
            double expected = 0;
            for (int k = 0; k + 1 < knots.Length; k++)
            {
                double lo = Math.Max(a, knots[k]), hi = Math.Min(b, knots[k + 1]);
                const int n = 2000;
                double h = (hi - lo) / n;
                for (int i = 0; hi > lo && i < n; i++)
                {
                    double x = lo + (i * h);
                    double Clamped(double t) => Math.Clamp(dense.Evaluate(Math.Min(t, hi), 0), lower, upper);
                    expected += h * (Clamped(x) + (4 * Clamped(x + (h / 2))) + Clamped(x + h)) / 6;
                }
            }

            double actual = dense.Integral(0, a, b, lower, upper);
            return Math.Abs(actual - expected) <= 1e-6 * (b - a + 1);
        });
    }

    [Property(MaxTest = 100)]
    public Property The_maximum_is_a_value_of_the_curve_and_no_sample_exceeds_it()
    {
        return Prop.ForAll(Seeds, seed =>
        {
            var (dense, _) = RandomSolution(seed);
            var (a, b) = Window(seed, dense);
            var (tMax, max) = dense.Extremum(0, a, b, 1);
            var (tMin, min) = dense.Extremum(0, a, b, -1);
            double slack = 1e-14 * (1 + Math.Abs(max) + Math.Abs(min));
            return tMax >= a && tMax <= b && max == dense.Evaluate(tMax, 0)
                && tMin >= a && tMin <= b && min == dense.Evaluate(tMin, 0)
                && Samples(a, b, 5000).All(t => dense.Evaluate(t, 0) <= max + slack && dense.Evaluate(t, 0) >= min - slack);
        });
    }

    [Property(MaxTest = 100)]
    public Property A_crossing_is_at_the_level_and_none_is_passed_before_it()
    {
        return Prop.ForAll(Seeds, seed =>
        {
            var (dense, _) = RandomSolution(seed);
            var (a, b) = Window(seed, dense);
            var random = new Random(seed ^ 0x3C3C);
            bool forward = random.Next(2) == 0;
            double from = forward ? a : b, to = forward ? b : a;
            double min = dense.Extremum(0, a, b, -1).Value, max = dense.Extremum(0, a, b, 1).Value;
            double level = min + ((max - min) * random.NextDouble());

            double t = dense.Crossing(0, level, from, to);
            double startSign = Math.Sign(dense.Evaluate(from, 0) - level);
            // Samples strictly before the crossing (by more than a rounding margin) stay on the starting side.
            double reach = double.IsNaN(t) ? to : t;
            double margin = 1e-9 * (Math.Abs(to - from) + 1);
            bool noneBefore = Samples(from, reach, 5000)
                .Where(s => Math.Abs(s - reach) > margin || double.IsNaN(t))
                .All(s => Math.Sign(dense.Evaluate(s, 0) - level) == startSign);
            bool atLevel = double.IsNaN(t) || Math.Abs(dense.Evaluate(t, 0) - level) <= 1e-12 * (1 + Math.Abs(max) + Math.Abs(min));
            bool inside = double.IsNaN(t) || (t >= Math.Min(a, b) && t <= Math.Max(a, b));
            return noneBefore && atLevel && inside;
        });
    }

    // A continuous piecewise quartic: 1 to 12 steps of 0.01 to 5, Hairer coefficients in [−1, 1] (each zero with
    // probability 1/8, so that degenerate, lower-degree steps occur), each step starting at the last one's end value.
    internal static (DenseSolution Dense, double[] Knots) RandomSolution(int seed)
    {
        var random = new Random(seed);
        int steps = 1 + random.Next(12);
        var starts = new RecordBuffer(1);
        var ends = new RecordBuffer(1);
        var coefficients = new RecordBuffer(DenseStep.CoefficientsPerComponent);
        var knots = new double[steps + 1];
        knots[0] = -10 + (20 * random.NextDouble());
        double value = -1 + (2 * random.NextDouble());
        var r = new double[DenseStep.CoefficientsPerComponent];
        for (int k = 0; k < steps; k++)
        {
            knots[k + 1] = knots[k] + 0.01 + (5 * random.NextDouble());
            r[0] = value;
            for (int j = 1; j < r.Length; j++)
            {
                r[j] = random.Next(8) == 0 ? 0 : -1 + (2 * random.NextDouble());
            }

            starts.Add(knots[k]);
            ends.Add(knots[k + 1]);
            coefficients.Add(r);
            value = r[0] + r[1];
        }

        return (new DenseSolution(1, starts, ends, coefficients, knots[^1]), knots);
    }

    private static (double A, double B) Window(int seed, DenseSolution dense)
    {
        var random = new Random(~seed);
        double span = dense.TimeEnd - dense.TimeStart;
        double u = dense.TimeStart + (span * random.NextDouble()), v = dense.TimeStart + (span * random.NextDouble());
        return (Math.Min(u, v), Math.Max(u, v));
    }

    private static IEnumerable<double> Samples(double from, double to, int count) =>
        Enumerable.Range(0, count + 1).Select(i => i == count ? to : from + ((to - from) * i / count));
}
