namespace IonSim.Integration;

/// <summary>
/// The continuous extension of one Dormand–Prince step, stored as five coefficient vectors
/// (Hairer's <c>rcont1..5</c>). The one routine that builds and evaluates it serves event location,
/// output at requested times, observers and the stored dense solution alike.
/// </summary>
internal static class DenseStep
{
    public const int CoefficientsPerComponent = 5;

    /// <summary>Builds the coefficients of the step from y0 (at t) to y1 (at t + h).</summary>
    public static void Build(
        ReadOnlySpan<double> y0, ReadOnlySpan<double> y1, double h, DormandPrinceStages k, Span<double> coefficients)
    {
        int n = y0.Length;
        double[] d = DormandPrinceTableau.D;
        Span<double> r1 = coefficients[..n];
        Span<double> r2 = coefficients.Slice(n, n);
        Span<double> r3 = coefficients.Slice(2 * n, n);
        Span<double> r4 = coefficients.Slice(3 * n, n);
        Span<double> r5 = coefficients.Slice(4 * n, n);
        for (int i = 0; i < n; i++)
        {
            double ydiff = y1[i] - y0[i];
            double bspl = h * k.K1[i] - ydiff;
            r1[i] = y0[i];
            r2[i] = ydiff;
            r3[i] = bspl;
            r4[i] = ydiff - h * k.K7[i] - bspl;
            r5[i] = h * (d[0] * k.K1[i] + d[2] * k.K3[i] + d[3] * k.K4[i] + d[4] * k.K5[i] + d[5] * k.K6[i] + d[6] * k.K7[i]);
        }
    }

    /// <summary>Evaluates the extension at <paramref name="t"/> in [t0, t1].</summary>
    public static void Evaluate(ReadOnlySpan<double> coefficients, double t0, double t1, double t, Span<double> y)
    {
        double theta = Theta(t0, t1, t);
        for (int i = 0; i < y.Length; i++)
        {
            y[i] = Component(coefficients, y.Length, i, theta);
        }
    }

    /// <summary>Evaluates one component of the extension at <paramref name="t"/>.</summary>
    public static double Evaluate(ReadOnlySpan<double> coefficients, int n, double t0, double t1, double t, int component) =>
        Component(coefficients, n, component, Theta(t0, t1, t));

    private static double Theta(double t0, double t1, double t) => t1 == t0 ? 1.0 : (t - t0) / (t1 - t0);

    private static double Component(ReadOnlySpan<double> c, int n, int i, double theta)
    {
        double theta1 = 1.0 - theta;
        return c[i] + theta * (c[n + i] + theta1 * (c[2 * n + i] + theta * (c[3 * n + i] + theta1 * c[4 * n + i])));
    }
}
