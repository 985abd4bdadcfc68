namespace IonSim.Integration;

/// <summary>
/// One component of one step's continuous extension as a quartic in θ ∈ [0, 1], in the power basis
/// p(θ) = a₀ + a₁θ + a₂θ² + a₃θ³ + a₄θ⁴ (expanded from <see cref="DenseStep"/>'s Hairer form), with what
/// exact searches need: its slope, its antiderivative, bounds, and its monotone pieces.
/// </summary>
/// <remarks>
/// Values a caller reports are read through <see cref="DenseStep"/> (the one evaluation of a step); this type
/// only decides where to read them: the slope's roots for extrema, the level's roots for crossings.
/// </remarks>
internal readonly struct DensePolynomial
{
    private readonly double _a0, _a1, _a2, _a3, _a4;

    private DensePolynomial(double a0, double a1, double a2, double a3, double a4)
    {
        (_a0, _a1, _a2, _a3, _a4) = (a0, a1, a2, a3, a4);
    }

    /// <summary>Component <paramref name="i"/> of a step's Hairer coefficients (<paramref name="n"/> components) in the power basis.</summary>
    /// <remarks>r1 + θ(r2 + (1−θ)(r3 + θ(r4 + (1−θ)r5))) = r1 + (r2+r3)θ + (r4+r5−r3)θ² − (r4+2r5)θ³ + r5θ⁴.</remarks>
    public static DensePolynomial FromStep(ReadOnlySpan<double> c, int n, int i)
    {
        double r1 = c[i], r2 = c[n + i], r3 = c[(2 * n) + i], r4 = c[(3 * n) + i], r5 = c[(4 * n) + i];
        return new DensePolynomial(r1, r2 + r3, r4 + r5 - r3, -(r4 + (2 * r5)), r5);
    }

    /// <summary>A polynomial given by its power-basis coefficients (tests; degree at most 4).</summary>
    public static DensePolynomial FromCoefficients(double a0, double a1, double a2, double a3, double a4) => new(a0, a1, a2, a3, a4);

    /// <summary>The polynomial's value at θ.</summary>
    public double Value(double theta) => _a0 + (theta * (_a1 + (theta * (_a2 + (theta * (_a3 + (theta * _a4)))))));

    /// <summary>dp/dθ.</summary>
    public double Slope(double theta) => _a1 + (theta * ((2 * _a2) + (theta * ((3 * _a3) + (theta * 4 * _a4)))));

    /// <summary>∫₀^θ p.</summary>
    public double Antiderivative(double theta) =>
        theta * (_a0 + (theta * ((_a1 / 2) + (theta * ((_a2 / 3) + (theta * ((_a3 / 4) + (theta * _a4 / 5))))))));

    /// <summary>A lower bound of p on [0, 1] (each higher term at its least over [0, 1]), less a rounding margin.</summary>
    public double LowerBound => _a0 + Math.Min(_a1, 0) + Math.Min(_a2, 0) + Math.Min(_a3, 0) + Math.Min(_a4, 0) - Margin;

    /// <summary>An upper bound of p on [0, 1], plus a rounding margin.</summary>
    public double UpperBound => _a0 + Math.Max(_a1, 0) + Math.Max(_a2, 0) + Math.Max(_a3, 0) + Math.Max(_a4, 0) + Margin;

    private double Margin => 8 * double.Epsilon + (1e-15 * (Math.Abs(_a0) + Math.Abs(_a1) + Math.Abs(_a2) + Math.Abs(_a3) + Math.Abs(_a4)));

    /// <summary>
    /// Splits [<paramref name="lo"/>, <paramref name="hi"/>] where p turns (the real roots of its cubic slope inside it):
    /// fills <paramref name="bounds"/> with lo, the turning points in increasing order, and hi, and returns how many
    /// it filled (2 to 5). On each interval between consecutive bounds p is monotone.
    /// </summary>
    public int MonotonePieces(double lo, double hi, Span<double> bounds)
    {
        // The slope s(θ) = b0 + b1θ + b2θ² + b3θ³ is itself monotone between the roots of s′ (a quadratic),
        // so each of its roots is bracketed by a sign change on one of at most three intervals.
        var slope = new DensePolynomial(_a1, 2 * _a2, 3 * _a3, 4 * _a4, 0);
        Span<double> turns = stackalloc double[4];
        int count = 0;
        turns[count++] = lo;
        var (q1, q2) = QuadraticRoots(3 * slope._a3, 2 * slope._a2, slope._a1);
        if (q1 > lo && q1 < hi)
        {
            turns[count++] = q1;
        }

        if (q2 > lo && q2 < hi && q2 > turns[count - 1])
        {
            turns[count++] = q2;
        }

        turns[count++] = hi;

        int filled = 0;
        bounds[filled++] = lo;
        for (int k = 0; k + 1 < count; k++)
        {
            double root = slope.Root(0, turns[k], turns[k + 1]);
            if (root > bounds[filled - 1] && root < hi)
            {
                bounds[filled++] = root;
            }
        }

        bounds[filled++] = hi;
        return filled;
    }

    /// <summary>
    /// Where p equals <paramref name="level"/> on [<paramref name="lo"/>, <paramref name="hi"/>], on which p must be monotone;
    /// <see cref="double.NaN"/> if it does not reach the level there. An end where p equals the level exactly is returned as it is.
    /// </summary>
    public double Root(double level, double lo, double hi)
    {
        double gLo = Value(lo) - level, gHi = Value(hi) - level;
        if (gLo == 0)
        {
            return lo;
        }

        if (gHi == 0)
        {
            return hi;
        }

        if (Math.Sign(gLo) == Math.Sign(gHi) || double.IsNaN(gLo) || double.IsNaN(gHi))
        {
            return double.NaN;
        }

        // Newton from the bracket's midpoint, falling back to bisection whenever a step leaves the bracket;
        // the bracket shrinks every iteration and the loop ends when it cannot shrink any more.
        double theta = 0.5 * (lo + hi);
        for (int iteration = 0; iteration < 200; iteration++)
        {
            double g = Value(theta) - level;
            if (g == 0)
            {
                return theta;
            }

            if (Math.Sign(g) == Math.Sign(gLo))
            {
                lo = theta;
            }
            else
            {
                hi = theta;
            }

            double slope = Slope(theta);
            double next = theta - (g / slope);
            if (!(next > lo && next < hi))
            {
                next = 0.5 * (lo + hi);
            }

            if (next == theta || next <= lo || next >= hi)
            {
                break;
            }

            theta = next;
        }

        return theta;
    }

    // Real roots of Aθ² + Bθ + C in increasing order (NaN where there is none), by the cancellation-free formula.
    private static (double, double) QuadraticRoots(double a, double b, double c)
    {
        if (a == 0)
        {
            return b == 0 ? (double.NaN, double.NaN) : (-c / b, double.NaN);
        }

        double discriminant = (b * b) - (4 * a * c);
        if (discriminant < 0)
        {
            return (double.NaN, double.NaN);
        }

        double q = -0.5 * (b + (Math.CopySign(Math.Sqrt(discriminant), b)));
        double r1 = q / a, r2 = q != 0 ? c / q : r1;
        return r1 <= r2 ? (r1, r2) : (r2, r1);
    }
}
