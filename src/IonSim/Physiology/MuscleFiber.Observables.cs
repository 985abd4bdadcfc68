using S = IonSim.Physiology.StateIndex;

namespace IonSim.Physiology;

/// <content>Quantities read from a state vector: what a plot, a metric or a conservation test needs.</content>
public sealed partial class MuscleFiber
{
    /// <summary>
    /// The only state components <see cref="Tension"/> and <see cref="FreeCalciumMicromolar"/> read: a twitch's
    /// metrics need the dense solution of these alone (Experiment keeps no more). Change it with them.
    /// </summary>
    internal static ReadOnlySpan<int> CurveComponents => [S.Tension, S.CalciumPool, S.AtpMagnesium];

    /// <summary>How many of <see cref="CurveComponents"/>, from the first, <see cref="Tension"/> reads.</summary>
    internal const int TensionComponents = 1;

    /// <summary>How many of <see cref="CurveComponents"/>, after <see cref="TensionComponents"/>, <see cref="FreeCalciumMicromolar"/> reads.</summary>
    internal const int CalciumComponents = 2;

    /// <summary>Free myoplasmic Ca²⁺, µM.</summary>
    /// <param name="y">A state vector.</param>
    /// <returns>Free Ca²⁺.</returns>
    public double FreeCalciumMicromolar(ReadOnlySpan<double> y) =>
        FiberKinetics.FreeCalcium(y[S.CalciumPool], _c.AtpTotal - y[S.AtpMagnesium], _c.AtpCaDissociation);

    /// <summary>Free myoplasmic Mg²⁺, µM (the clamp value unless Mg²⁺ is dynamic).</summary>
    /// <param name="y">A state vector.</param>
    /// <returns>Free Mg²⁺.</returns>
    public double FreeMagnesiumMicromolar(ReadOnlySpan<double> y) => _c.DynamicMagnesium ? y[S.FreeMagnesium] : _c.ClampedMagnesium;

    /// <summary>Free Ca²⁺ in the SR, µM of SR volume.</summary>
    /// <param name="y">A state vector.</param>
    /// <returns>Free SR Ca²⁺.</returns>
    public double SrCalciumMicromolar(ReadOnlySpan<double> y) => y[S.SrFreeCalcium];

    /// <summary>The SR's total Ca²⁺ (free + calsequestrin-bound), µM of SR volume.</summary>
    /// <param name="y">A state vector.</param>
    /// <returns>SR total Ca²⁺.</returns>
    public double SrTotalCalciumMicromolar(ReadOnlySpan<double> y) => y[S.SrFreeCalcium] + y[S.CalsequestrinCalcium];

    /// <summary>Ca²⁺ bound to troponin's regulatory sites, including the permissive and cross-bridge states, µM.</summary>
    /// <param name="y">A state vector.</param>
    /// <returns>Regulatory-site Ca²⁺.</returns>
    public static double RegulatoryCalciumMicromolar(ReadOnlySpan<double> y) =>
        y[S.RegulatoryOneCalcium] + y[S.RegulatoryCalciumMagnesium] + (2 * y[S.RegulatoryTwoCalcium]) + y[S.PermissiveOneCalcium]
        + (2 * (y[S.PermissiveTwoCalcium] + y[S.CrossBridgePreStroke] + y[S.CrossBridgePostStroke]));

    /// <summary>
    /// The fiber's total Ca²⁺: free + CaATP + every bound form + the SR's total scaled by the SR/myoplasm volume ratio,
    /// µM of myoplasm. The model conserves it exactly (no membrane flux).
    /// </summary>
    /// <param name="y">A state vector.</param>
    /// <returns>Total Ca²⁺.</returns>
    public double TotalCalciumMicromolar(ReadOnlySpan<double> y) =>
        y[S.CalciumPool] + y[S.ParvalbuminCalcium] + y[S.TroponinCaMgSiteCalcium] + RegulatoryCalciumMicromolar(y)
        + (_c.VolumeRatio * SrTotalCalciumMicromolar(y));

    /// <summary>Total Mg²⁺: free + bound to parvalbumin, TnC III/IV, the regulatory sites and ATP, µM (conserved when Mg²⁺ is dynamic).</summary>
    /// <param name="y">A state vector.</param>
    /// <returns>Total Mg²⁺.</returns>
    public double TotalMagnesiumMicromolar(ReadOnlySpan<double> y) =>
        FreeMagnesiumMicromolar(y) + y[S.ParvalbuminMagnesium] + y[S.TroponinCaMgSiteMagnesium] + y[S.RegulatoryMagnesium] + y[S.RegulatoryCalciumMagnesium] + y[S.AtpMagnesium];

    /// <summary>
    /// The active state: force-bearing cross-bridges A₂ as a fraction of their number at saturating Ca²⁺, the isometric force the
    /// cross-bridges could hold if the series elasticity were taken up (not clamped; tests check that it stays in [0, 1]).
    /// </summary>
    /// <param name="y">A state vector.</param>
    /// <returns>A₂ / A₂,max.</returns>
    public double ForceBearingFraction(ReadOnlySpan<double> y) => y[S.CrossBridgePostStroke] / _c.MaximalForceBearing;

    /// <summary>
    /// Measured tension at the fibre's fixed ends as a fraction of maximal isometric tension (the force at saturating Ca²⁺), unclamped:
    /// the series-elastic dynamics keep it in [0, 1] (tests check), so events and rates can use it as it is.
    /// </summary>
    /// <param name="y">A state vector.</param>
    /// <returns>Tension.</returns>
    public static double UnclampedTension(ReadOnlySpan<double> y) => y[S.Tension];

    /// <summary>
    /// The active state less the tension, A₂/A₂,max − P: positive exactly where tension rises, zero where it turns,
    /// negative where it falls. The tension rate (<see cref="FiberKinetics.TensionRate"/>) is this difference times a
    /// positive scale over a positive denominator, so the two have the same sign everywhere and the same zeros; this one
    /// costs no right-hand side.
    /// </summary>
    /// <param name="y">A state vector.</param>
    /// <returns>A₂/A₂,max − P.</returns>
    internal double TensionDrive(ReadOnlySpan<double> y) => ForceBearingFraction(y) - y[S.Tension];

    /// <summary>
    /// Measured tension as a fraction of maximal isometric tension, in [0, 1] (<see cref="UnclampedTension"/> clamped only against the
    /// solver's round-off).
    /// </summary>
    /// <param name="y">A state vector.</param>
    /// <returns>Tension in [0, 1].</returns>
    /// <remarks>A simulation's <see cref="Contraction.ContractionCurve"/> reads the same component with the same clamp, searched exactly.</remarks>
    public double Tension(ReadOnlySpan<double> y) => Math.Clamp(y[S.Tension], 0, 1);

    /// <summary>SR Ca²⁺ release flux (RyR release plus leak), µM of myoplasm per ms.</summary>
    /// <param name="t">Time, ms.</param>
    /// <param name="y">A state vector.</param>
    /// <returns>The release flux.</returns>
    public double ReleaseFluxMicromolarPerMs(double t, ReadOnlySpan<double> y)
    {
        double ca = FreeCalciumMicromolar(y);
        RyrMagnesium ryr = _c.RyrAt(FreeMagnesiumMicromolar(y));
        double gate = ReleaseWaveform.Gate(t, _pulseTimesMs, _c.ActivationWidth);
        double channel = (gate * _c.StimulusPermeability * ryr.StimulusFactor) + FiberKinetics.UnstimulatedPermeability(_c, ca, ryr);
        return (((1 - y[S.ReleaseInactivation]) * channel) + _c.LeakPermeability) * (y[S.SrFreeCalcium] - ca);
    }

    /// <summary>SERCA uptake flux, µM of myoplasm per ms.</summary>
    /// <param name="y">A state vector.</param>
    /// <returns>The uptake flux.</returns>
    public double UptakeFluxMicromolarPerMs(ReadOnlySpan<double> y) =>
        FiberKinetics.Uptake(_c, FreeCalciumMicromolar(y), _c.SercaFactorAt(FreeMagnesiumMicromolar(y)));

    /// <summary>The stimulus gate R(t) ∈ [0, 1] of the release waveform.</summary>
    /// <param name="t">Time, ms.</param>
    /// <returns>R(t).</returns>
    public double StimulusGate(double t) => ReleaseWaveform.Gate(t, _pulseTimesMs, _c.ActivationWidth);

    /// <summary>The fractions of a pool's sites that hold Ca²⁺ and Mg²⁺.</summary>
    /// <param name="y">A state vector.</param>
    /// <param name="site">The pool.</param>
    /// <returns>The occupancy.</returns>
    public SiteOccupancy Occupancy(ReadOnlySpan<double> y, BindingSite site) => Occupancy(y, site, FreeCalciumMicromolar(y));

    /// <summary>The occupancy of a pool, given the state's free Ca²⁺ (<see cref="FreeCalciumMicromolar"/>), for callers that already have it.</summary>
    /// <param name="y">A state vector.</param>
    /// <param name="site">The pool.</param>
    /// <param name="freeCalcium">FreeCalciumMicromolar(y).</param>
    /// <returns>The occupancy.</returns>
    internal SiteOccupancy Occupancy(ReadOnlySpan<double> y, BindingSite site, double freeCalcium) => site switch
    {
        BindingSite.Parvalbumin => new(y[S.ParvalbuminCalcium] / _c.ParvalbuminTotal, y[S.ParvalbuminMagnesium] / _c.ParvalbuminTotal),
        BindingSite.TroponinCaMgSites => new(y[S.TroponinCaMgSiteCalcium] / _c.TncTotal, y[S.TroponinCaMgSiteMagnesium] / _c.TncTotal),
        BindingSite.RegulatorySites => new(RegulatoryCalciumMicromolar(y) / (2 * _c.TroponinTotal), (y[S.RegulatoryMagnesium] + y[S.RegulatoryCalciumMagnesium]) / (2 * _c.TroponinTotal)),
        BindingSite.Atp => new((y[S.CalciumPool] - freeCalcium) / _c.AtpTotal, y[S.AtpMagnesium] / _c.AtpTotal),
        _ => throw new ArgumentOutOfRangeException(nameof(site), site, $"{nameof(site)} must be one of {string.Join(", ", Enum.GetNames<BindingSite>())}, but was {site}."),
    };
    /// <summary>
    /// Steady-state tension (fraction of maximal) with free Ca²⁺ held at <paramref name="freeCalciumMicromolar"/> and Mg²⁺ at the fiber's value:
    /// the force–pCa relation of a skinned fiber, from the regulatory chain alone (release, pumps and buffers play no part). The model has one
    /// myofilament for intact and skinned fibres (docs/model.md says what that costs).
    /// </summary>
    /// <param name="freeCalciumMicromolar">Free Ca²⁺, µM (at least 0).</param>
    /// <returns>Tension in [0, 1].</returns>
    public double SteadyStateTension(double freeCalciumMicromolar)
    {
        IonSim.Internal.Preconditions.NonNegativeFinite(freeCalciumMicromolar, nameof(freeCalciumMicromolar));
        Span<double> y = stackalloc double[S.Count];
        RegulatoryChain.SteadyState(_c, freeCalciumMicromolar, _c.Seen(_c.RegulatoryMagnesiumOn, _c.ClampedMagnesium), y);
        return Math.Clamp(ForceBearingFraction(y), 0, 1);
    }
}
