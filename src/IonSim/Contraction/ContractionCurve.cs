using IonSim.Integration;
using IonSim.Internal;

namespace IonSim.Contraction;

/// <summary>
/// A continuous view of a simulated fiber over an interval: tension and free Ca²⁺ at any time in it, for
/// <see cref="ContractionMetrics"/>.
/// </summary>
/// <remarks>
/// <para>A simulation builds its curve from the integrator's dense output (the continuous extension of every accepted
/// step), not from an interpolated output grid, so that metrics are exact to the solver's tolerance and independent of the
/// output resolution. Tension there is one component of the solution, a polynomial on each step, so its peaks, crossings
/// and integrals are found exactly on each step's polynomial; free Ca²⁺, a function of the state, is probed where the
/// solution's steps start and refined to <see cref="ContractionOptions.TimeToleranceMs"/>.</para>
/// <para>A curve made of two functions (an analytic curve, or a dense solution wired by hand) is probed every
/// <see cref="ContractionOptions.ProbeStepMs"/> and refined to <see cref="ContractionOptions.TimeToleranceMs"/>; its integrals
/// are adaptive Gauss–Kronrod quadrature. The functions must be deterministic and may be called many thousands of times.</para>
/// </remarks>
/// <example>
/// <code>
/// var y = new double[fiber.Dimension];   // one buffer per curve: a curve is not thread-safe
/// var curve = new ContractionCurve(0, 300,
///     t => { dense.Evaluate(t, y); return fiber.Tension(y); },
///     t => { dense.Evaluate(t, y); return fiber.FreeCalciumMicromolar(y); });
/// </code>
/// </example>
public sealed class ContractionCurve
{
    private readonly Func<double, double> _tension;
    private readonly Func<double, double> _freeCalciumMicromolar;
    private readonly DenseSolution? _dense;
    private readonly int _tensionComponent;
    private readonly StepProbeGrid? _calciumProbes;

    /// <summary>Creates the curve from two functions of time.</summary>
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

    /// <summary>
    /// Creates the curve of a forward dense solution whose component <paramref name="tensionComponent"/> is the tension,
    /// clamped to [0, 1] against round-off (as a fiber's tension is), and whose free Ca²⁺ is a function of its state.
    /// </summary>
    internal ContractionCurve(DenseSolution dense, int tensionComponent, DenseStateFunction freeCalciumMicromolar)
        : this(dense.TimeStart, dense.TimeEnd, t => TensionFraction(dense.Evaluate(t, tensionComponent)), OfTime(dense, freeCalciumMicromolar))
    {
        _dense = dense;
        _tensionComponent = tensionComponent;
        _calciumProbes = new StepProbeGrid(dense, freeCalciumMicromolar, _freeCalciumMicromolar);
    }

    /// <summary>Gets the start of the interval the curve is defined on, ms.</summary>
    public double StartTimeMs { get; }

    /// <summary>Gets the end of the interval the curve is defined on, ms.</summary>
    public double EndTimeMs { get; }

    /// <summary>Tension at <paramref name="timeMs"/>, as a fraction of maximal tension.</summary>
    /// <param name="timeMs">A time in [<see cref="StartTimeMs"/>, <see cref="EndTimeMs"/>], ms.</param>
    /// <returns>The tension.</returns>
    public double Tension(double timeMs) => _tension(timeMs);

    /// <summary>Free myoplasmic Ca²⁺ at <paramref name="timeMs"/>, µM.</summary>
    /// <param name="timeMs">A time in [<see cref="StartTimeMs"/>, <see cref="EndTimeMs"/>], ms.</param>
    /// <returns>The concentration.</returns>
    public double FreeCalciumMicromolar(double timeMs) => _freeCalciumMicromolar(timeMs);

    /// <summary>Tension and free Ca²⁺ with the searches the metrics make, at the resolution of <paramref name="options"/>.</summary>
    internal (CurveQuantity Tension, CurveQuantity FreeCalcium) Quantities(ContractionOptions options) =>
        _dense is null
            ? (new SampledQuantity(_tension, new UniformProbeGrid(_tension, options.ProbeStepMs), options.TimeToleranceMs),
               new SampledQuantity(_freeCalciumMicromolar, new UniformProbeGrid(_freeCalciumMicromolar, options.ProbeStepMs), options.TimeToleranceMs))
            : (new DenseQuantity(_dense, _tensionComponent, 0, 1),
               new SampledQuantity(_freeCalciumMicromolar, _calciumProbes!, options.TimeToleranceMs));

    private static double TensionFraction(double component) => Math.Clamp(component, 0, 1);

    // One state buffer per curve: a curve is not thread-safe.
    private static Func<double, double> OfTime(DenseSolution dense, DenseStateFunction f)
    {
        var state = new double[dense.Dimension];
        return t =>
        {
            dense.Evaluate(t, state);
            return f(state);
        };
    }
}
