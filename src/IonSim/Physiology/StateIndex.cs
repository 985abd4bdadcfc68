namespace IonSim.Physiology;

/// <summary>
/// The layout of <see cref="MuscleFiber"/>'s state vector. Every component is a concentration in µM (of myoplasm unless
/// stated) except <see cref="ReleaseInactivation"/> and <see cref="Tension"/>, fractions.
/// </summary>
/// <remarks>
/// Free species whose total is fixed (free parvalbumin, free TnC III/IV sites, free ATP, empty regulatory units T₀,
/// free calsequestrin) are not states: each is its total minus its bound forms, which makes each site pool's
/// conservation exact by construction.
/// </remarks>
public static class StateIndex
{
    /// <summary>Free myoplasmic Ca²⁺ plus CaATP, the pool that Ca–ATP's rapid equilibrium splits (see <see cref="AtpParameters"/>).</summary>
    public const int CalciumPool = 0;

    /// <summary>Free myoplasmic Mg²⁺ (constant when Mg²⁺ is clamped).</summary>
    public const int FreeMagnesium = 1;

    /// <summary>Free Ca²⁺ in the SR, µM of SR volume.</summary>
    public const int SrFreeCalcium = 2;

    /// <summary>Ca²⁺ bound to calsequestrin, µM of SR volume.</summary>
    public const int CalsequestrinCalcium = 3;

    /// <summary>Ca²⁺-bound parvalbumin sites.</summary>
    public const int ParvalbuminCalcium = 4;

    /// <summary>Mg²⁺-bound parvalbumin sites.</summary>
    public const int ParvalbuminMagnesium = 5;

    /// <summary>MgATP.</summary>
    public const int AtpMagnesium = 6;

    /// <summary>Ca²⁺-bound TnC Ca²⁺/Mg²⁺ sites (III/IV).</summary>
    public const int TroponinCaMgSiteCalcium = 7;

    /// <summary>Mg²⁺-bound TnC Ca²⁺/Mg²⁺ sites (III/IV).</summary>
    public const int TroponinCaMgSiteMagnesium = 8;

    /// <summary>Regulatory units with one Ca²⁺ (CaT).</summary>
    public const int RegulatoryOneCalcium = 9;

    /// <summary>Regulatory units with two Ca²⁺ (CaCaT).</summary>
    public const int RegulatoryTwoCalcium = 10;

    /// <summary>Empty regulatory units holding Mg²⁺ at the first Ca²⁺ site (MgT).</summary>
    public const int RegulatoryMagnesium = 11;

    /// <summary>Regulatory units with Ca²⁺ at the first site and Mg²⁺ at the second (CaMgT).</summary>
    public const int RegulatoryCalciumMagnesium = 12;

    /// <summary>Permissive units without Ca²⁺ (D₀).</summary>
    public const int PermissiveNoCalcium = 13;

    /// <summary>Permissive units with one Ca²⁺ (D₁).</summary>
    public const int PermissiveOneCalcium = 14;

    /// <summary>Permissive units with two Ca²⁺ (D₂).</summary>
    public const int PermissiveTwoCalcium = 15;

    /// <summary>Attached, pre-power-stroke cross-bridges (A₁, two Ca²⁺ on their unit).</summary>
    public const int CrossBridgePreStroke = 16;

    /// <summary>Attached, post-power-stroke, force-bearing cross-bridges (A₂, two Ca²⁺ on their unit).</summary>
    public const int CrossBridgePostStroke = 17;

    /// <summary>Inactivated fraction of release, I ∈ [0, 1].</summary>
    public const int ReleaseInactivation = 18;

    /// <summary>Measured tension at the fibre's fixed ends, a fraction of maximal isometric tension (see <see cref="MechanicsParameters"/>).</summary>
    public const int Tension = 19;

    /// <summary>The number of components.</summary>
    public const int Count = 20;

    /// <summary>Short names of the components, in index order (for tables and messages).</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "CaPool", "Mg", "CaSR", "CaCsq", "CaParv", "MgParv", "MgATP", "CaTnC34", "MgTnC34",
        "CaT", "CaCaT", "MgT", "CaMgT", "D0", "D1", "D2", "A1", "A2", "Inactivation", "Tension",
    ];
}
