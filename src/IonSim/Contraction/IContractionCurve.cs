namespace IonSim.Contraction;

/// <summary>
/// A continuous view of a simulated fiber over an interval: tension and free Ca²⁺ at any time in it.
/// </summary>
/// <remarks>
/// Back it with the integrator's dense output (the continuous extension of every accepted step), not with
/// an interpolated output grid, so that metrics are exact to the solver's tolerance and independent of the
/// output resolution. Implementations must be deterministic and may be called many thousands of times.
/// </remarks>
public interface IContractionCurve
{
    /// <summary>Gets the start of the interval the curve is defined on, ms.</summary>
    double StartTimeMs { get; }

    /// <summary>Gets the end of the interval the curve is defined on, ms.</summary>
    double EndTimeMs { get; }

    /// <summary>Tension at <paramref name="timeMs"/>, as a fraction of maximal tension.</summary>
    /// <param name="timeMs">A time in [<see cref="StartTimeMs"/>, <see cref="EndTimeMs"/>], ms.</param>
    /// <returns>The tension.</returns>
    double Tension(double timeMs);

    /// <summary>Free myoplasmic Ca²⁺ at <paramref name="timeMs"/>, µM.</summary>
    /// <param name="timeMs">A time in [<see cref="StartTimeMs"/>, <see cref="EndTimeMs"/>], ms.</param>
    /// <returns>The concentration.</returns>
    double FreeCalciumMicromolar(double timeMs);
}
