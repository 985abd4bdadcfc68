namespace IonSim.Integration;

/// <content>
/// Exact searches on one component, step by step: each step's extension is a quartic (<see cref="DensePolynomial"/>), so
/// its integral is closed-form, its extrema are where its cubic slope vanishes, and a level is crossed on one of its
/// monotone pieces. Nothing is probed at a fixed spacing; a step that provably cannot hold the answer is skipped on
/// bounds of its coefficients. For forward solves (the only ones these serve).
/// </content>
public sealed partial class DenseSolution
{
    /// <summary>The largest (<paramref name="sign"/> = 1) or smallest (−1) value of a component on [<paramref name="a"/>, <paramref name="b"/>], and its earliest time.</summary>
    /// <remarks>The value is the component at the returned time as <see cref="Evaluate(double, int)"/> gives it.</remarks>
    internal (double Time, double Value) Extremum(int component, double a, double b, int sign)
    {
        int first = CheckedRange(component, a, b), last = FindStep(b);
        double bestTime = a, bestValue = Evaluate(a, component), best = sign * bestValue;

        // The ends of the steps first: a good incumbent lets the bound skip almost every step.
        for (int step = first; step <= last; step++)
        {
            double t = Math.Min(PieceEnd(step), b);
            double v = ValueIn(step, t, component);
            if (sign * v > best)
            {
                (bestTime, bestValue, best) = (t, v, sign * v);
            }
        }

        Span<double> pieces = stackalloc double[5];
        for (int step = first; step <= last; step++)
        {
            DensePolynomial p = Polynomial(step, component);
            if ((sign > 0 ? p.UpperBound : -p.LowerBound) <= best)
            {
                continue;
            }

            double t0 = _stepStarts.Scalar(step), h = _stepEnds.Scalar(step) - t0;
            double from = Math.Max(a, t0), to = Math.Min(b, PieceEnd(step));
            int count = p.MonotonePieces(Theta(from, t0, h), Theta(to, t0, h), pieces);
            for (int k = 1; k + 1 < count; k++)
            {
                // Read through the step look-up, as any caller would: a turning point that rounds onto the step's start
                // belongs to the step before, and the value reported must be the curve's value at the time reported.
                double t = Math.Clamp(t0 + (pieces[k] * h), from, to);
                double v = Evaluate(t, component);
                if (sign * v > best || (sign * v == best && t < bestTime))
                {
                    (bestTime, bestValue, best) = (t, v, sign * v);
                }
            }
        }

        return (bestTime, bestValue);
    }

    /// <summary>
    /// The first time, going from <paramref name="from"/> toward <paramref name="to"/> (either direction), at which a component
    /// equals <paramref name="level"/>; <see cref="double.NaN"/> if it never does.
    /// </summary>
    internal double Crossing(int component, double level, double from, double to)
    {
        bool forward = to >= from;
        double lo = Math.Min(from, to), hi = Math.Max(from, to);
        int first = CheckedRange(component, lo, hi), last = FindStep(hi);
        if (Evaluate(from, component) == level)
        {
            return from;
        }

        Span<double> pieces = stackalloc double[5];
        for (int i = 0; i <= last - first; i++)
        {
            int step = forward ? first + i : last - i;
            DensePolynomial p = Polynomial(step, component);
            if (!(level >= p.LowerBound && level <= p.UpperBound))
            {
                continue;
            }

            double t0 = _stepStarts.Scalar(step), h = _stepEnds.Scalar(step) - t0;
            double left = Math.Max(lo, t0), right = Math.Min(hi, PieceEnd(step));
            int count = p.MonotonePieces(Theta(left, t0, h), Theta(right, t0, h), pieces);
            for (int j = 0; j + 1 < count; j++)
            {
                int k = forward ? j : count - 2 - j;
                double theta = p.Root(level, pieces[k], pieces[k + 1]);
                if (!double.IsNaN(theta))
                {
                    return Math.Clamp(t0 + (theta * h), left, right);
                }
            }
        }

        return double.NaN;
    }

    /// <summary>∫ of a component clamped to [<paramref name="lower"/>, <paramref name="upper"/>] over [<paramref name="a"/>, <paramref name="b"/>], exact but for rounding.</summary>
    internal double Integral(int component, double a, double b, double lower, double upper)
    {
        int first = CheckedRange(component, a, b), last = FindStep(b);
        double sum = 0;
        Span<double> pieces = stackalloc double[5];
        Span<double> cuts = stackalloc double[4];
        for (int step = first; step <= last; step++)
        {
            DensePolynomial p = Polynomial(step, component);
            double t0 = _stepStarts.Scalar(step), h = _stepEnds.Scalar(step) - t0;
            double thetaFrom = Theta(Math.Max(a, t0), t0, h), thetaTo = Theta(Math.Min(b, PieceEnd(step)), t0, h);
            if (p.LowerBound >= lower && p.UpperBound <= upper)
            {
                sum += h * (p.Antiderivative(thetaTo) - p.Antiderivative(thetaFrom));
                continue;
            }

            // The clamp bites somewhere: on each monotone piece cut where the polynomial passes each bound, and
            // integrate the bound itself where it lies beyond.
            int count = p.MonotonePieces(thetaFrom, thetaTo, pieces);
            for (int k = 0; k + 1 < count; k++)
            {
                double u = pieces[k], v = pieces[k + 1];
                int n = 0;
                cuts[n++] = u;
                foreach (double bound in (ReadOnlySpan<double>)[lower, upper])
                {
                    double root = double.IsFinite(bound) ? p.Root(bound, u, v) : double.NaN;
                    if (root > u && root < v)
                    {
                        cuts[n++] = root;
                    }
                }

                cuts[n++] = v;
                cuts[..n].Sort();
                for (int m = 0; m + 1 < n; m++)
                {
                    double x = cuts[m], y = cuts[m + 1];
                    double middle = p.Value(0.5 * (x + y));
                    sum += middle < lower ? lower * h * (y - x)
                        : middle > upper ? upper * h * (y - x)
                        : h * (p.Antiderivative(y) - p.Antiderivative(x));
                }
            }
        }

        return sum;
    }

    /// <summary>The step that holds <paramref name="t"/> (the one <see cref="Evaluate(double, int)"/> reads).</summary>
    internal int StepAt(double t) => FindStep(t);

    /// <summary>The state where a step starts: its extension's first coefficient vector, with no evaluation.</summary>
    internal ReadOnlySpan<double> StepStartState(int step) => _coefficients[step][..Dimension];

    /// <summary>The start of a step.</summary>
    internal double StepStart(int step) => _stepStarts.Scalar(step);

    /// <summary>The end of the part of a step the solution covers (the next step's start, or the end of the solve).</summary>
    internal double PieceEnd(int step) => step + 1 < StepCount ? _stepStarts.Scalar(step + 1) : TimeEnd;

    private DensePolynomial Polynomial(int step, int component) => DensePolynomial.FromStep(_coefficients[step], Dimension, component);

    private double ValueIn(int step, double t, int component) =>
        DenseStep.Evaluate(_coefficients[step], Dimension, _stepStarts.Scalar(step), _stepEnds.Scalar(step), t, component);

    private static double Theta(double t, double t0, double h) => h == 0 ? 1.0 : Math.Clamp((t - t0) / h, 0, 1);

    private int CheckedRange(int component, double a, double b)
    {
        if ((uint)component >= (uint)Dimension)
        {
            throw new ArgumentOutOfRangeException(nameof(component), component, $"component must be between 0 and {Dimension - 1}, but was {component}.");
        }

        if (_direction < 0)
        {
            throw new InvalidOperationException("Exact searches serve forward solves only.");
        }

        if (!(a <= b))
        {
            throw new ArgumentOutOfRangeException(nameof(b), b, $"The interval's end must not precede its start {a}, but was {b}.");
        }

        return FindStep(a);
    }
}
