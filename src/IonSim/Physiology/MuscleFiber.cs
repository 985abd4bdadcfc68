using IonSim.Integration;
using S = IonSim.Physiology.StateIndex;

namespace IonSim.Physiology;

/// <summary>
/// A fast-twitch skeletal muscle fiber as an ODE system: one myoplasmic and one SR compartment, Ca²⁺ and Mg²⁺ competing
/// by mass action for parvalbumin, troponin C's Ca²⁺/Mg²⁺ sites, ATP and troponin's regulatory sites, stimulus-driven
/// and Ca²⁺-induced release through RyR1 with Mg²⁺ inhibition and Ca²⁺-dependent inactivation, SERCA uptake, calsequestrin,
/// Shorten et al.'s (2007) regulatory units and cross-bridge cycle with cooperative activation, and a series-elastic element between
/// the cross-bridges and measured tension. Time in ms, concentrations in µM (state layout: <see cref="StateIndex"/>).
/// </summary>
/// <remarks>
/// The equations are in docs/model.md. The fiber is immutable and <see cref="Derivatives"/> does not allocate, so one
/// instance may be shared by concurrent solves. Start a simulation from <see cref="InitialState"/> (the computed rest)
/// and give the integrator <see cref="Breakpoints"/>.
/// </remarks>
public sealed partial class MuscleFiber : IOdeSystem
{
    private readonly FiberConstants _c;
    private readonly double[] _pulseTimesMs;

    /// <summary>Creates the fiber for a parameter set and a stimulus protocol.</summary>
    /// <param name="parameters">The fiber's parameters.</param>
    /// <param name="protocol">When it is stimulated.</param>
    public MuscleFiber(FiberParameters parameters, StimulusProtocol protocol)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(protocol);
        Parameters = parameters;
        Protocol = protocol;
        _c = new FiberConstants(parameters);
        _pulseTimesMs = [.. protocol.PulseTimesMs];
        Breakpoints = protocol.Edges(parameters.Release.ActivationWidthMs);
    }

    /// <summary>The parameters.</summary>
    public FiberParameters Parameters { get; }

    /// <summary>The constants derived from <see cref="Parameters"/> (for the rest state, which needs them and a fiber).</summary>
    internal ref readonly FiberConstants Constants => ref _c;

    /// <summary>The stimulus protocol.</summary>
    public StimulusProtocol Protocol { get; }

    /// <summary>The times where the right-hand side changes form (every pulse and its waveform's end), ms, sorted.</summary>
    public IReadOnlyList<double> Breakpoints { get; }

    /// <inheritdoc/>
    public int Dimension => S.Count;

    /// <summary>The fiber's computed resting state for its parameters (a new array each call).</summary>
    /// <returns>The state vector at rest.</returns>
    /// <exception cref="NoRestStateException">The parameters have no stable rest.</exception>
    public double[] InitialState() => RestState.Compute(Parameters).ToArray();

    /// <inheritdoc/>
    public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        ref readonly FiberConstants c = ref _c;
        if (y.Length != S.Count || dydt.Length < S.Count)
        {
            throw new ArgumentException($"The fiber has {S.Count} state components, but y has {y.Length} and dydt {dydt.Length}.");
        }

        double mgFree = c.DynamicMagnesium ? y[S.FreeMagnesium] : c.ClampedMagnesium;

        // Myoplasmic Ca²⁺: the pool splits into free Ca²⁺ and CaATP at Ca–ATP equilibrium.
        double mgAtp = y[S.AtpMagnesium];
        double atpNotMg = c.AtpTotal - mgAtp;
        double ca = FiberKinetics.FreeCalcium(y[S.CalciumPool], atpNotMg, c.AtpCaDissociation);
        double atpFree = atpNotMg - (y[S.CalciumPool] - ca);

        // Competitive buffers: each on-flux uses the Mg²⁺ its switch lets it see.
        double parvFree = c.ParvalbuminTotal - y[S.ParvalbuminCalcium] - y[S.ParvalbuminMagnesium];
        double jParvCa = (c.ParvalbuminCaOn * ca * parvFree) - (c.ParvalbuminCaOff * y[S.ParvalbuminCalcium]);
        double jParvMg = (c.ParvalbuminMgOn * c.Seen(c.ParvalbuminMagnesiumOn, mgFree) * parvFree) - (c.ParvalbuminMgOff * y[S.ParvalbuminMagnesium]);

        double tncFree = c.TncTotal - y[S.TroponinCaMgSiteCalcium] - y[S.TroponinCaMgSiteMagnesium];
        double jTncCa = (c.TncCaOn * ca * tncFree) - (c.TncCaOff * y[S.TroponinCaMgSiteCalcium]);
        double jTncMg = (c.TncMgOn * c.Seen(c.TroponinCaMgMagnesiumOn, mgFree) * tncFree) - (c.TncMgOff * y[S.TroponinCaMgSiteMagnesium]);

        double jAtpMg = (c.AtpMgOn * c.Seen(c.AtpMagnesiumOn, mgFree) * atpFree) - (c.AtpMgOff * mgAtp);

        // Regulatory units and cross-bridges (Shorten et al. 2007), plus Mg²⁺ on the empty unit.
        double caT = y[S.RegulatoryOneCalcium], caCaT = y[S.RegulatoryTwoCalcium], mgT = y[S.RegulatoryMagnesium], caMgT = y[S.RegulatoryCalciumMagnesium];
        double d0 = y[S.PermissiveNoCalcium], d1 = y[S.PermissiveOneCalcium], d2 = y[S.PermissiveTwoCalcium];
        double a1 = y[S.CrossBridgePreStroke], a2 = y[S.CrossBridgePostStroke];
        double t0 = c.TroponinTotal - caT - caCaT - mgT - caMgT - d0 - d1 - d2 - a1 - a2;
        double jT1 = (c.TroponinCaOn * ca * t0) - (c.TroponinCaOff * caT);          // T₀ → CaT
        double jT2 = (c.TroponinCaOn * ca * caT) - (c.TroponinCaOff * caCaT);       // CaT → CaCaT
        double mgRegulatory = c.Seen(c.RegulatoryMagnesiumOn, mgFree);
        double jTMg = (c.TroponinMgOn * mgRegulatory * t0) - (c.TroponinMgOff * mgT);            // Mg²⁺ takes site 1 of T₀
        double jCaTMg = (c.TroponinMgOn * mgRegulatory * caT) - (c.TroponinMgOff * caMgT);      // Mg²⁺ takes site 2 of CaT
        double neighbours = FiberKinetics.NeighbourFactor(c, (d0 + d1 + d2 + a1 + a2) * c.InverseTroponinTotal);
        double perNeighbours = 1 / neighbours;
        double permissiveCaOff = c.TroponinCaOff / FiberKinetics.CrossBridgeFactor(c, (a1 + a2) * c.InverseAttachedAtSaturation);
        double jD1 = (c.TroponinCaOn * ca * d0) - (permissiveCaOff * d1);           // D₀ → D₁
        double jD2 = (c.TroponinCaOn * ca * d1) - (permissiveCaOff * d2);           // D₁ → D₂
        double jPermissive = (c.PermissiveOn * neighbours * caCaT) - (c.PermissiveOff * perNeighbours * d2); // CaCaT → D₂
        double emptyOff = c.EmptyPermissiveOff * perNeighbours;
        double jOff0 = emptyOff * d0;                                               // D₀ → T₀
        double jOff1 = emptyOff * d1;                                               // D₁ → CaT
        double jAttach = (c.Attach * d2) - (c.Detach * a1);                         // D₂ → A₁
        double jStroke = (c.PowerStroke * a1) - (c.ReversePowerStroke * a2);        // A₁ → A₂
        double jCycle = c.Cycle * a2;                                               // A₂ → D₂

        // SR fluxes, µM/ms of myoplasm.
        double caSr = y[S.SrFreeCalcium];
        double inactivation = y[S.ReleaseInactivation];
        RyrMagnesium ryr = c.RyrAt(mgFree);
        double gate = ReleaseWaveform.Gate(t, _pulseTimesMs, c.ActivationWidth);
        double channel = (gate * c.StimulusPermeability * ryr.StimulusFactor) + FiberKinetics.UnstimulatedPermeability(c, ca, ryr);
        double release = (((1 - inactivation) * channel) + c.LeakPermeability) * (caSr - ca);
        double uptake = FiberKinetics.Uptake(c, ca, c.SercaFactorAt(mgFree));
        double jCsq = (c.CsqOn * caSr * (c.CsqTotal - y[S.CalsequestrinCalcium])) - (c.CsqOff * y[S.CalsequestrinCalcium]);

        dydt[S.CalciumPool] = release - uptake - jParvCa - jTncCa - jT1 - jT2 - jD1 - jD2;
        dydt[S.FreeMagnesium] = c.DynamicMagnesium ? -(jParvMg + jTncMg + jAtpMg + jTMg + jCaTMg) : 0;
        dydt[S.SrFreeCalcium] = ((uptake - release) * c.InverseVolumeRatio) - jCsq;
        dydt[S.CalsequestrinCalcium] = jCsq;
        dydt[S.ParvalbuminCalcium] = jParvCa;
        dydt[S.ParvalbuminMagnesium] = jParvMg;
        dydt[S.AtpMagnesium] = jAtpMg;
        dydt[S.TroponinCaMgSiteCalcium] = jTncCa;
        dydt[S.TroponinCaMgSiteMagnesium] = jTncMg;
        dydt[S.RegulatoryOneCalcium] = jT1 - jT2 + jOff1 - jCaTMg;
        dydt[S.RegulatoryTwoCalcium] = jT2 - jPermissive;
        dydt[S.RegulatoryMagnesium] = jTMg;
        dydt[S.RegulatoryCalciumMagnesium] = jCaTMg;
        dydt[S.PermissiveNoCalcium] = -jD1 - jOff0;
        dydt[S.PermissiveOneCalcium] = jD1 - jD2 - jOff1;
        dydt[S.PermissiveTwoCalcium] = jD2 + jPermissive - jAttach + jCycle;
        dydt[S.CrossBridgePreStroke] = jAttach - jStroke;
        dydt[S.CrossBridgePostStroke] = jStroke - jCycle;
        dydt[S.ReleaseInactivation] = (FiberKinetics.InactivationOnset(c, ca) * (1 - inactivation)) - (c.InactivationRecovery * inactivation);
        dydt[S.Tension] = FiberKinetics.TensionRate(c, a2 / c.MaximalForceBearing, y[S.Tension]);
    }
}
