namespace IonSim.Contraction;

/// <summary>
/// Locates extrema and level crossings of a continuous function known only by its values: probe on a grid
/// (<see cref="ProbeGrid"/>) to bracket the feature, then refine the bracket to a time tolerance. The probes only
/// have to separate features; the answer's precision comes from the refinement, so it does not depend on any output grid.
/// </summary>
internal static class CurveSearch
{
    private static readonly double InverseGolden = (Math.Sqrt(5) - 1) / 2;

    // Spacing of the parabola that polishes a peak: near the cube root of machine epsilon times the 1–100 ms
    // time scales of twitches and Ca²⁺ transients, balancing rounding against the parabola's cubic bias.
    private const double PolishStepMs = 1e-4;

    /// <summary>
    /// The largest value of <paramref name="f"/> between the first and last of <paramref name="probes"/> (increasing), and where
    /// it occurs, from <paramref name="values"/>, the values at the probes (to rounding).
    /// </summary>
    public static (double TimeMs, double Value) Maximum(Func<double, double> f, ReadOnlySpan<double> probes, ReadOnlySpan<double> values, double toleranceMs)
    {
        int n = probes.Length - 1;
        int best = 0;
        double bestValue = values[0];
        for (int k = 1; k <= n; k++)
        {
            double value = values[k];
            if (value > bestValue)
            {
                best = k;
                bestValue = value;
            }
        }

        double lo = probes[Math.Max(best - 1, 0)];
        double hi = probes[Math.Min(best + 1, n)];
        var (t, v) = GoldenMaximum(f, lo, hi, toleranceMs);
        return v >= bestValue ? (t, v) : (probes[best], f(probes[best]));
    }

    /// <summary>
    /// The first time, walking <paramref name="probes"/> in order (either direction) with <paramref name="values"/>, the values
    /// there (to rounding), where <paramref name="f"/> reaches <paramref name="level"/>; <see langword="null"/> if it never does.
    /// </summary>
    public static double? Crossing(Func<double, double> f, double level, ReadOnlySpan<double> probes, ReadOnlySpan<double> values, double toleranceMs)
    {
        double previousT = probes[0];
        double previousG = values[0] - level;
        if (previousG == 0)
        {
            return previousT;
        }

        for (int k = 1; k < probes.Length; k++)
        {
            double t = probes[k];
            double g = values[k] - level;
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
