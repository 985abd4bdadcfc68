namespace IonSim.Contraction;

/// <summary>
/// One quantity of a <see cref="ContractionCurve"/> (tension or free Ca²⁺) as a function of time, with the searches the
/// metrics make on it. How they are made depends on what the curve knows: a sampled function is probed and refined
/// (<see cref="SampledQuantity"/>); a component of a dense solution is searched exactly, step by step (<see cref="DenseQuantity"/>).
/// </summary>
internal abstract class CurveQuantity
{
    /// <summary>The value at <paramref name="timeMs"/>.</summary>
    public abstract double At(double timeMs);

    /// <summary>The largest value on [<paramref name="a"/>, <paramref name="b"/>] and where it occurs.</summary>
    public abstract (double TimeMs, double Value) Maximum(double a, double b);

    /// <summary>The smallest value on [<paramref name="a"/>, <paramref name="b"/>] and where it occurs.</summary>
    public abstract (double TimeMs, double Value) Minimum(double a, double b);

    /// <summary>
    /// The first time, going from <paramref name="from"/> toward <paramref name="to"/> (either direction), where the quantity
    /// reaches <paramref name="level"/>; <see langword="null"/> if it never does.
    /// </summary>
    public abstract double? Crossing(double level, double from, double to);

    /// <summary>∫ over [<paramref name="a"/>, <paramref name="b"/>]; <paramref name="peakTimeMs"/>, where the quantity peaks in it, may serve as a split.</summary>
    public abstract double Integral(double a, double b, double peakTimeMs);
}
