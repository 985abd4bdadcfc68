using System.Runtime.InteropServices;
using static IonSim.Integration.DormandPrinceTableau;

namespace IonSim.Integration;

/// <summary>
/// The Dormand–Prince 5(4) method as a step method: the seven stage derivatives (the last is f at the
/// new state, reused as the next step's first), the fifth-order solution, the scaled error of the
/// embedded fourth-order one, Hairer's dense output and DOPRI5's stiffness estimate. It knows nothing
/// of output, events or step-size choice.
/// </summary>
/// <remarks>
/// Each stage is one fused pass (<see cref="StageSums"/>) with the tableau's coefficients times h
/// as scalars: the same operations, in the same order, as adding h·a_ij·k_j one stage at a time.
/// Stages with a zero weight are never read (a stale stage from a rejected step may hold NaN).
/// </remarks>
internal struct DormandPrince : IStepMethod<DormandPrince>
{
    private readonly int _n;
    private readonly double[] _k2, _k3, _k4, _k5, _k6;
    private readonly double[] _stage;
    private readonly double[] _newState;
    private readonly double[] _inverseScale;
    private readonly double _inverseN;
    private double[] _k1, _k7;

    private DormandPrince(int dimension)
    {
        _n = dimension;
        _k1 = new double[dimension];
        _k2 = new double[dimension];
        _k3 = new double[dimension];
        _k4 = new double[dimension];
        _k5 = new double[dimension];
        _k6 = new double[dimension];
        _k7 = new double[dimension];
        _stage = new double[dimension];
        _newState = new double[dimension];
        _inverseScale = new double[dimension];
        _inverseN = 1.0 / dimension;
    }

    public static int Order => DormandPrinceTableau.Order;

    // The explicit step is cheap, so the controller's powers are a tenth of a solve on a cheap right-hand side.
    public static bool TablePowers => true;

    public readonly bool FirstSameAsLast => true;

    public readonly bool LastAttemptSingular => false;

    public readonly long JacobianEvaluations => 0;

    public readonly long Factorizations => 0;

    public readonly Span<double> StartDerivative => _k1;

    public readonly Span<double> NewState => _newState;

    public readonly Span<double> EndDerivative => _k7;

    public static DormandPrince Create(int dimension, OdeOptions options) => new(dimension);

    /// <summary>Gets stage derivative k(s+1) (for tests of the formulas).</summary>
    internal readonly ReadOnlySpan<double> Stage(int s) => s switch { 0 => _k1, 1 => _k2, 2 => _k3, 3 => _k4, 4 => _k5, 5 => _k6, _ => _k7 };

    public readonly double Attempt<TSystem>(ref CountedSystem<TSystem> f, double t, ReadOnlySpan<double> y, double h, double endStageTime, ErrorWeights weights)
        where TSystem : IOdeSystem
    {
        int n = _n;
        ref double y0 = ref MemoryMarshal.GetReference(y);
        ref double k1 = ref Start(_k1), k2 = ref Start(_k2), k3 = ref Start(_k3), k4 = ref Start(_k4);
        ref double k5 = ref Start(_k5), k6 = ref Start(_k6), k7 = ref Start(_k7);
        ref double stage = ref Start(_stage);
        ref double yNew = ref Start(_newState);

        StageSums.Sum(n, ref y0, ref stage, h * A21, ref k1);
        f.Derivatives(t + (C2 * h), _stage, _k2);
        StageSums.Sum(n, ref y0, ref stage, h * A31, ref k1, h * A32, ref k2);
        f.Derivatives(t + (C3 * h), _stage, _k3);
        StageSums.Sum(n, ref y0, ref stage, h * A41, ref k1, h * A42, ref k2, h * A43, ref k3);
        f.Derivatives(t + (C4 * h), _stage, _k4);
        StageSums.Sum(n, ref y0, ref stage, h * A51, ref k1, h * A52, ref k2, h * A53, ref k3, h * A54, ref k4);
        f.Derivatives(t + (C5 * h), _stage, _k5);
        StageSums.Sum(n, ref y0, ref stage, h * A61, ref k1, h * A62, ref k2, h * A63, ref k3, h * A64, ref k4, h * A65, ref k5);
        f.Derivatives(endStageTime, _stage, _k6);
        ref double inverseScale = ref Start(_inverseScale);
        StageSums.SumAndInverseScale(
            n, ref y0, ref yNew, h * B1, ref k1, h * B3, ref k3, h * B4, ref k4, h * B5, ref k5, h * B6, ref k6,
            ref Start(weights.Absolute), weights.Relative, ref inverseScale);
        f.Derivatives(endStageTime, _newState, _k7);

        return StageSums.ErrorNorm(
            n, ref yNew, ref inverseScale, _inverseN,
            h * E1, ref k1, h * E3, ref k3, h * E4, ref k4, h * E5, ref k5, h * E6, ref k6, h * E7, ref k7);
    }

    /// <inheritdoc/>
    public void ReuseEndDerivative() => (_k1, _k7) = (_k7, _k1);

    /// <inheritdoc/>
    public readonly void BuildDense(ReadOnlySpan<double> y0, double h, Span<double> coefficients)
    {
        int n = _n;
        Span<double> r1 = coefficients[..n];
        Span<double> r2 = coefficients.Slice(n, n);
        Span<double> r3 = coefficients.Slice(2 * n, n);
        Span<double> r4 = coefficients.Slice(3 * n, n);
        Span<double> r5 = coefficients.Slice(4 * n, n);
        ReadOnlySpan<double> k1 = _k1, k3 = _k3, k4 = _k4, k5 = _k5, k6 = _k6, k7 = _k7, y1 = _newState;
        y0 = y0[..n];
        for (int i = 0; i < n; i++)
        {
            double ydiff = y1[i] - y0[i];
            double bspl = h * k1[i] - ydiff;
            r1[i] = y0[i];
            r2[i] = ydiff;
            r3[i] = bspl;
            r4[i] = ydiff - h * k7[i] - bspl;
            r5[i] = h * (D1 * k1[i] + D3 * k3[i] + D4 * k4[i] + D5 * k5[i] + D6 * k6[i] + D7 * k7[i]);
        }
    }

    /// <summary>
    /// DOPRI5's estimate (Hairer &amp; Wanner, <i>Solving ODEs II</i>, §IV.2) from the last two stages,
    /// which share c = 1: h·‖k7 − k6‖ / ‖y1 − y_stage6‖.
    /// </summary>
    public readonly double StiffnessEstimate(double h)
    {
        ReadOnlySpan<double> k6 = _k6, k7 = _k7, stage = _stage, y1 = _newState;
        double num = 0.0;
        double den = 0.0;
        for (int i = 0; i < _n; i++)
        {
            double dk = k7[i] - k6[i];
            double dy = y1[i] - stage[i];
            num += dk * dk;
            den += dy * dy;
        }

        return den > 0.0 ? Math.Abs(h) * Math.Sqrt(num / den) : double.NaN;
    }

    public readonly IReadOnlyList<MethodSwitch> Switches => [];

    /// <inheritdoc/>
    public readonly void StepAccepted(double t, double h)
    {
    }

    /// <inheritdoc/>
    public readonly int FirstNonFinite()
    {
        for (int i = 0; i < _n; i++)
        {
            if (!double.IsFinite(_newState[i]) || !double.IsFinite(_k7[i]))
            {
                return i;
            }
        }

        foreach (double[] k in new[] { _k2, _k3, _k4, _k5, _k6 })
        {
            for (int i = 0; i < _n; i++)
            {
                if (!double.IsFinite(k[i]))
                {
                    return i;
                }
            }
        }

        return 0;
    }

    private static ref double Start(double[] array) => ref MemoryMarshal.GetArrayDataReference(array);
}
