using IonSim.Internal;

namespace IonSim.Contraction;

/// <summary>An <see cref="IContractionCurve"/> made of two functions of time, for wiring a dense solution (or an analytic curve in tests).</summary>
/// <example>
/// <code>
/// var y = new double[fiber.Dimension];   // one buffer per curve: a curve is not thread-safe
/// var curve = new ContractionCurve(0, 300,
///     t => { dense.Evaluate(t, y); return fiber.Tension(y); },
///     t => { dense.Evaluate(t, y); return fiber.FreeCalciumMicromolar(y); });
/// </code>
/// </example>
public sealed class ContractionCurve : IContractionCurve
{
    private readonly Func<double, double> _tension;
    private readonly Func<double, double> _freeCalciumMicromolar;

    /// <summary>Creates the curve.</summary>
    /// <param name="startTimeMs">Start of the interval, ms.</param>
    /// <param name="endTimeMs">End of the interval, ms; greater than <paramref name="startTimeMs"/>.</param>
    /// <param name="tension">Tension at a time, fraction of maximal tension.</param>
    /// <param name="freeCalciumMicromolar">Free Ca²⁺ at a time, µM.</param>
    public ContractionCurve(double startTimeMs, double endTimeMs, Func<double, double> tension, Func<double, double> freeCalciumMicromolar)
    {
        ArgumentNullException.ThrowIfNull(tension);
        ArgumentNullException.ThrowIfNull(freeCalciumMicromolar);
        StartTimeMs = Preconditions.Finite(startTimeMs, nameof(startTimeMs));
        EndTimeMs = Preconditions.AtLeast(endTimeMs, Math.BitIncrement(startTimeMs), nameof(endTimeMs));
        _tension = tension;
        _freeCalciumMicromolar = freeCalciumMicromolar;
    }

    /// <inheritdoc/>
    public double StartTimeMs { get; }

    /// <inheritdoc/>
    public double EndTimeMs { get; }

    /// <inheritdoc/>
    public double Tension(double timeMs) => _tension(timeMs);

    /// <inheritdoc/>
    public double FreeCalciumMicromolar(double timeMs) => _freeCalciumMicromolar(timeMs);
}
