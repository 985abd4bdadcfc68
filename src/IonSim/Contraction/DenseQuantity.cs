using IonSim.Integration;

namespace IonSim.Contraction;

/// <summary>
/// A component of a dense solution clamped to [<c>lower</c>, <c>upper</c>], searched exactly on each step's polynomial:
/// the clamp is monotone, so it commutes with extrema, and a level inside the range is reached where the component reaches it.
/// </summary>
internal sealed class DenseQuantity(DenseSolution dense, int component, double lower, double upper) : CurveQuantity
{
    public override double At(double timeMs) => Math.Clamp(dense.Evaluate(timeMs, component), lower, upper);

    public override (double TimeMs, double Value) Maximum(double a, double b)
    {
        var (t, v) = dense.Extremum(component, a, b, 1);
        return (t, Math.Clamp(v, lower, upper));
    }

    public override (double TimeMs, double Value) Minimum(double a, double b)
    {
        var (t, v) = dense.Extremum(component, a, b, -1);
        return (t, Math.Clamp(v, lower, upper));
    }

    public override double? Crossing(double level, double from, double to)
    {
        // The clamped quantity never reaches a level beyond its range; one at a bound it reaches where the component does,
        // unless it already sits there at the start.
        if (!(level >= lower && level <= upper))
        {
            return null;
        }

        if (At(from) == level)
        {
            return from;
        }

        double t = dense.Crossing(component, level, from, to);
        return double.IsNaN(t) ? null : t;
    }

    public override double Integral(double a, double b, double peakTimeMs) => b > a ? dense.Integral(component, a, b, lower, upper) : 0;
}
