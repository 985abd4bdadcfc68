using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.RootFinding;
using S = IonSim.Physiology.StateIndex;

namespace IonSim.Physiology;

/// <summary>
/// The resting steady state of a fiber, computed for its parameters (never copied from a paper's initial values).
/// </summary>
/// <remarks>
/// <para>At rest every binding reaction is at equilibrium, inactivation is at its steady level, troponin's chain is at its
/// steady state, and SERCA uptake balances the SR's outflow. Given free Ca²⁺ all of that is closed-form (or iterated 10×10 linear solves for the cooperative chain),
/// so the rest reduces to one equation in free Ca²⁺: the SR total (<see cref="RestCondition.SrLoadFixed"/>) or the fiber's
/// total Ca²⁺ (<see cref="RestCondition.TotalCalciumFixed"/>) equals its target. It is solved by Brent's method in log(Ca)
/// after a scan from 10⁻⁵ to 10³ µM that brackets every root.</para>
/// <para>Each root is then checked for stability with the eigenvalues of a finite-difference Jacobian; the lowest stable
/// root is the rest. When there is no root, or none is stable, <see cref="NoRestStateException"/> says why.</para>
/// </remarks>
public sealed class RestState
{
    /// <summary>Largest eigenvalue real part (ms⁻¹) still counted as stable: slower growth than e-fold in 100 s cannot matter to a twitch.</summary>
    public const double StabilityTolerancePerMs = 1e-5;

    private const double LowestCalciumMicromolar = 1e-5;
    private const double HighestCalciumMicromolar = 1e3;
    private const int ScanPoints = 400;

    private readonly double[] _state;

    private RestState(MuscleFiber fiber, double[] state, double growthRate)
    {
        Parameters = fiber.Parameters;
        _state = state;
        LargestGrowthRatePerMs = growthRate;
        FreeCalciumMicromolar = fiber.FreeCalciumMicromolar(state);
        SrTotalCalciumMicromolar = fiber.SrTotalCalciumMicromolar(state);
        FiberTotalCalciumMicromolar = fiber.TotalCalciumMicromolar(state);
        Tension = fiber.Tension(state);
    }

    /// <summary>The parameters the rest was computed for.</summary>
    public FiberParameters Parameters { get; }

    /// <summary>The state vector at rest (layout: <see cref="StateIndex"/>).</summary>
    public IReadOnlyList<double> State => _state;

    /// <summary>Resting free Ca²⁺, µM.</summary>
    public double FreeCalciumMicromolar { get; }

    /// <summary>Resting SR total Ca²⁺, µM of SR volume.</summary>
    public double SrTotalCalciumMicromolar { get; }

    /// <summary>The fiber's total Ca²⁺ at rest, µM of myoplasm.</summary>
    public double FiberTotalCalciumMicromolar { get; }

    /// <summary>Resting tension, fraction of maximal.</summary>
    public double Tension { get; }

    /// <summary>The largest real part of the Jacobian's eigenvalues at the rest, ms⁻¹ (≤ <see cref="StabilityTolerancePerMs"/>).</summary>
    public double LargestGrowthRatePerMs { get; }

    /// <summary>A copy of the state vector.</summary>
    /// <returns>A new array.</returns>
    public double[] ToArray() => (double[])_state.Clone();

    /// <summary>Computes the rest for <paramref name="parameters"/>, holding fixed what <see cref="FiberParameters.RestCondition"/> says.</summary>
    /// <param name="parameters">The fiber.</param>
    /// <returns>The rest.</returns>
    /// <exception cref="NoRestStateException">No balance point exists, or none is stable.</exception>
    public static RestState Compute(FiberParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        // One unstimulated fibre serves the scan's constants, the stability check and the rest's observables (each
        // FiberConstants solves the chain at saturating Ca²⁺ to scale tension, so building one per use cost three solves).
        var fiber = new MuscleFiber(parameters, StimulusProtocol.None(1));
        FiberConstants c = fiber.Constants;
        bool srFixed = parameters.RestCondition == RestCondition.SrLoadFixed;
        double target = srFixed ? parameters.SrTotalCalciumMicromolar : parameters.FiberTotalCalciumMicromolar;
        var state = new double[S.Count];

        // The SR's load does not depend on troponin's chain (only free Ca²⁺ and Mg²⁺ set uptake and outflow), so with the
        // load fixed the scan skips the chain's iterated solves, which were most of its cost; the residual is the same.
        double Residual(double logCa)
        {
            Balance(c, Math.Exp(logCa), state, withChain: !srFixed);
            return (srFixed ? state[S.SrFreeCalcium] + state[S.CalsequestrinCalcium] : TotalCalcium(c, state)) - target;
        }

        double lo = Math.Log(LowestCalciumMicromolar), hi = Math.Log(HighestCalciumMicromolar);
        double step = (hi - lo) / ScanPoints;
        double previous = Residual(lo);
        var unstable = new List<(double Ca, double Growth)>();
        bool anyRoot = false;
        bool anyAboveTarget = previous > 0, anyBelowTarget = previous < 0;
        for (int i = 1; i <= ScanPoints; i++)
        {
            double x = lo + (i * step);
            double current = Residual(x);
            anyAboveTarget |= current > 0;
            anyBelowTarget |= current < 0;
            if (Math.Sign(previous) != Math.Sign(current) && double.IsFinite(previous) && double.IsFinite(current))
            {
                anyRoot = true;
                double root = Brent.FindRoot(Residual, x - step, x, 1e-13, 200);
                var rest = new double[S.Count];
                Balance(c, Math.Exp(root), rest);
                double growth = LargestGrowthRate(fiber, rest);
                if (growth <= StabilityTolerancePerMs)
                {
                    return new RestState(fiber, rest, growth);
                }

                unstable.Add((Math.Exp(root), growth));
            }

            previous = current;
        }

        string what = srFixed
            ? $"an SR total Ca²⁺ of {Format(target)} µM (SR volume)"
            : $"a fiber total Ca²⁺ of {Format(target)} µM";
        string mg = $"free Mg²⁺ {Format(parameters.FreeMagnesiumMillimolar)} mM";
        if (!anyRoot)
        {
            throw new NoRestStateException($"No resting state with {what} at {mg}: {NoBalanceReason(anyAboveTarget, anyBelowTarget)}");
        }

        string points = string.Join("; ", unstable.Select(u => $"{Format(u.Ca)} µM (grows at {Format(u.Growth)} ms⁻¹)"));
        throw new NoRestStateException(
            $"No stable resting state with {what} at {mg}: uptake balances release only at free Ca²⁺ {points}, and release runs away from each.");
    }

    /// <summary>Why no free Ca²⁺ in the scanned range balances the load, from the side the load stayed on.</summary>
    private static string NoBalanceReason(bool anyAboveTarget, bool anyBelowTarget)
    {
        string range = $"at every free Ca²⁺ from {Format(LowestCalciumMicromolar)} to {Format(HighestCalciumMicromolar)} µM";
        return (anyAboveTarget, anyBelowTarget) switch
        {
            // Even the lowest Ca²⁺ pumps more into the SR than its outflow can return at that load.
            (true, false) => $"SERCA uptake outpaces the SR's outflow {range}, so the store would fill beyond that load. " +
                "Lower SERCA's rate, raise the load, or strengthen resting release or the leak.",
            (false, true) => $"the SR's outflow outpaces SERCA uptake {range}, so the store would empty into the myoplasm. " +
                "Raise Mg²⁺, lower the load, or weaken resting/Ca²⁺-induced release.",
            _ => $"the balance of uptake and outflow could not be evaluated {range} (a parameter is probably far outside its physical range).",
        };
    }

    /// <summary>
    /// Fills every component at rest for a given free Ca²⁺, SR contents included (from SERCA = outflow); without
    /// <paramref name="withChain"/>, all but troponin's regulatory chain and the tension it sets.
    /// </summary>
    internal static void Balance(in FiberConstants c, double ca, Span<double> y, bool withChain = true)
    {
        double mg = c.ClampedMagnesium;
        y[S.FreeMagnesium] = mg;

        Competitive(ca, c.Seen(c.ParvalbuminMagnesiumOn, mg), c.ParvalbuminTotal, c.ParvalbuminCaOff / c.ParvalbuminCaOn, c.ParvalbuminMgOff / c.ParvalbuminMgOn, out y[S.ParvalbuminCalcium], out y[S.ParvalbuminMagnesium]);
        Competitive(ca, c.Seen(c.TroponinCaMgMagnesiumOn, mg), c.TncTotal, c.TncCaOff / c.TncCaOn, c.TncMgOff / c.TncMgOn, out y[S.TroponinCaMgSiteCalcium], out y[S.TroponinCaMgSiteMagnesium]);
        Competitive(ca, c.Seen(c.AtpMagnesiumOn, mg), c.AtpTotal, c.AtpCaDissociation, c.AtpMgOff / c.AtpMgOn, out double caAtp, out y[S.AtpMagnesium]);
        y[S.CalciumPool] = ca + caAtp;

        if (withChain)
        {
            RegulatoryChain.SteadyState(c, ca, c.Seen(c.RegulatoryMagnesiumOn, mg), y);
            y[S.Tension] = y[S.CrossBridgePostStroke] / c.MaximalForceBearing;
        }

        double onset = FiberKinetics.InactivationOnset(c, ca);
        double inactivation = onset / (onset + c.InactivationRecovery);
        y[S.ReleaseInactivation] = inactivation;

        double outflowPermeability = ((1 - inactivation) * FiberKinetics.UnstimulatedPermeability(c, ca, c.RyrAt(mg))) + c.LeakPermeability;
        double uptake = FiberKinetics.Uptake(c, ca, c.SercaFactorAt(mg));
        double caSr = outflowPermeability > 0 ? ca + (uptake / outflowPermeability) : double.PositiveInfinity;
        y[S.SrFreeCalcium] = caSr;
        y[S.CalsequestrinCalcium] = double.IsFinite(caSr) ? c.CsqTotal * caSr / ((c.CsqOff / c.CsqOn) + caSr) : c.CsqTotal;
    }

    private static void Competitive(double ca, double mg, double total, double kCa, double kMg, out double caBound, out double mgBound)
    {
        double denominator = 1 + (ca / kCa) + (mg / kMg);
        caBound = total * (ca / kCa) / denominator;
        mgBound = total * (mg / kMg) / denominator;
    }

    private static double TotalCalcium(in FiberConstants c, ReadOnlySpan<double> y) =>
        y[S.CalciumPool] + y[S.ParvalbuminCalcium] + y[S.TroponinCaMgSiteCalcium] + MuscleFiber.RegulatoryCalciumMicromolar(y)
        + (c.VolumeRatio * (y[S.SrFreeCalcium] + y[S.CalsequestrinCalcium]));

    private static double LargestGrowthRate(MuscleFiber fiber, double[] rest)
    {
        int n = S.Count;
        var jacobian = Matrix<double>.Build.Dense(n, n);
        var plus = new double[n];
        var minus = new double[n];
        var y = (double[])rest.Clone();
        for (int j = 0; j < n; j++)
        {
            double h = 1e-6 * Math.Max(Math.Abs(rest[j]), 1e-3);
            y[j] = rest[j] + h;
            fiber.Derivatives(0, y, plus);
            y[j] = rest[j] - h;
            fiber.Derivatives(0, y, minus);
            y[j] = rest[j];
            for (int i = 0; i < n; i++)
            {
                jacobian[i, j] = (plus[i] - minus[i]) / (2 * h);
            }
        }

        return jacobian.Evd().EigenValues.Max(e => e.Real);
    }

    private static string Format(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
