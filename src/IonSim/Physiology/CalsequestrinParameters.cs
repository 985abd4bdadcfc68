using IonSim.Internal;

namespace IonSim.Physiology;

/// <summary>Calsequestrin, the SR's Ca²⁺ buffer, with explicit mass-action binding (concentrations per SR volume).</summary>
public sealed record CalsequestrinParameters
{
    /// <summary>Ca²⁺ sites, µM of SR volume. Default 31 000 (Shorten et al. 2007, CellML, Cs_tot).</summary>
    public required double TotalMicromolar { get; init => field = Preconditions.Concentration(value, nameof(TotalMicromolar)); }

    /// <summary>
    /// Ca²⁺ association, µM⁻¹ms⁻¹. Default 10⁻³ [assumed]: Shorten et al.'s 4×10⁻⁶ (CellML) makes calsequestrin give up Ca²⁺ over
    /// ~200 ms, so the free SR Ca²⁺ (≈ 80 µM when referred to the myoplasm) caps release near 100 µM/ms and the measured
    /// 200–225 µM/ms (Baylor &amp; Hollingworth 2007) cannot occur. Both rates are scaled by 250, keeping Shorten's K_d of 1.25 mM.
    /// </summary>
    public required double CalciumOnRatePerMicromolarPerMs { get; init => field = Preconditions.AssociationRate(value, nameof(CalciumOnRatePerMicromolarPerMs)); }

    /// <summary>Ca²⁺ dissociation, ms⁻¹. Default 1.25 [assumed], 250 × Shorten's 0.005 (see the on-rate), so K_d stays 1.25 mM (CellML).</summary>
    public required double CalciumOffRatePerMs { get; init => field = Preconditions.Rate(value, nameof(CalciumOffRatePerMs)); }

    /// <summary>Ca²⁺ dissociation constant, µM.</summary>
    public double CalciumDissociationMicromolar => CalciumOffRatePerMs / CalciumOnRatePerMicromolarPerMs;
}
