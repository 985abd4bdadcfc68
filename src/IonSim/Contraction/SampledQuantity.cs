using MathNet.Numerics;

namespace IonSim.Contraction;

/// <summary>
/// A quantity known only by its values: features are bracketed on a probe grid and refined to a time tolerance
/// (<see cref="CurveSearch"/>); integrals are adaptive Gauss–Kronrod quadrature split at the peak.
/// </summary>
internal sealed class SampledQuantity(Func<double, double> f, ProbeGrid grid, double toleranceMs) : CurveQuantity
{
    private const double IntegralRelativeError = 1e-10;
    private const int IntegralMaximumDepth = 15;
    private const int IntegralOrder = 21;

    public override double At(double timeMs) => f(timeMs);

    public override (double TimeMs, double Value) Maximum(double a, double b)
    {
        using ProbeGrid.Probes probes = grid.Between(a, b);
        return CurveSearch.Maximum(f, probes.Times, probes.Values, toleranceMs);
    }

    public override (double TimeMs, double Value) Minimum(double a, double b)
    {
        using ProbeGrid.Probes probes = grid.Between(a, b);
        Span<double> negated = probes.ValueBuffer[..probes.Times.Length];
        for (int k = 0; k < negated.Length; k++)
        {
            negated[k] = -negated[k];
        }

        var (t, v) = CurveSearch.Maximum(x => -f(x), probes.Times, negated, toleranceMs);
        return (t, -v);
    }

    public override double? Crossing(double level, double from, double to)
    {
        using ProbeGrid.Probes probes = grid.Between(from, to);
        return CurveSearch.Crossing(f, level, probes.Times, probes.Values, toleranceMs);
    }

    // Split at the peak so that each half is monotone-ish and the quadrature's error estimate is honest.
    public override double Integral(double a, double b, double peakTimeMs)
    {
        double left = peakTimeMs > a ? Integrate.GaussKronrod(f, a, peakTimeMs, IntegralRelativeError, IntegralMaximumDepth, IntegralOrder) : 0;
        double right = b > peakTimeMs ? Integrate.GaussKronrod(f, peakTimeMs, b, IntegralRelativeError, IntegralMaximumDepth, IntegralOrder) : 0;
        return left + right;
    }
}
