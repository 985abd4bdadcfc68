using IonSim.Internal;

namespace IonSim.Physiology;

/// <summary>
/// The immutable parameter set of a fast-twitch fiber, in IonSim's units (µM, ms; Mg²⁺ stores in mM).
/// Every value is validated when it is set: an invalid one throws <see cref="ArgumentOutOfRangeException"/>
/// naming the field, the value and the allowed range.
/// </summary>
/// <remarks>
/// <para>The defaults are the fast-twitch fiber of <see cref="FiberPresets.Normal"/>. Each default's source is in the XML
/// docs of its property (or of the sub-record's property); values labelled [assumed] or [fitted] are model choices that
/// docs/model.md lists with their sensitivity.</para>
/// <para>Use <c>with</c> to derive variants: <c>FiberPresets.Normal with { FreeMagnesiumMillimolar = 0.5 }</c>.
/// JSON load and save are in <see cref="FromJson"/> and <see cref="ToJson"/>.</para>
/// </remarks>
public sealed partial record FiberParameters
{
    /// <summary>The lowest free Mg²⁺ a fiber may be given, mM.</summary>
    public const double MinimumMagnesiumMillimolar = 0.001;

    /// <summary>The highest free Mg²⁺ a fiber may be given, mM.</summary>
    public const double MaximumMagnesiumMillimolar = 20;

    /// <summary>
    /// Free myoplasmic Mg²⁺, mM, between 0.001 and 20. Default 1.0, the conventional normal resting value in skinned-fibre work
    /// and Shorten et al. 2007; measured human values are 0.4–0.6 mM (³¹P-MRS) [abstract].
    /// </summary>
    public double FreeMagnesiumMillimolar { get; init => field = Preconditions.InRange(value, MinimumMagnesiumMillimolar, MaximumMagnesiumMillimolar, nameof(FreeMagnesiumMillimolar)); } = 1.0;

    /// <summary>
    /// The Mg²⁺ that a switched-off mechanism sees, and at which the RyR and SERCA Mg²⁺ factors equal 1, mM, between 0.001 and 20.
    /// Default 1.0 (the normal preset), so the calibration of release to Baylor &amp; Hollingworth 2007 holds at normal Mg²⁺.
    /// </summary>
    public double ReferenceMagnesiumMillimolar { get; init => field = Preconditions.InRange(value, 0.001, 20, nameof(ReferenceMagnesiumMillimolar)); } = 1.0;

    /// <summary>Which Mg²⁺ actions see the fiber's Mg²⁺. Default <see cref="MagnesiumMechanisms.All"/>.</summary>
    public MagnesiumMechanisms Mechanisms { get; init => field = Preconditions.DefinedFlags(value, MagnesiumMechanisms.All, nameof(Mechanisms)); } = MagnesiumMechanisms.All;

    /// <summary>Whether free Mg²⁺ is clamped (default) or dynamic with total Mg²⁺ conserved.</summary>
    public MagnesiumMode MagnesiumMode { get; init => field = Preconditions.Defined(value, nameof(MagnesiumMode)); } = MagnesiumMode.Clamped;

    /// <summary>What the computed rest holds fixed. Default <see cref="RestCondition.SrLoadFixed"/>.</summary>
    public RestCondition RestCondition { get; init => field = Preconditions.Defined(value, nameof(RestCondition)); } = RestCondition.SrLoadFixed;

    /// <summary>
    /// SR total Ca²⁺ (free + calsequestrin-bound) held by <see cref="RestCondition.SrLoadFixed"/>, µM of SR volume. Default 20 200:
    /// the endogenous SR Ca²⁺ of rat fast-twitch fibres, 1.01 mM per fibre volume (J Physiol, PMC1158922, mechanically skinned fibres;
    /// usually cited as Fryer &amp; Stephenson 1996, authors and year not confirmed from the abstract page) [abstract], divided by the SR's 5 % of fibre volume (Shorten et al. 2007) [derived]. Shorten's own archived SR state
    /// (Ca_SR 1500 + CaCs 16 900 µM, 0.92 mM per fibre volume) is close.
    /// </summary>
    public double SrTotalCalciumMicromolar { get; init => field = Preconditions.Concentration(value, nameof(SrTotalCalciumMicromolar)); } = 20_200;

    /// <summary>
    /// The fiber's total Ca²⁺ (myoplasm plus SR scaled by the volume ratio), µM of myoplasm, held by
    /// <see cref="RestCondition.TotalCalciumFixed"/>. Default 1545.6 [derived]: the total of the normal preset's rest with the SR load fixed,
    /// so both conditions give the same normal fiber and differ only when Mg²⁺ changes.
    /// </summary>
    public double FiberTotalCalciumMicromolar { get; init => field = Preconditions.Concentration(value, nameof(FiberTotalCalciumMicromolar)); } = 1545.6;

    /// <summary>
    /// SR volume divided by myoplasmic volume, between 0.001 and 1. Default 0.05/0.95 (Shorten et al. 2007, CellML: SR 5 %, myoplasm 95 % of the fiber).
    /// </summary>
    public double SrToMyoplasmVolumeRatio { get; init => field = Preconditions.InRange(value, 0.001, 1, nameof(SrToMyoplasmVolumeRatio)); } = 0.05 / 0.95;

    /// <summary>
    /// Parvalbumin's Ca²⁺/Mg²⁺ sites. Default 1500 µM; Ca²⁺ 0.0417 µM⁻¹ms⁻¹ / 0.0005 ms⁻¹; Mg²⁺ 3.3×10⁻⁵ µM⁻¹ms⁻¹ / 0.003 ms⁻¹
    /// (Shorten et al. 2007, CellML, after Baylor &amp; Hollingworth).
    /// </summary>
    public CompetitiveSiteParameters Parvalbumin { get; init => field = Preconditions.NotNull(value, nameof(Parvalbumin)); } = FastTwitchDefaults.Parvalbumin;

    /// <summary>
    /// Troponin C's Ca²⁺/Mg²⁺ sites (III/IV). Default 280 µM = 2 sites per troponin (Potter &amp; Gergely 1975, J Biol Chem 250:4628) × 140 µM
    /// troponin (Shorten) [derived]. Equilibrium constants from whole troponin (Potter &amp; Gergely 1975) [abstract]: K_d,Ca 2 nM, K_d,Mg 20 µM.
    /// Rates [assumed], parvalbumin-like as the reference advises until Robertson et al. 1981 is read: k_on,Ca 0.0417 µM⁻¹ms⁻¹ (so k_off,Ca
    /// 8.34×10⁻⁵ ms⁻¹) and k_off,Mg 0.003 ms⁻¹ (so k_on,Mg 1.5×10⁻⁴ µM⁻¹ms⁻¹); k_off,Mg is sensitivity-tested down to 3×10⁻⁴ ms⁻¹.
    /// </summary>
    public CompetitiveSiteParameters TroponinCaMgSites { get; init => field = Preconditions.NotNull(value, nameof(TroponinCaMgSites)); } = FastTwitchDefaults.TroponinCaMgSites;

    /// <summary>ATP as a Ca²⁺/Mg²⁺ buffer (values and sources on <see cref="AtpParameters"/>).</summary>
    public AtpParameters Atp { get; init => field = Preconditions.NotNull(value, nameof(Atp)); } = FastTwitchDefaults.Atp;

    /// <summary>Troponin's regulatory units and the cross-bridges (values and sources on <see cref="TroponinParameters"/>).</summary>
    public TroponinParameters Troponin { get; init => field = Preconditions.NotNull(value, nameof(Troponin)); } = FastTwitchDefaults.Troponin;

    /// <summary>Calsequestrin in the SR (values and sources on <see cref="CalsequestrinParameters"/>).</summary>
    public CalsequestrinParameters Calsequestrin { get; init => field = Preconditions.NotNull(value, nameof(Calsequestrin)); } = FastTwitchDefaults.Calsequestrin;

    /// <summary>The SR Ca²⁺ pump (values and sources on <see cref="SercaParameters"/>).</summary>
    public SercaParameters Serca { get; init => field = Preconditions.NotNull(value, nameof(Serca)); } = FastTwitchDefaults.Serca;

    /// <summary>RyR1 release and the SR leak (values and sources on <see cref="ReleaseParameters"/>).</summary>
    public ReleaseParameters Release { get; init => field = Preconditions.NotNull(value, nameof(Release)); } = FastTwitchDefaults.Release;

    /// <summary>Ca²⁺-dependent inactivation of release (values on <see cref="InactivationParameters"/>).</summary>
    public InactivationParameters Inactivation { get; init => field = Preconditions.NotNull(value, nameof(Inactivation)); } = FastTwitchDefaults.Inactivation;

    /// <summary>The series-elastic mechanics between the cross-bridges and measured tension (values and sources on <see cref="MechanicsParameters"/>).</summary>
    public MechanicsParameters Mechanics { get; init => field = Preconditions.NotNull(value, nameof(Mechanics)); } = FastTwitchDefaults.Mechanics;

    /// <summary>Free Mg²⁺ in µM, the unit used inside the model.</summary>
    public double FreeMagnesiumMicromolar => FreeMagnesiumMillimolar * 1000.0;

    /// <summary>Whether <paramref name="mechanism"/> sees the fiber's Mg²⁺ rather than the reference Mg²⁺.</summary>
    /// <param name="mechanism">One mechanism (or several, all of which must be on).</param>
    /// <returns><see langword="true"/> when every flag in <paramref name="mechanism"/> is switched on.</returns>
    public bool IsOn(MagnesiumMechanisms mechanism) => (Mechanisms & mechanism) == mechanism;

    /// <summary>The free Mg²⁺ (µM) that <paramref name="mechanism"/> sees at rest: the fiber's if switched on, else the reference.</summary>
    /// <param name="mechanism">The mechanism.</param>
    /// <returns>Free Mg²⁺ in µM.</returns>
    public double MagnesiumSeenByMicromolar(MagnesiumMechanisms mechanism) =>
        IsOn(mechanism) ? FreeMagnesiumMicromolar : ReferenceMagnesiumMillimolar * 1000.0;
}
