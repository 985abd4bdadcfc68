namespace IonSim.Contraction;

/// <summary>
/// Locates extrema and level crossings of a continuous function: probe at a fixed step to bracket the
/// feature, then refine the bracket to a time tolerance. The probe step only has to separate features;
/// the answer's precision comes from the refinement, so it does not depend on any output grid.
/// </summary>
internal static class CurveSearch
{
    private static readonly double InverseGolden = (Math.Sqrt(5) - 1) / 2;

    // Spacing of the parabola that polishes a peak: near the cube root of machine epsilon times the 1–100 ms
    // time scales of twitches and Ca²⁺ transients, balancing rounding against the parabola's cubic bias.
    private const double PolishStepMs = 1e-4;

    /// <summary>The largest value of <paramref name="f"/> on [a, b] and where it occurs.</summary>
    public static (double TimeMs, double Value) Maximum(Func<double, double> f, double a, double b, double probeMs, double toleranceMs)
    {
        int n = ProbeCount(a, b, probeMs);
        double h = (b - a) / n;
        int best = 0;
        double bestValue = f(a);
        for (int k = 1; k <= n; k++)
        {
            double value = f(Probe(a, b, h, k, n));
            if (value > bestValue)
            {
                best = k;
                bestValue = value;
            }
        }

        double lo = Probe(a, b, h, Math.Max(best - 1, 0), n);
        double hi = Probe(a, b, h, Math.Min(best + 1, n), n);
        var (t, v) = GoldenMaximum(f, lo, hi, toleranceMs);
        return v >= bestValue ? (t, v) : (Probe(a, b, h, best, n), bestValue);
    }

    /// <summary>The smallest value of <paramref name="f"/> on [a, b] and where it occurs.</summary>
    public static (double TimeMs, double Value) Minimum(Func<double, double> f, double a, double b, double probeMs, double toleranceMs)
    {
        var (t, v) = Maximum(x => -f(x), a, b, probeMs, toleranceMs);
        return (t, -v);
    }

    /// <summary>
    /// The first time, going from <paramref name="from"/> toward <paramref name="to"/> (either direction),
    /// where <paramref name="f"/> reaches <paramref name="level"/>; <see langword="null"/> if it never does.
    /// </summary>
    public static double? Crossing(Func<double, double> f, double level, double from, double to, double probeMs, double toleranceMs)
    {
        int n = ProbeCount(Math.Min(from, to), Math.Max(from, to), probeMs);
        double h = (to - from) / n;
        double previousT = from;
        double previousG = f(from) - level;
        if (previousG == 0)
        {
            return from;
        }

        for (int k = 1; k <= n; k++)
        {
            double t = k == n ? to : from + (k * h);
            double g = f(t) - level;
            if (g == 0)
            {
                return t;
            }

            if (Math.Sign(g) != Math.Sign(previousG))
            {
                return Bisect(f, level, previousT, previousG, t, toleranceMs);
            }

            previousT = t;
            previousG = g;
        }

        return null;
    }

    private static int ProbeCount(double a, double b, double probeMs) =>
        (int)Math.Clamp(Math.Ceiling((b - a) / probeMs), 1, int.MaxValue - 1);

    private static double Probe(double a, double b, double h, int k, int n) => k == n ? b : a + (k * h);

    // Bisection keeps the sign-change invariant exactly, so it cannot leave the bracket the probe found.
    private static double Bisect(Func<double, double> f, double level, double t0, double g0, double t1, double toleranceMs)
    {
        while (Math.Abs(t1 - t0) > toleranceMs)
        {
            double mid = 0.5 * (t0 + t1);
            if (mid == t0 || mid == t1)
            {
                break;
            }

            double g = f(mid) - level;
            if (g == 0)
            {
                return mid;
            }

            if (Math.Sign(g) == Math.Sign(g0))
            {
                t0 = mid;
                g0 = g;
            }
            else
            {
                t1 = mid;
            }
        }

        return 0.5 * (t0 + t1);
    }

    private static (double TimeMs, double Value) GoldenMaximum(Func<double, double> f, double lo, double hi, double toleranceMs)
    {
        double bracketLo = lo, bracketHi = hi;
        double x1 = hi - (InverseGolden * (hi - lo));
        double x2 = lo + (InverseGolden * (hi - lo));
        double f1 = f(x1);
        double f2 = f(x2);
        while (hi - lo > toleranceMs)
        {
            if (f1 < f2)
            {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + (InverseGolden * (hi - lo));
                f2 = f(x2);
            }
            else
            {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - (InverseGolden * (hi - lo));
                f1 = f(x1);
            }

            if (x1 >= x2)
            {
                break;
            }
        }

        double t = 0.5 * (lo + hi);
        return PolishPeak(f, t, Math.Max(64 * toleranceMs, PolishStepMs), bracketLo, bracketHi);
    }

    // Golden section compares values that differ only by rounding near a smooth peak, which leaves the time
    // uncertain to about √ε of the curvature scale. The vertex of a parabola through three points a small but
    // resolvable distance h apart uses differences well above rounding and pins the time far more tightly.
    private static (double TimeMs, double Value) PolishPeak(Func<double, double> f, double t, double h, double lo, double hi)
    {
        double value = f(t);
        for (int iteration = 0; iteration < 2; iteration++)
        {
            if (t - h < lo || t + h > hi)
            {
                break;
            }

            double left = f(t - h), right = f(t + h);
            double curvature = left - (2 * value) + right;
            if (!(curvature < 0))
            {
                break;
            }

            double offset = h * (left - right) / (2 * curvature);
            if (!(Math.Abs(offset) <= h))
            {
                break;
            }

            // A corner (two pieces of a sum meeting) is no parabola: keep the polished point only if it is
            // not measurably lower, which near a smooth peak it never is.
            double candidate = f(t + offset);
            if (candidate < value - (4 * double.Epsilon) - (4e-16 * Math.Abs(value)))
            {
                break;
            }

            t += offset;
            value = candidate;
        }

        return (t, value);
    }
}
