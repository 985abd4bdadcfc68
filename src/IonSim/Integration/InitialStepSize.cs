namespace IonSim.Integration;

/// <summary>
/// Hairer's automatic first step (<c>hinit</c> in DOPRI5; <i>Solving ODEs I</i>, §II.4): take a step
/// that keeps the explicit Euler error near 1 % of the tolerance, then refine it with an estimate of
/// the second derivative so that the local error of the given order matches the tolerance.
/// </summary>
internal static class InitialStepSize
{
    public static double Estimate<TSystem>(
        ref CountedSystem<TSystem> f, int order, double t0, ReadOnlySpan<double> y0, ReadOnlySpan<double> f0, double direction,
        double maxStep, double span, ErrorWeights weights, Span<double> scratchY, Span<double> scratchF)
        where TSystem : IOdeSystem
    {
        double d0 = weights.Norm(y0, y0);
        double d1 = weights.Norm(f0, y0);
        double h0 = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : 0.01 * d0 / d1;
        h0 = Math.Min(Math.Min(h0, maxStep), span);

        for (int i = 0; i < y0.Length; i++)
        {
            scratchY[i] = y0[i] + direction * h0 * f0[i];
        }

        f.Derivatives(t0 + direction * h0, scratchY, scratchF);
        for (int i = 0; i < y0.Length; i++)
        {
            scratchF[i] -= f0[i];
        }

        double d2 = weights.Norm(scratchF, y0) / h0;
        double h1 = Math.Max(d1, d2) <= 1e-15
            ? Math.Max(1e-6, h0 * 1e-3)
            : Math.Pow(0.01 / Math.Max(d1, d2), 1.0 / order);

        double h = Math.Min(Math.Min(100 * h0, h1), Math.Min(maxStep, span));
        return double.IsFinite(h) && h > 0 ? h : Math.Min(1e-6, span);
    }
}
