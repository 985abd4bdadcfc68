using IonSim.Internal;

namespace IonSim.Physiology;

/// <summary>
/// Myoplasmic ATP as a competitive Ca²⁺/Mg²⁺ buffer: free ATP + CaATP + MgATP = <see cref="TotalMicromolar"/>.
/// </summary>
/// <remarks>
/// Ca²⁺ binding to ATP is treated as a rapid equilibrium (see docs/model.md): with k_off = 30 ms⁻¹ and
/// k_on·[ATP] ≈ 120–600 ms⁻¹ the Ca–ATP relaxation time is 2–7 µs, three orders of magnitude shorter than
/// the 1.6 ms release pulse, so following it explicitly would only force an explicit Runge–Kutta method to
/// microsecond steps for stability. Mg²⁺ binding (k_off 0.15 ms⁻¹) is slow enough to matter and stays explicit.
/// </remarks>
public sealed record AtpParameters
{
    /// <summary>Total ATP, µM. Default 8000 µM (Shorten et al. 2007, CellML).</summary>
    public required double TotalMicromolar { get; init => field = Preconditions.Concentration(value, nameof(TotalMicromolar)); }

    /// <summary>
    /// Ca–ATP dissociation constant, µM. Default 200 µM = k_off/k_on = 30 ms⁻¹ / 0.15 µM⁻¹ms⁻¹ (Shorten et al. 2007, CellML);
    /// with 1 mM Mg²⁺ it gives the apparent 2.2 mM tabulated by Baylor and Hollingworth.
    /// </summary>
    public required double CalciumDissociationMicromolar { get; init => field = Preconditions.Concentration(value, nameof(CalciumDissociationMicromolar)); }

    /// <summary>Mg²⁺–ATP association rate constant, µM⁻¹ms⁻¹. Default 0.0015 (Shorten et al. 2007, CellML).</summary>
    public required double MagnesiumOnRatePerMicromolarPerMs { get; init => field = Preconditions.AssociationRate(value, nameof(MagnesiumOnRatePerMicromolarPerMs)); }

    /// <summary>Mg²⁺–ATP dissociation rate constant, ms⁻¹. Default 0.15 (Shorten et al. 2007, CellML).</summary>
    public required double MagnesiumOffRatePerMs { get; init => field = Preconditions.Rate(value, nameof(MagnesiumOffRatePerMs)); }

    /// <summary>Mg²⁺–ATP dissociation constant, µM.</summary>
    public double MagnesiumDissociationMicromolar => MagnesiumOffRatePerMs / MagnesiumOnRatePerMicromolarPerMs;
}
