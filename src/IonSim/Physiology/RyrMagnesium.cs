namespace IonSim.Physiology;

/// <summary>
/// The terms of RyR1 release that depend only on the Mg²⁺ the channel sees: the stimulus-driven permeability's Mg²⁺
/// factor, the Mg²⁺-inhibited resting permeability, and Mg²⁺'s share at the A- and I-sites.
/// </summary>
/// <remarks>
/// With Mg²⁺ clamped (or the RyR switch off) they are constants: <see cref="FiberConstants"/> computes them once, with
/// this same code, so the right-hand side reads bit-for-bit the values it used to compute on every call
/// (they held ten of its divisions).
/// </remarks>
/// <param name="StimulusFactor">The stimulus-driven permeability's Mg²⁺ factor (1 at the reference Mg²⁺).</param>
/// <param name="RestingPermeability">The resting permeability with its Mg²⁺ inhibition, ms⁻¹.</param>
/// <param name="ActivatingSiteTerm">Mg/K_A,Mg: Mg²⁺'s competition at the activating site.</param>
/// <param name="InhibitorySiteTerm">Mg/K_I,Mg: Mg²⁺'s occupancy term at the inhibitory site.</param>
internal readonly record struct RyrMagnesium(double StimulusFactor, double RestingPermeability, double ActivatingSiteTerm, double InhibitorySiteTerm)
{
    /// <summary>The terms at the Mg²⁺ <paramref name="mgRyr"/> (µM) the channel sees.</summary>
    public static RyrMagnesium At(in FiberConstants c, double mgRyr) => new(
        FiberKinetics.StimulusMagnesiumFactor(c, mgRyr),
        c.RestingPermeability * FiberKinetics.NormalisedMagnesiumInhibition(mgRyr, c.ReferenceMagnesium, c.RestingMagnesiumHalf, c.MagnesiumHill),
        mgRyr / c.ActivatingSiteMagnesium,
        mgRyr / c.InhibitorySiteMagnesium);
}
