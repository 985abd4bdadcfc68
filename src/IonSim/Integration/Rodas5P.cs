namespace IonSim.Integration;

/// <summary>
/// Rodas5P as a step method: the Jacobian at the start of the step, the LU factors of the iteration
/// matrix W = I/(hγ) − J, the eight stage increments, the new state, the scaled error (the last
/// increment: the method is stiffly accurate) and the dense output. It knows nothing of output, events
/// or step-size choice. The Jacobian is formed once per starting point and kept across rejected
/// attempts; W is refactored whenever h changes, by <see cref="SparseLu"/> over the pattern when
/// <see cref="OdeOptions.JacobianSparsity"/> is given, else by <see cref="DenseLu"/>.
/// </summary>
internal struct Rodas5P : IStepMethod<Rodas5P>
{
    private readonly int _n;
    private readonly JacobianSource _jacobian;
    private readonly ILinearSolver _lu;
    private readonly double[] _u; // the stage increments u_0..u_7, each of length n, one after the other
    private readonly double[] _start;
    private readonly double[] _stage;
    private readonly double[] _newState;
    private readonly double[] _rowWeights;
    private double _jacobianTime;
    private double _factoredH;
    private bool _singular;

    private Rodas5P(int dimension, OdeOptions options)
    {
        _n = dimension;
        _jacobian = new JacobianSource(dimension, options);
        _lu = options.JacobianSparsity is { } sparsity ? new SparseLu(sparsity) : new DenseLu(dimension);
        _u = new double[Rodas5PTableau.Stages * dimension];
        _start = new double[dimension];
        _stage = new double[dimension];
        _newState = new double[dimension];
        _rowWeights = new double[dimension];
        _jacobianTime = double.NaN;
        _factoredH = double.NaN;
    }

    public static int Order => Rodas5PTableau.Order;

    // A linear solve per stage dwarfs the controller; its step sequences (pinned by the E5 tests) keep the library powers.
    public static bool TablePowers => false;

    public readonly bool FirstSameAsLast => false;

    public readonly Span<double> StartDerivative => _start;

    public readonly Span<double> NewState => _newState;

    public readonly Span<double> EndDerivative => default;

    public readonly bool LastAttemptSingular => _singular;

    public readonly long JacobianEvaluations => _jacobian.Evaluations;

    public long Factorizations { get; private set; }

    public static Rodas5P Create(int dimension, OdeOptions options) => new(dimension, options);

    public double Attempt<TSystem>(ref CountedSystem<TSystem> f, double t, ReadOnlySpan<double> y, double h, double endStageTime, ErrorWeights weights)
        where TSystem : IOdeSystem
    {
        int n = _n;
        _singular = false;

        // Rejected attempts restart from the same t; every accepted step (or breakpoint) moves it.
        if (t != _jacobianTime)
        {
            _jacobian.Evaluate(ref f, t, y, _start, h);
            _jacobianTime = t;
            _factoredH = double.NaN;
        }

        if (h != _factoredH && !FactorIterationMatrix(h, y, weights))
        {
            return double.PositiveInfinity;
        }

        double[][] a = Rodas5PTableau.A;
        double[][] coupling = Rodas5PTableau.Coupling;
        double[] c = Rodas5PTableau.C;
        double[] d = Rodas5PTableau.D;
        double invH = 1.0 / h;
        Span<double> scaled = stackalloc double[Rodas5PTableau.Stages];
        for (int s = 0; s < Rodas5PTableau.Stages; s++)
        {
            Span<double> u = Increment(s);
            if (s == 0)
            {
                _start.CopyTo(u);
            }
            else
            {
                StageCombination.Sum(n, y, a[s], _u, _stage);
                double ts = c[s] == 1.0 ? endStageTime : t + c[s] * h;
                f.Derivatives(ts, _stage, u);
            }

            // u_s += Σ_j (C_sj/h)·u_j, then h·d_s·∂f/∂t: one pass, each component's additions in that order.
            double[] cs = coupling[s];
            for (int j = 0; j < cs.Length; j++)
            {
                scaled[j] = cs[j] * invH;
            }

            StageCombination.AddTo(n, u, scaled[..cs.Length], _u, h * d[s], d[s] != 0.0 ? _jacobian.Dfdt : null);
            _lu.Solve(u);
        }

        StageCombination.Sum(n, y, Rodas5PTableau.B, _u, _newState);

        // Stiffly accurate: the error estimate is the last increment, u_8 = y_new − (8th stage argument).
        ReadOnlySpan<double> error = Increment(Rodas5PTableau.Stages - 1);
        double sum = 0.0;
        double finite = 0.0; // y − y is 0 for every finite y: NaN here flags a non-finite new state
        for (int i = 0; i < n; i++)
        {
            double r = error[i] / weights.Scale(i, y[i], _newState[i]);
            sum += r * r;
            finite += _newState[i] - _newState[i];
        }

        return Math.Sqrt(sum / n) + finite;
    }

    /// <inheritdoc/>
    public readonly void ReuseEndDerivative()
    {
    }

    /// <summary>
    /// Writes the accepted step's continuous extension in the shared five-coefficient form of
    /// <see cref="DenseStep"/>: Rodas5P's y0 + θ(y1 − y0 + (1 − θ)(k1 + θk2 + θ²k3)) is that form with
    /// r3 = k1, r4 = k2 + k3 and r5 = −k3.
    /// </summary>
    public readonly void BuildDense(ReadOnlySpan<double> y0, double h, Span<double> coefficients)
    {
        int n = _n;
        double[][] hc = Rodas5PTableau.H;
        Span<double> r1 = coefficients[..n];
        Span<double> r2 = coefficients.Slice(n, n);
        Span<double> r3 = coefficients.Slice(2 * n, n);
        Span<double> r4 = coefficients.Slice(3 * n, n);
        Span<double> r5 = coefficients.Slice(4 * n, n);
        y0.CopyTo(r1);
        for (int i = 0; i < n; i++)
        {
            r2[i] = _newState[i] - y0[i];
        }

        Span<double> k1 = stackalloc double[Rodas5PTableau.Stages];
        Span<double> k23 = stackalloc double[Rodas5PTableau.Stages];
        Span<double> minusK3 = stackalloc double[Rodas5PTableau.Stages];
        for (int j = 0; j < Rodas5PTableau.Stages; j++)
        {
            k1[j] = hc[0][j];
            k23[j] = hc[1][j] + hc[2][j];
            minusK3[j] = -hc[2][j];
        }

        StageCombination.Sum(n, ReadOnlySpan<double>.Empty, k1, _u, r3);
        StageCombination.Sum(n, ReadOnlySpan<double>.Empty, k23, _u, r4);
        StageCombination.Sum(n, ReadOnlySpan<double>.Empty, minusK3, _u, r5);
    }

    /// <summary>Makes the next attempt form its Jacobian anew even at the same t (for tests that step from several states at one time).</summary>
    internal void ForgetJacobian() => _jacobianTime = double.NaN;

    /// <summary>No estimate: the stiff method is already in use, so there is nothing to report.</summary>
    public readonly double StiffnessEstimate(double h) => double.NaN;

    /// <summary>
    /// An upper bound on h·|λ| for every eigenvalue λ of the Jacobian of the current step: h·‖J‖∞.
    /// <see cref="AutoSwitch"/> moves back to the explicit method when this is small.
    /// </summary>
    public readonly double StabilityBound(double h)
    {
        int n = _n;
        double[] j = _jacobian.Dfdy;
        double norm = 0.0;
        for (int i = 0; i < n; i++)
        {
            double row = 0.0;
            for (int k = 0; k < n; k++)
            {
                row += Math.Abs(j[i * n + k]);
            }

            norm = Math.Max(norm, row);
        }

        return Math.Abs(h) * norm;
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
            if (!double.IsFinite(_newState[i]))
            {
                return i;
            }
        }

        for (int k = 0; k < _u.Length; k++)
        {
            if (!double.IsFinite(_u[k]))
            {
                return k % _n;
            }
        }

        return 0;
    }

    // Pivots are chosen on the rows scaled by the inverse error scale at the step's start (scaled partial
    // pivoting, DenseLu.Factor): ordinary pivoting let E5's 1e-3 component pass its rounding to the 1e-10
    // ones and lose their conservation law (docs/integrator.md, "E5").
    private bool FactorIterationMatrix(double h, ReadOnlySpan<double> y, ErrorWeights weights)
    {
        Factorizations++;
        int n = _n;
        double[] w = _lu.Matrix;
        double[] j = _jacobian.Dfdy;
        double diagonal = 1.0 / (h * Rodas5PTableau.Gamma);
        for (int k = 0; k < w.Length; k++)
        {
            w[k] = -j[k];
        }

        for (int i = 0; i < n; i++)
        {
            w[i * n + i] += diagonal;
        }

        double[] rowWeights = _rowWeights;
        for (int i = 0; i < n; i++)
        {
            rowWeights[i] = 1.0 / weights.Scale(i, y[i], y[i]);
        }

        bool factored = _lu.Factor(rowWeights);
        _factoredH = factored ? h : double.NaN;
        _singular = !factored;
        return factored;
    }

    private readonly Span<double> Increment(int stage) => _u.AsSpan(stage * _n, _n);
}
