using IonSim.Internal;

namespace IonSim.Physiology;

/// <summary>
/// A pool of sites that bind either Ca²⁺ or Mg²⁺ (never both at once), with explicit mass-action kinetics:
/// free + Ca-bound + Mg-bound = <see cref="TotalMicromolar"/>.
/// </summary>
/// <remarks>
/// Used for parvalbumin and for troponin C's Ca²⁺/Mg²⁺ sites (III/IV). Each value is validated when set:
/// concentrations and rates must be greater than 0 and physically possible (at most 1 M, 10³ µM⁻¹ms⁻¹, 10⁶ ms⁻¹).
/// </remarks>
public sealed record CompetitiveSiteParameters
{
    /// <summary>Total concentration of sites, µM of myoplasm.</summary>
    public required double TotalMicromolar { get; init => field = Preconditions.Concentration(value, nameof(TotalMicromolar)); }

    /// <summary>Ca²⁺ association rate constant, µM⁻¹ms⁻¹.</summary>
    public required double CalciumOnRatePerMicromolarPerMs { get; init => field = Preconditions.AssociationRate(value, nameof(CalciumOnRatePerMicromolarPerMs)); }

    /// <summary>Ca²⁺ dissociation rate constant, ms⁻¹.</summary>
    public required double CalciumOffRatePerMs { get; init => field = Preconditions.Rate(value, nameof(CalciumOffRatePerMs)); }

    /// <summary>Mg²⁺ association rate constant, µM⁻¹ms⁻¹.</summary>
    public required double MagnesiumOnRatePerMicromolarPerMs { get; init => field = Preconditions.AssociationRate(value, nameof(MagnesiumOnRatePerMicromolarPerMs)); }

    /// <summary>Mg²⁺ dissociation rate constant, ms⁻¹.</summary>
    public required double MagnesiumOffRatePerMs { get; init => field = Preconditions.Rate(value, nameof(MagnesiumOffRatePerMs)); }

    /// <summary>Ca²⁺ dissociation constant k_off/k_on, µM.</summary>
    public double CalciumDissociationMicromolar => CalciumOffRatePerMs / CalciumOnRatePerMicromolarPerMs;

    /// <summary>Mg²⁺ dissociation constant k_off/k_on, µM.</summary>
    public double MagnesiumDissociationMicromolar => MagnesiumOffRatePerMs / MagnesiumOnRatePerMicromolarPerMs;
}
