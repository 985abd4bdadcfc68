using IonSim.Internal;

namespace IonSim.Physiology;

/// <summary>
/// Troponin's Ca²⁺-specific regulatory units and the cross-bridge cycle they gate, after Shorten et al. (2007):
/// T₀ ⇄ CaT ⇄ CaCaT (two sequential Ca²⁺ sites), CaCaT ⇄ D₂ (permissive), D₂ ⇄ A₁ ⇄ A₂ → D₂ (cross-bridges),
/// with D₀, D₁ the permissive states that have lost Ca²⁺. IonSim adds Mg²⁺ as a competitive ligand at each of the two
/// sites of the non-permissive unit: MgT (Mg²⁺ on site 1 of T₀) and CaMgT (Mg²⁺ on site 2 of CaT), each blocking that site's Ca²⁺,
/// so each Ca²⁺ step has K_app = K_Ca·(1 + Mg/K_Mg).
/// </summary>
/// <remarks>All values must be greater than 0 and physically possible (at most 1 M, 10³ µM⁻¹ms⁻¹, 10⁶ ms⁻¹), except
/// <see cref="EmptyPermissiveOffRatePerMs"/>, which may be 0, and the cooperativities, which state their own range.</remarks>
public sealed record TroponinParameters
{
    /// <summary>Regulatory units (two Ca²⁺ sites each), µM of myoplasm. Default 140 (Shorten et al. 2007, CellML, T_tot).</summary>
    public required double TotalMicromolar { get; init => field = Preconditions.Concentration(value, nameof(TotalMicromolar)); }

    /// <summary>Ca²⁺ association at each regulatory site, µM⁻¹ms⁻¹. Default 0.079 [fitted] with the cooperativity to the tetanus and force–frequency rows (Shorten et al. 2007, CellML, k_T,on: 0.04425).</summary>
    public required double CalciumOnRatePerMicromolarPerMs { get; init => field = Preconditions.AssociationRate(value, nameof(CalciumOnRatePerMicromolarPerMs)); }

    /// <summary>Ca²⁺ dissociation at each regulatory site, ms⁻¹. Default 0.17 [fitted] (Shorten et al. 2007, CellML, k_T,off: 0.115); K_d 2.2 µM, within the regulatory sites' 0.29 µM (whole troponin) to 16 µM (TnC) of Ogawa 1985 [abstract].</summary>
    public required double CalciumOffRatePerMs { get; init => field = Preconditions.Rate(value, nameof(CalciumOffRatePerMs)); }

    /// <summary>
    /// Mg²⁺ association at a free regulatory site of a non-permissive unit, µM⁻¹ms⁻¹. Default 3.3×10⁻⁵ [assumed]: the only measured Mg²⁺ on-rate
    /// of an EF-hand site in the reference (parvalbumin, Shorten et al. 2007), since none was found for the regulatory sites.
    /// </summary>
    public required double MagnesiumOnRatePerMicromolarPerMs { get; init => field = Preconditions.AssociationRate(value, nameof(MagnesiumOnRatePerMicromolarPerMs)); }

    /// <summary>
    /// Mg²⁺ dissociation from a regulatory site, ms⁻¹. Default 0.0759, derived as k_on × K_d,Mg with K_d,Mg = 2.3 mM: competitive Mg²⁺
    /// binding at the low-affinity (regulatory) sites of rabbit skeletal troponin, K_Mg 440 M⁻¹ (Ogawa 1985, J Biochem, 20 °C,
    /// 100 mM KCl) [abstract]; isolated TnC gives 1.9 mM (same paper), the lower bracket of its sensitivity test. Replaces the first release's
    /// 5 mM from eel TnC.
    /// </summary>
    public required double MagnesiumOffRatePerMs { get; init => field = Preconditions.Rate(value, nameof(MagnesiumOffRatePerMs)); }

    /// <summary>CaCaT → D₂, the fully Ca²⁺-bound unit becoming permissive, ms⁻¹. Default 0.021 [fitted] (Shorten et al. 2007, CellML, k_Ca,on: 0.15); multiplied by the cooperative factor (1 + γ_RU·φ).</summary>
    public required double PermissiveOnRatePerMs { get; init => field = Preconditions.Rate(value, nameof(PermissiveOnRatePerMs)); }

    /// <summary>D₂ → CaCaT, ms⁻¹. Default 0.016 [fitted] (Shorten et al. 2007, CellML, k_Ca,off: 0.05, a third of their on-rate); divided by the cooperative factor.</summary>
    public required double PermissiveOffRatePerMs { get; init => field = Preconditions.Rate(value, nameof(PermissiveOffRatePerMs)); }

    /// <summary>
    /// D₀ → T₀ and D₁ → CaT, permissive units that have lost Ca²⁺ switching off, ms⁻¹. Default 0.03 [fitted] to the tetanus and force–frequency rows: a fifth of Shorten et al. 2007's k_0,off (CellML, 0.15), which holds
    /// the thin filament on between a train's pulses (docs/model.md §8, §9;
    /// the reverse k_0,on is 0 there and here).
    /// </summary>
    public required double EmptyPermissiveOffRatePerMs { get; init => field = Preconditions.RateOrZero(value, nameof(EmptyPermissiveOffRatePerMs)); }

    /// <summary>Cross-bridge attachment D₂ → A₁, ms⁻¹. Default 1.5 (Shorten et al. 2007, CellML, f_o).</summary>
    public required double AttachRatePerMs { get; init => field = Preconditions.Rate(value, nameof(AttachRatePerMs)); }

    /// <summary>Cross-bridge detachment A₁ → D₂, ms⁻¹. Default 15 (Shorten et al. 2007, CellML, f_p).</summary>
    public required double DetachRatePerMs { get; init => field = Preconditions.Rate(value, nameof(DetachRatePerMs)); }

    /// <summary>Power stroke A₁ → A₂, ms⁻¹. Default 0.24 (Shorten et al. 2007, CellML, h_o).</summary>
    public required double PowerStrokeRatePerMs { get; init => field = Preconditions.Rate(value, nameof(PowerStrokeRatePerMs)); }

    /// <summary>Reverse power stroke A₂ → A₁, ms⁻¹. Default 0.18 (Shorten et al. 2007, CellML, h_p).</summary>
    public required double ReversePowerStrokeRatePerMs { get; init => field = Preconditions.Rate(value, nameof(ReversePowerStrokeRatePerMs)); }

    /// <summary>Post-stroke detachment A₂ → D₂, ms⁻¹. Default 0.12 (Shorten et al. 2007, CellML, g_o).</summary>
    public required double CycleRatePerMs { get; init => field = Preconditions.Rate(value, nameof(CycleRatePerMs)); }

    /// <summary>
    /// Thin-filament (regulatory unit to regulatory unit) cooperativity γ_RU, dimensionless, between 0 and 1000: a unit switches on
    /// (CaCaT → D₂) (1 + γ_RU·φ) times faster, and a permissive unit switches off (D₂ → CaCaT, D₀ → T₀, D₁ → CaT) (1 + γ_RU·φ)
    /// times slower, where φ is the fraction of units that are permissive (D₀ + D₁ + D₂ + A₁ + A₂). This is the mean-field form of
    /// nearest-neighbour activation (Razumova, Bukatina &amp; Campbell 2000, Biophys J 78:3120; Campbell 1997, Biophys J 72:254).
    /// Default 16.8 [fitted] to the tetanus and force–frequency rows (docs/validation.md); 0 gives Shorten et al.'s non-cooperative chain.
    /// </summary>
    public required double NeighbourCooperativity { get; init => field = Preconditions.InRange(value, 0, 1000, nameof(NeighbourCooperativity)); }

    /// <summary>
    /// Cross-bridge feedback on troponin γ_XB, dimensionless, between 0 and 1000: Ca²⁺ leaves the regulatory sites of a
    /// permissive unit (D₂ → D₁ → D₀) (1 + γ_XB·ξ) times slower, where ξ is the attached cross-bridges (A₁ + A₂) as a fraction of
    /// their number at saturating Ca²⁺. Strongly bound cross-bridges raise troponin's Ca²⁺ affinity (Rice et al. 2008,
    /// Biophys J 95:2368; Tanner, Daniel &amp; Regnier 2012, PLoS Comput Biol 8:e1002506). Default 5.4 [fitted] with γ_RU (docs/validation.md).
    /// </summary>
    public required double CrossBridgeCooperativity { get; init => field = Preconditions.InRange(value, 0, 1000, nameof(CrossBridgeCooperativity)); }

    /// <summary>Mg²⁺ dissociation constant of a regulatory site, µM.</summary>
    public double MagnesiumDissociationMicromolar => MagnesiumOffRatePerMs / MagnesiumOnRatePerMicromolarPerMs;
}
