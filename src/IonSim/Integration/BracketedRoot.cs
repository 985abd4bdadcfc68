namespace IonSim.Integration;

/// <summary>A scalar function of time, as a struct so root finding on it never allocates.</summary>
internal interface IScalarFunction
{
    double Evaluate(double t);
}

/// <summary>
/// Brent–Dekker root finding on a bracket (inverse quadratic interpolation, secant, bisection as a
/// fallback), written for event location: the tolerance is given by the caller relative to the step.
/// </summary>
internal static class BracketedRoot
{
    private const int MaxIterations = 200;
    private const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>Finds a root of f in [a, b], given f(a) and f(b) of opposite sign (or one of them zero).</summary>
    public static double Find<TFunction>(ref TFunction f, double a, double b, double fa, double fb, double tolerance)
        where TFunction : struct, IScalarFunction
    {
        if (fa == 0.0)
        {
            return a;
        }

        if (fb == 0.0)
        {
            return b;
        }

        double c = a, fc = fa, d = b - a, e = d;
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            if ((fb > 0) == (fc > 0))
            {
                c = a;
                fc = fa;
                d = e = b - a;
            }

            if (Math.Abs(fc) < Math.Abs(fb))
            {
                (a, b, c) = (b, c, b);
                (fa, fb, fc) = (fb, fc, fb);
            }

            double tol = 2.0 * MachineEpsilon * Math.Abs(b) + 0.5 * tolerance;
            double half = 0.5 * (c - b);
            if (Math.Abs(half) <= tol || fb == 0.0)
            {
                return b;
            }

            if (Math.Abs(e) >= tol && Math.Abs(fa) > Math.Abs(fb))
            {
                double s = fb / fa, p, q;
                if (a == c)
                {
                    p = 2.0 * half * s;
                    q = 1.0 - s;
                }
                else
                {
                    double qa = fa / fc, r = fb / fc;
                    p = s * (2.0 * half * qa * (qa - r) - (b - a) * (r - 1.0));
                    q = (qa - 1.0) * (r - 1.0) * (s - 1.0);
                }

                if (p > 0)
                {
                    q = -q;
                }

                p = Math.Abs(p);
                if (2.0 * p < Math.Min(3.0 * half * q - Math.Abs(tol * q), Math.Abs(e * q)))
                {
                    e = d;
                    d = p / q;
                }
                else
                {
                    d = half;
                    e = d;
                }
            }
            else
            {
                d = half;
                e = d;
            }

            a = b;
            fa = fb;
            b += Math.Abs(d) > tol ? d : Math.CopySign(tol, half);
            fb = f.Evaluate(b);
        }

        return b;
    }
}
