using IonSim.Integration;
using S = IonSim.Physiology.StateIndex;

namespace IonSim.Physiology;

/// <content>The fiber's analytic Jacobian, for the stiff method (<see cref="IJacobianSystem"/>).</content>
public sealed partial class MuscleFiber : IJacobianSystem
{
    /// <summary>
    /// The entries of ∂f/∂y that can be non-zero for this fiber (its parameters decide which couplings exist: a
    /// clamped Mg²⁺ has none, a protocol without pulses no release), for the stiff methods' sparse factorisation:
    /// about 100 of the 400 entries, whose LU over a minimum-degree order costs a fraction of a dense one.
    /// </summary>
    /// <remarks>
    /// Found by evaluating <see cref="Jacobian"/> at three states spread around <paramref name="state"/> (each
    /// component scaled by a factor in [0.5, 1.5) and raised by a small positive amount, so that no product or
    /// branch that depends on a component being positive vanishes), once inside the first stimulus and once
    /// outside it, and keeping every entry that is non-zero in any of them. A test holds it to cover the Jacobian
    /// along twitches and trains of every preset.
    /// </remarks>
    /// <param name="state">A state of this fiber (the rest it starts from).</param>
    /// <returns>The pattern.</returns>
    internal JacobianSparsity Sparsity(ReadOnlySpan<double> state)
    {
        const int n = S.Count;
        var random = new Random(20_261_127);
        double[] y = new double[n];
        double[] dfdy = new double[n * n];
        double[] dfdt = new double[n];
        bool[] seen = new bool[n * n];
        double inside = _pulseTimesMs.Length == 0 ? 0 : _pulseTimesMs[0] + (0.5 * Parameters.Release.ActivationWidthMs);
        double outside = _pulseTimesMs.Length == 0 ? 0 : _pulseTimesMs[0] - 1;
        for (int sample = 0; sample < 3; sample++)
        {
            for (int i = 0; i < n; i++)
            {
                y[i] = (state[i] * (0.5 + random.NextDouble())) + (1e-3 * (0.5 + random.NextDouble()));
            }

            foreach (double t in new[] { inside, outside })
            {
                Array.Clear(dfdy);
                Jacobian(t, y, dfdy, dfdt);
                for (int k = 0; k < dfdy.Length; k++)
                {
                    seen[k] |= dfdy[k] != 0;
                }
            }
        }

        var entries = new List<(int Row, int Column)>();
        for (int k = 0; k < seen.Length; k++)
        {
            if (seen[k])
            {
                entries.Add((k / n, k % n));
            }
        }

        return new JacobianSparsity(n, entries);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Differentiates <see cref="Derivatives"/> flux by flux: each flux's gradient is built on the stack,
    /// then added to the rows of the states it moves, with the signs <see cref="Derivatives"/> uses.
    /// Free Ca²⁺ at Ca–ATP equilibrium is differentiated implicitly. A test holds it to finite
    /// differences at random states; a change to <see cref="Derivatives"/> must be made here too.
    /// </remarks>
    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> dfdy, Span<double> dfdt)
    {
        ref readonly FiberConstants c = ref _c;
        const int n = S.Count;
        if (y.Length != n || dfdy.Length < n * n || dfdt.Length < n)
        {
            throw new ArgumentException($"The fiber has {n} state components, but y has {y.Length}, dfdy {dfdy.Length} and dfdt {dfdt.Length} entries.");
        }

        double mgFree = c.DynamicMagnesium ? y[S.FreeMagnesium] : c.ClampedMagnesium;
        Span<double> dMg = stackalloc double[n];
        dMg.Clear();
        if (c.DynamicMagnesium)
        {
            dMg[S.FreeMagnesium] = 1;
        }

        // Free Ca²⁺ solves ca² + b·ca − K·pool = 0 with b = K + atpNotMg − pool: implicit derivatives.
        double mgAtp = y[S.AtpMagnesium];
        double atpNotMg = c.AtpTotal - mgAtp;
        double ca = FiberKinetics.FreeCalcium(y[S.CalciumPool], atpNotMg, c.AtpCaDissociation);
        double b = c.AtpCaDissociation + atpNotMg - y[S.CalciumPool];
        double denominator = (2 * ca) + b;
        Span<double> dCa = stackalloc double[n];
        dCa.Clear();
        dCa[S.CalciumPool] = (ca + c.AtpCaDissociation) / denominator;
        dCa[S.AtpMagnesium] = ca / denominator;
        double atpFree = atpNotMg - (y[S.CalciumPool] - ca);
        Span<double> dAtpFree = stackalloc double[n];
        Copy(dCa, dAtpFree, 1);
        dAtpFree[S.CalciumPool] -= 1;
        dAtpFree[S.AtpMagnesium] -= 1;

        Span<double> g = stackalloc double[n];

        // Competitive buffers: parvalbumin and troponin C's Ca²⁺/Mg²⁺ sites.
        CompetitiveSite(c, y, dCa, dMg, ca, mgFree, g, dfdy, new(c.ParvalbuminTotal, c.ParvalbuminCaOn, c.ParvalbuminCaOff, c.ParvalbuminMgOn, c.ParvalbuminMgOff, c.ParvalbuminMagnesiumOn), S.ParvalbuminCalcium, S.ParvalbuminMagnesium);
        CompetitiveSite(c, y, dCa, dMg, ca, mgFree, g, dfdy, new(c.TncTotal, c.TncCaOn, c.TncCaOff, c.TncMgOn, c.TncMgOff, c.TroponinCaMgMagnesiumOn), S.TroponinCaMgSiteCalcium, S.TroponinCaMgSiteMagnesium);

        double seenAtp = c.Seen(c.AtpMagnesiumOn, mgFree);
        Start(g, dMg, c.AtpMagnesiumOn ? c.AtpMgOn * atpFree : 0);
        Accumulate(g, dAtpFree, c.AtpMgOn * seenAtp);
        g[S.AtpMagnesium] -= c.AtpMgOff;
        AddMagnesium(c, g, dfdy);
        Add(g, dfdy, 1, S.AtpMagnesium);

        // Regulatory units and cross-bridges.
        double caT = y[S.RegulatoryOneCalcium], caCaT = y[S.RegulatoryTwoCalcium];
        double d0 = y[S.PermissiveNoCalcium], d1 = y[S.PermissiveOneCalcium], d2 = y[S.PermissiveTwoCalcium];
        double a1 = y[S.CrossBridgePreStroke], a2 = y[S.CrossBridgePostStroke];
        double t0 = c.TroponinTotal - caT - caCaT - y[S.RegulatoryMagnesium] - y[S.RegulatoryCalciumMagnesium] - d0 - d1 - d2 - a1 - a2;
        Span<double> dT0 = stackalloc double[n];
        dT0.Clear();
        for (int k = S.RegulatoryOneCalcium; k <= S.CrossBridgePostStroke; k++)
        {
            dT0[k] = -1;
        }

        // T₀ → CaT, CaT → CaCaT.
        Start(g, dCa, c.TroponinCaOn * t0);
        Accumulate(g, dT0, c.TroponinCaOn * ca);
        g[S.RegulatoryOneCalcium] -= c.TroponinCaOff;
        Add(g, dfdy, -1, S.CalciumPool);
        Add(g, dfdy, 1, S.RegulatoryOneCalcium);

        Start(g, dCa, c.TroponinCaOn * caT);
        g[S.RegulatoryOneCalcium] += c.TroponinCaOn * ca;
        g[S.RegulatoryTwoCalcium] -= c.TroponinCaOff;
        Add(g, dfdy, -1, S.CalciumPool);
        Add(g, dfdy, -1, S.RegulatoryOneCalcium);
        Add(g, dfdy, 1, S.RegulatoryTwoCalcium);

        // Mg²⁺ on site 1 of T₀ and site 2 of CaT.
        double mgRegulatory = c.Seen(c.RegulatoryMagnesiumOn, mgFree);
        double dSeenRegulatory = c.RegulatoryMagnesiumOn ? 1 : 0;
        Start(g, dMg, c.TroponinMgOn * t0 * dSeenRegulatory);
        Accumulate(g, dT0, c.TroponinMgOn * mgRegulatory);
        g[S.RegulatoryMagnesium] -= c.TroponinMgOff;
        AddMagnesium(c, g, dfdy);
        Add(g, dfdy, 1, S.RegulatoryMagnesium);

        Start(g, dMg, c.TroponinMgOn * caT * dSeenRegulatory);
        g[S.RegulatoryOneCalcium] += c.TroponinMgOn * mgRegulatory;
        g[S.RegulatoryCalciumMagnesium] -= c.TroponinMgOff;
        AddMagnesium(c, g, dfdy);
        Add(g, dfdy, -1, S.RegulatoryOneCalcium);
        Add(g, dfdy, 1, S.RegulatoryCalciumMagnesium);

        // Cooperativity: the neighbour factor on every permissive unit, the cross-bridge factor on Ca²⁺ off-rates.
        double permissiveTotal = d0 + d1 + d2 + a1 + a2;
        double neighbours = FiberKinetics.NeighbourFactor(c, permissiveTotal / c.TroponinTotal);
        double dNeighbours = c.NeighbourCooperativity / c.TroponinTotal; // per permissive state
        double crossBridge = FiberKinetics.CrossBridgeFactor(c, (a1 + a2) / c.AttachedAtSaturation);
        double permissiveCaOff = c.TroponinCaOff / crossBridge;
        double dOff = -permissiveCaOff / crossBridge * c.CrossBridgeCooperativity / c.AttachedAtSaturation; // per attached state

        // D₀ → D₁ and D₁ → D₂.
        Start(g, dCa, c.TroponinCaOn * d0);
        g[S.PermissiveNoCalcium] += c.TroponinCaOn * ca;
        g[S.PermissiveOneCalcium] -= permissiveCaOff;
        g[S.CrossBridgePreStroke] -= d1 * dOff;
        g[S.CrossBridgePostStroke] -= d1 * dOff;
        Add(g, dfdy, -1, S.CalciumPool);
        Add(g, dfdy, -1, S.PermissiveNoCalcium);
        Add(g, dfdy, 1, S.PermissiveOneCalcium);

        Start(g, dCa, c.TroponinCaOn * d1);
        g[S.PermissiveOneCalcium] += c.TroponinCaOn * ca;
        g[S.PermissiveTwoCalcium] -= permissiveCaOff;
        g[S.CrossBridgePreStroke] -= d2 * dOff;
        g[S.CrossBridgePostStroke] -= d2 * dOff;
        Add(g, dfdy, -1, S.CalciumPool);
        Add(g, dfdy, -1, S.PermissiveOneCalcium);
        Add(g, dfdy, 1, S.PermissiveTwoCalcium);

        // CaCaT → D₂ (on-rate × neighbours, off-rate ÷ neighbours).
        double dPermissiveDn = (c.PermissiveOn * caCaT) + (c.PermissiveOff * d2 / (neighbours * neighbours));
        Permissive(g, dPermissiveDn * dNeighbours);
        g[S.RegulatoryTwoCalcium] += c.PermissiveOn * neighbours;
        g[S.PermissiveTwoCalcium] -= c.PermissiveOff / neighbours;
        Add(g, dfdy, -1, S.RegulatoryTwoCalcium);
        Add(g, dfdy, 1, S.PermissiveTwoCalcium);

        // D₀ → T₀ and D₁ → CaT.
        double emptyOff = c.EmptyPermissiveOff / neighbours;
        Permissive(g, -emptyOff / neighbours * d0 * dNeighbours);
        g[S.PermissiveNoCalcium] += emptyOff;
        Add(g, dfdy, -1, S.PermissiveNoCalcium);

        Permissive(g, -emptyOff / neighbours * d1 * dNeighbours);
        g[S.PermissiveOneCalcium] += emptyOff;
        Add(g, dfdy, 1, S.RegulatoryOneCalcium);
        Add(g, dfdy, -1, S.PermissiveOneCalcium);

        // D₂ → A₁ → A₂ → D₂.
        g.Clear();
        g[S.PermissiveTwoCalcium] = c.Attach;
        g[S.CrossBridgePreStroke] = -c.Detach;
        Add(g, dfdy, -1, S.PermissiveTwoCalcium);
        Add(g, dfdy, 1, S.CrossBridgePreStroke);

        g.Clear();
        g[S.CrossBridgePreStroke] = c.PowerStroke;
        g[S.CrossBridgePostStroke] = -c.ReversePowerStroke;
        Add(g, dfdy, -1, S.CrossBridgePreStroke);
        Add(g, dfdy, 1, S.CrossBridgePostStroke);

        g.Clear();
        g[S.CrossBridgePostStroke] = c.Cycle;
        Add(g, dfdy, -1, S.CrossBridgePostStroke);
        Add(g, dfdy, 1, S.PermissiveTwoCalcium);

        SrFluxes(t, y, ca, mgFree, dCa, dMg, g, dfdy, dfdt);

        // Tension relaxes towards the active state through the series-elastic element.
        double active = a2 / c.MaximalForceBearing, tension = y[S.Tension];
        double d = Math.Max(tension, 0) + (c.HillCurvatureRatio * Math.Max(active, 0)) + c.RegularisationForceFraction;
        double dActive = c.TensionRateScale * (d - ((active - tension) * (active > 0 ? c.HillCurvatureRatio : 0))) / (d * d);
        double dTension = c.TensionRateScale * (-d - ((active - tension) * (tension > 0 ? 1 : 0))) / (d * d);
        dfdy[(S.Tension * n) + S.CrossBridgePostStroke] += dActive / c.MaximalForceBearing;
        dfdy[(S.Tension * n) + S.Tension] += dTension;
    }

    // Release through RyR1, SERCA uptake, calsequestrin, and release inactivation.
    private void SrFluxes(
        double t, ReadOnlySpan<double> y, double ca, double mgFree, ReadOnlySpan<double> dCa, ReadOnlySpan<double> dMg, Span<double> g, Span<double> dfdy, Span<double> dfdt)
    {
        ref readonly FiberConstants c = ref _c;
        double caSr = y[S.SrFreeCalcium];
        double inactivation = y[S.ReleaseInactivation];
        double mgRyr = c.Seen(c.RyrMagnesiumOn, mgFree);
        RyrMagnesium ryr = c.RyrAt(mgFree);
        double dSeenRyr = c.RyrMagnesiumOn ? 1 : 0;
        double gate = ReleaseWaveform.Gate(t, _pulseTimesMs, c.ActivationWidth);
        double gateRate = _pulseTimesMs.Length == 0 ? 0 : ReleaseWaveform.GateRate(t, _pulseTimesMs, c.ActivationWidth);
        double stimulusFactor = ryr.StimulusFactor;
        double dStimulusFactor = InhibitionSlope(mgRyr, c.ReferenceMagnesium, c.StimulusMagnesiumHalf, c.MagnesiumHill);

        // Unstimulated permeability: resting (Mg²⁺-inhibited) plus Ca²⁺-induced release.
        double caPos = Math.Max(ca, 0);
        double caA = caPos / c.ActivatingSiteCalcium;
        double activationDen = 1 + caA + ryr.ActivatingSiteTerm;
        double activation = caA / activationDen;
        double inhibition = 1 / (1 + (caPos / c.InhibitorySiteCalcium) + ryr.InhibitorySiteTerm);
        double dActivationCa = ca > 0 ? (1 + ryr.ActivatingSiteTerm) / (c.ActivatingSiteCalcium * activationDen * activationDen) : 0;
        double dActivationMg = -caA / (activationDen * activationDen * c.ActivatingSiteMagnesium);
        double dInhibitionCa = ca > 0 ? -inhibition * inhibition / c.InhibitorySiteCalcium : 0;
        double dInhibitionMg = -inhibition * inhibition / c.InhibitorySiteMagnesium;
        double dRestingMg = c.RestingPermeability * InhibitionSlope(mgRyr, c.ReferenceMagnesium, c.RestingMagnesiumHalf, c.MagnesiumHill);

        double channel = (gate * c.StimulusPermeability * stimulusFactor) + FiberKinetics.UnstimulatedPermeability(c, ca, ryr);
        double dChannelCa = c.CicrPermeability * ((dActivationCa * inhibition) + (activation * dInhibitionCa));
        double dChannelMg = dSeenRyr * ((gate * c.StimulusPermeability * dStimulusFactor) + dRestingMg
            + (c.CicrPermeability * ((dActivationMg * inhibition) + (activation * dInhibitionMg))));

        double open = ((1 - inactivation) * channel) + c.LeakPermeability;
        double gradient = caSr - ca;
        Start(g, dCa, ((1 - inactivation) * dChannelCa * gradient) - open);
        Accumulate(g, dMg, (1 - inactivation) * dChannelMg * gradient);
        g[S.SrFreeCalcium] += open;
        g[S.ReleaseInactivation] -= channel * gradient;
        Add(g, dfdy, 1, S.CalciumPool);
        Add(g, dfdy, -1 / c.VolumeRatio, S.SrFreeCalcium);
        double releaseRate = (1 - inactivation) * gateRate * c.StimulusPermeability * stimulusFactor * gradient;
        dfdt[S.CalciumPool] += releaseRate;
        dfdt[S.SrFreeCalcium] -= releaseRate / c.VolumeRatio;

        // SERCA: Hill in Ca²⁺ times its Mg²⁺ factor.
        double mgSerca = c.Seen(c.SercaMagnesiumOn, mgFree);
        double hill = FiberKinetics.Hill(ca, c.SercaHalf, c.SercaHill);
        double sercaFactor = c.SercaFactorAt(mgFree);
        double dSercaFactor = c.SercaMagnesiumOn && mgSerca > 0
            ? c.SercaMagnesiumHalf / ((c.SercaMagnesiumHalf + mgSerca) * (c.SercaMagnesiumHalf + mgSerca)) * (c.SercaMagnesiumHalf + c.ReferenceMagnesium) / c.ReferenceMagnesium
            : 0;
        Start(g, dCa, c.SercaMaxRate * HillSlope(ca, c.SercaHalf, c.SercaHill) * sercaFactor);
        Accumulate(g, dMg, c.SercaMaxRate * hill * dSercaFactor);
        Add(g, dfdy, -1, S.CalciumPool);
        Add(g, dfdy, 1 / c.VolumeRatio, S.SrFreeCalcium);

        // Calsequestrin.
        g.Clear();
        g[S.SrFreeCalcium] = c.CsqOn * (c.CsqTotal - y[S.CalsequestrinCalcium]);
        g[S.CalsequestrinCalcium] = -(c.CsqOn * caSr) - c.CsqOff;
        Add(g, dfdy, -1, S.SrFreeCalcium);
        Add(g, dfdy, 1, S.CalsequestrinCalcium);

        // Ca²⁺-dependent inactivation of release.
        double onset = FiberKinetics.InactivationOnset(c, ca);
        Start(g, dCa, c.InactivationOnset * HillSlope(ca, c.InactivationHalf, c.InactivationHill) * (1 - inactivation));
        g[S.ReleaseInactivation] -= onset + c.InactivationRecovery;
        Add(g, dfdy, 1, S.ReleaseInactivation);
    }

    // One competitive site's two fluxes, j_Ca = kCa·ca·free − k'Ca·[Ca-site] and
    // j_Mg = kMg·Mg_seen·free − k'Mg·[Mg-site], with free = total − [Ca-site] − [Mg-site].
    private static void CompetitiveSite(
        in FiberConstants c, ReadOnlySpan<double> y, ReadOnlySpan<double> dCa, ReadOnlySpan<double> dMg, double ca, double mgFree,
        Span<double> g, Span<double> dfdy, in SiteRates k, int calciumBound, int magnesiumBound)
    {
        double free = k.Total - y[calciumBound] - y[magnesiumBound];
        Start(g, dCa, k.CalciumOn * free);
        g[calciumBound] -= (k.CalciumOn * ca) + k.CalciumOff;
        g[magnesiumBound] -= k.CalciumOn * ca;
        Add(g, dfdy, -1, S.CalciumPool);
        Add(g, dfdy, 1, calciumBound);

        double seen = c.Seen(k.SeesMagnesium, mgFree);
        Start(g, dMg, k.SeesMagnesium ? k.MagnesiumOn * free : 0);
        g[calciumBound] -= k.MagnesiumOn * seen;
        g[magnesiumBound] -= (k.MagnesiumOn * seen) + k.MagnesiumOff;
        AddMagnesium(c, g, dfdy);
        Add(g, dfdy, 1, magnesiumBound);
    }

    // d/dx of FiberKinetics.Hill(x, half, n).
    private static double HillSlope(double x, double half, double n)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (n == 1)
        {
            return half / ((x + half) * (x + half));
        }

        double r = FiberKinetics.Power(x / half, n);
        return n * r / (x * (1 + r) * (1 + r));
    }

    // d/dmg of FiberKinetics.NormalisedMagnesiumInhibition(mg, reference, half, n).
    private static double InhibitionSlope(double mg, double reference, double half, double n)
    {
        double at = FiberKinetics.Power(mg / half, n);
        if (at <= 0)
        {
            return 0;
        }

        double atReference = FiberKinetics.Power(reference / half, n);
        double dAt = n == 1 ? 1 / half : n * at / mg;
        return -(1 + atReference) * dAt / ((1 + at) * (1 + at));
    }

    // g = scale·source.
    private static void Start(Span<double> g, ReadOnlySpan<double> source, double scale)
    {
        for (int k = 0; k < g.Length; k++)
        {
            g[k] = scale * source[k];
        }
    }

    private static void Copy(ReadOnlySpan<double> source, Span<double> g, double scale) => Start(g, source, scale);

    // g += scale·source.
    private static void Accumulate(Span<double> g, ReadOnlySpan<double> source, double scale)
    {
        for (int k = 0; k < g.Length; k++)
        {
            g[k] += scale * source[k];
        }
    }

    // g = scale on every permissive state (D₀, D₁, D₂, A₁, A₂), 0 elsewhere: a gradient through the neighbour factor.
    private static void Permissive(Span<double> g, double scale)
    {
        g.Clear();
        for (int k = S.PermissiveNoCalcium; k <= S.CrossBridgePostStroke; k++)
        {
            g[k] = scale;
        }
    }

    // Row `row` of the Jacobian gains sign·g: the flux whose gradient is g enters dy[row]/dt with that sign.
    private static void Add(ReadOnlySpan<double> g, Span<double> dfdy, double sign, int row)
    {
        Span<double> r = dfdy.Slice(row * S.Count, S.Count);
        for (int k = 0; k < S.Count; k++)
        {
            r[k] += sign * g[k];
        }
    }

    // Mg²⁺ buffering fluxes leave free Mg²⁺ when it is dynamic (dydt[FreeMagnesium] = −Σ j).
    private static void AddMagnesium(in FiberConstants c, ReadOnlySpan<double> g, Span<double> dfdy)
    {
        if (c.DynamicMagnesium)
        {
            Add(g, dfdy, -1, S.FreeMagnesium);
        }
    }

    private readonly record struct SiteRates(double Total, double CalciumOn, double CalciumOff, double MagnesiumOn, double MagnesiumOff, bool SeesMagnesium);
}
