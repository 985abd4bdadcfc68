namespace IonSim.Integration;

/// <summary>
/// The Dormand–Prince 5(4) method as a step method: the seven stage derivatives (the last is f at the
/// new state, reused as the next step's first), the fifth-order solution, the scaled error of the
/// embedded fourth-order one, Hairer's dense output and DOPRI5's stiffness estimate. It knows nothing
/// of output, events or step-size choice.
/// </summary>
internal struct DormandPrince : IStepMethod<DormandPrince>
{
    private readonly double[][] _k;
    private readonly double[] _stage;
    private readonly double[] _newState;
    private readonly double[] _error;

    private DormandPrince(int dimension)
    {
        _k = new double[DormandPrinceTableau.Stages][];
        for (int s = 0; s < _k.Length; s++)
        {
            _k[s] = new double[dimension];
        }

        _stage = new double[dimension];
        _newState = new double[dimension];
        _error = new double[dimension];
    }

    public static int Order => DormandPrinceTableau.Order;

    public readonly bool FirstSameAsLast => true;

    public readonly bool LastAttemptSingular => false;

    public readonly long JacobianEvaluations => 0;

    public readonly long Factorizations => 0;

    public readonly Span<double> StartDerivative => _k[0];

    public readonly Span<double> NewState => _newState;

    public readonly Span<double> EndDerivative => _k[6];

    /// <summary>Gets stage derivative k(s+1) (for tests of the formulas).</summary>
    internal readonly ReadOnlySpan<double> Stage(int s) => _k[s];

    public static DormandPrince Create(int dimension, OdeOptions options) => new(dimension);

    public readonly double Attempt<TSystem>(ref CountedSystem<TSystem> f, double t, ReadOnlySpan<double> y, double h, double endStageTime, ErrorWeights weights)
        where TSystem : IOdeSystem
    {
        double[][] a = DormandPrinceTableau.A;
        double[] c = DormandPrinceTableau.C;
        int n = y.Length;

        // Stages 2..6 in the tableau's generic form; stage 7 is the new state itself (FSAL).
        for (int s = 1; s < DormandPrinceTableau.Stages - 1; s++)
        {
            Combine(y, h, a[s], _k, _stage);
            double ts = c[s] == 1.0 ? endStageTime : t + c[s] * h;
            f.Derivatives(ts, _stage, _k[s]);
        }

        Combine(y, h, DormandPrinceTableau.B, _k, _newState);
        f.Derivatives(endStageTime, _newState, _k[6]);

        Combine(default, h, DormandPrinceTableau.E, _k, _error);
        double sum = 0.0;
        for (int i = 0; i < n; i++)
        {
            double r = _error[i] / weights.Scale(i, y[i], _newState[i]);
            sum += r * r;
        }

        return Math.Sqrt(sum / n);
    }

    /// <inheritdoc/>
    public readonly void ReuseEndDerivative() => (_k[0], _k[6]) = (_k[6], _k[0]);

    /// <inheritdoc/>
    public readonly void BuildDense(ReadOnlySpan<double> y0, double h, Span<double> coefficients)
    {
        int n = y0.Length;
        double[] d = DormandPrinceTableau.D;
        double[] k1 = _k[0], k3 = _k[2], k4 = _k[3], k5 = _k[4], k6 = _k[5], k7 = _k[6];
        double[] y1 = _newState;
        Span<double> r1 = coefficients[..n];
        Span<double> r2 = coefficients.Slice(n, n);
        Span<double> r3 = coefficients.Slice(2 * n, n);
        Span<double> r4 = coefficients.Slice(3 * n, n);
        Span<double> r5 = coefficients.Slice(4 * n, n);
        for (int i = 0; i < n; i++)
        {
            double ydiff = y1[i] - y0[i];
            double bspl = h * k1[i] - ydiff;
            r1[i] = y0[i];
            r2[i] = ydiff;
            r3[i] = bspl;
            r4[i] = ydiff - h * k7[i] - bspl;
            r5[i] = h * (d[0] * k1[i] + d[2] * k3[i] + d[3] * k4[i] + d[4] * k5[i] + d[5] * k6[i] + d[6] * k7[i]);
        }
    }

    /// <summary>
    /// DOPRI5's estimate (Hairer &amp; Wanner, <i>Solving ODEs II</i>, §IV.2) from the last two stages,
    /// which share c = 1: h·‖k7 − k6‖ / ‖y1 − y_stage6‖.
    /// </summary>
    public readonly double StiffnessEstimate(double h)
    {
        double[] k6 = _k[5], k7 = _k[6];
        double num = 0.0;
        double den = 0.0;
        for (int i = 0; i < k7.Length; i++)
        {
            double dk = k7[i] - k6[i];
            double dy = _newState[i] - _stage[i];
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
        for (int i = 0; i < _newState.Length; i++)
        {
            if (!double.IsFinite(_newState[i]) || !double.IsFinite(_k[6][i]))
            {
                return i;
            }
        }

        for (int s = 1; s < DormandPrinceTableau.Stages - 1; s++)
        {
            for (int i = 0; i < _newState.Length; i++)
            {
                if (!double.IsFinite(_k[s][i]))
                {
                    return i;
                }
            }
        }

        return 0;
    }

    // result = y + h·Σ_j w[j]·k[j] over the given weights (a tableau row, B or E); y empty means 0.
    private static void Combine(ReadOnlySpan<double> y, double h, double[] w, double[][] k, double[] result)
    {
        if (y.IsEmpty)
        {
            Array.Clear(result);
        }
        else
        {
            y.CopyTo(result);
        }

        for (int j = 0; j < w.Length; j++)
        {
            // Skipping zero weights matters: a stale stage from a rejected step may hold NaN.
            if (w[j] != 0.0)
            {
                VectorMath.Axpy(result, h * w[j], k[j]);
            }
        }
    }
}
