namespace IonSim.Physiology;

/// <summary>The competitive Ca²⁺/Mg²⁺ binding pools whose occupancy <see cref="MuscleFiber.Occupancy(ReadOnlySpan{double}, BindingSite)"/> reports.</summary>
public enum BindingSite
{
    /// <summary>Parvalbumin's sites.</summary>
    Parvalbumin = 0,

    /// <summary>Troponin C's Ca²⁺/Mg²⁺ sites (III/IV).</summary>
    TroponinCaMgSites = 1,

    /// <summary>Troponin's regulatory sites (two per unit; Mg²⁺ competes at each site of a non-permissive unit).</summary>
    RegulatorySites = 2,

    /// <summary>ATP.</summary>
    Atp = 3,
}

/// <summary>The fractions of a pool's sites that hold Ca²⁺ and Mg²⁺ (the rest are free).</summary>
/// <param name="CalciumFraction">Fraction of sites holding Ca²⁺, in [0, 1].</param>
/// <param name="MagnesiumFraction">Fraction of sites holding Mg²⁺, in [0, 1].</param>
public readonly record struct SiteOccupancy(double CalciumFraction, double MagnesiumFraction);
