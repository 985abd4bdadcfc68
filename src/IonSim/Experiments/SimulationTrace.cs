using IonSim.Contraction;
using IonSim.Physiology;

namespace IonSim.Experiments;

/// <summary>One binding site's occupancy over the trace.</summary>
/// <param name="Site">Which site pool.</param>
/// <param name="CalciumFraction">Fraction of the pool's sites with Ca²⁺ bound, per trace time.</param>
/// <param name="MagnesiumFraction">Fraction with Mg²⁺ bound, per trace time.</param>
public sealed record SiteOccupancyTrace(BindingSite Site, IReadOnlyList<double> CalciumFraction, IReadOnlyList<double> MagnesiumFraction);

/// <summary>
/// A simulation sampled on a regular grid (from the dense solution, so the grid never changes the
/// result): time, free and SR Ca²⁺, tension, phase and site occupancy. All lists have one entry per time.
/// </summary>
/// <param name="TimeMs">Sample times, ms, increasing from 0 to the end of the protocol.</param>
/// <param name="FreeCalciumMicromolar">Free myoplasmic Ca²⁺, µM.</param>
/// <param name="SrCalciumMicromolar">Free Ca²⁺ in the SR lumen, µM of SR volume.</param>
/// <param name="Tension">Tension as a fraction of maximal isometric tension, in [0, 1].</param>
/// <param name="Phases">The twitch phase at each time, from the event-driven timeline.</param>
/// <param name="Sites">Occupancy of each binding site pool.</param>
public sealed record SimulationTrace(
    IReadOnlyList<double> TimeMs,
    IReadOnlyList<double> FreeCalciumMicromolar,
    IReadOnlyList<double> SrCalciumMicromolar,
    IReadOnlyList<double> Tension,
    IReadOnlyList<Phase> Phases,
    IReadOnlyList<SiteOccupancyTrace> Sites)
{
    /// <summary>Gets the number of samples.</summary>
    public int Count => TimeMs.Count;
}
