using IonSim.Internal;

namespace IonSim.Physiology;

/// <summary>Calsequestrin, the SR's Ca²⁺ buffer, with explicit mass-action binding (concentrations per SR volume).</summary>
public sealed record CalsequestrinParameters
{
    /// <summary>Ca²⁺ sites, µM of SR volume. Default 31 000 (Shorten et al. 2007, CellML, Cs_tot).</summary>
    public required double TotalMicromolar { get; init => field = Preconditions.PositiveFinite(value, nameof(TotalMicromolar)); }

    /// <summary>Ca²⁺ association, µM⁻¹ms⁻¹. Default 4×10⁻⁶ (Shorten et al. 2007, CellML, k_Cs,on).</summary>
    public required double CalciumOnRatePerMicromolarPerMs { get; init => field = Preconditions.PositiveFinite(value, nameof(CalciumOnRatePerMicromolarPerMs)); }

    /// <summary>Ca²⁺ dissociation, ms⁻¹. Default 0.005 (Shorten et al. 2007, CellML, k_Cs,off; K_d 1.25 mM).</summary>
    public required double CalciumOffRatePerMs { get; init => field = Preconditions.PositiveFinite(value, nameof(CalciumOffRatePerMs)); }

    /// <summary>Ca²⁺ dissociation constant, µM.</summary>
    public double CalciumDissociationMicromolar => CalciumOffRatePerMs / CalciumOnRatePerMicromolarPerMs;
}
