namespace IonSim.Integration;

/// <summary>
/// One Rodas5P step attempt and its workspace: the Jacobian at the start of the step, the LU factors of
/// the iteration matrix W = I/(hγ) − J, the eight stage increments, the new state and the scaled error.
/// It knows nothing of output, events or step-size choice. The Jacobian is formed once per starting
/// point and kept across rejected attempts; W is refactored whenever h changes.
/// </summary>
internal sealed class RosenbrockStep
{
    private readonly int _n;
    private readonly CountingSystem _f;
    private readonly JacobianSource _jacobian;
    private readonly DenseLu _lu;
    private readonly double[][] _u;
    private readonly double[] _stage;
    private readonly double[] _rhs;
    private bool _jacobianCurrent;
    private double _factoredH = double.NaN;

    public RosenbrockStep(CountingSystem f, IOdeSystem system, OdeOptions options)
    {
        _n = system.Dimension;
        _f = f;
        _jacobian = new JacobianSource(f, system, options);
        _lu = new DenseLu(_n);
        _u = new double[Rodas5PTableau.Stages][];
        for (int s = 0; s < _u.Length; s++)
        {
            _u[s] = new double[_n];
        }

        _stage = new double[_n];
        _rhs = new double[_n];
        NewState = new double[_n];
    }

    /// <summary>The solution at the end of the step being tried.</summary>
    public double[] NewState { get; }

    /// <summary>The Jacobian at the start of the current step (valid after an attempt).</summary>
    public double[] Dfdy => _jacobian.Dfdy;

    /// <summary>Gets the number of Jacobians formed.</summary>
    public long JacobianEvaluations => _jacobian.Evaluations;

    /// <summary>Gets the number of LU factorisations of the iteration matrix.</summary>
    public long Factorizations { get; private set; }

    /// <summary>Whether the last attempt stopped because W was singular to working precision.</summary>
    public bool LastAttemptSingular { get; private set; }

    /// <summary>Marks the stored Jacobian stale: the next attempt starts from a new point.</summary>
    public void MovedTo() => _jacobianCurrent = false;

    /// <summary>
    /// Tries a step of size <paramref name="h"/> from (t, y), with f0 = f(t, y). Leaves y(t + h) in
    /// <see cref="NewState"/>.
    /// </summary>
    /// <returns>The RMS norm of the local error relative to the tolerances (1 is the acceptance limit);
    /// infinity when W is singular (see <see cref="LastAttemptSingular"/>) and NaN or infinity when a
    /// stage produced a non-finite value.</returns>
    public double Attempt(double t, ReadOnlySpan<double> y, ReadOnlySpan<double> f0, double h, double endStageTime, ErrorWeights tolerances)
    {
        int n = _n;
        LastAttemptSingular = false;
        if (!_jacobianCurrent)
        {
            _jacobian.Evaluate(t, y, f0, h);
            _jacobianCurrent = true;
            _factoredH = double.NaN;
        }

        if (h != _factoredH)
        {
            if (!FactorIterationMatrix(h))
            {
                LastAttemptSingular = true;
                _factoredH = double.NaN;
                return double.PositiveInfinity;
            }

            _factoredH = h;
        }

        double[][] a = Rodas5PTableau.A;
        double[][] coupling = Rodas5PTableau.Coupling;
        double[] c = Rodas5PTableau.C;
        double[] d = Rodas5PTableau.D;
        double[] dfdt = _jacobian.Dfdt;
        double invH = 1.0 / h;
        for (int s = 0; s < Rodas5PTableau.Stages; s++)
        {
            double[] rhs = _rhs;
            if (s == 0)
            {
                f0.CopyTo(rhs);
            }
            else
            {
                Combine(y, a[s], _stage);
                double ts = c[s] == 1.0 ? endStageTime : t + c[s] * h;
                _f.Derivatives(ts, _stage, rhs);
            }

            double[] cs = coupling[s];
            for (int j = 0; j < cs.Length; j++)
            {
                VectorMath.Axpy(rhs, cs[j] * invH, _u[j]);
            }

            if (d[s] != 0.0)
            {
                VectorMath.Axpy(rhs, h * d[s], dfdt);
            }

            _lu.Solve(rhs);
            rhs.CopyTo(_u[s]);
        }

        Combine(y, Rodas5PTableau.B, NewState);

        // Stiffly accurate: the error estimate is the last increment, u_8 = y_new − (8th stage argument).
        double[] error = _u[Rodas5PTableau.Stages - 1];
        double sum = 0.0;
        for (int i = 0; i < n; i++)
        {
            double r = error[i] / tolerances.Scale(i, y[i], NewState[i]);
            sum += r * r;
        }

        return Math.Sqrt(sum / n);
    }

    /// <summary>
    /// Writes the accepted step's continuous extension in the shared five-coefficient form of
    /// <see cref="DenseStep"/>: Rodas5P's y0 + θ(y1 − y0 + (1 − θ)(k1 + θk2 + θ²k3)) is that form with
    /// r3 = k1, r4 = k2 + k3 and r5 = −k3.
    /// </summary>
    public void BuildDense(ReadOnlySpan<double> y0, Span<double> coefficients)
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
            r2[i] = NewState[i] - y0[i];
        }

        r3.Clear();
        r4.Clear();
        r5.Clear();
        for (int j = 0; j < Rodas5PTableau.Stages; j++)
        {
            VectorMath.Axpy(r3, hc[0][j], _u[j]);
            VectorMath.Axpy(r4, hc[1][j] + hc[2][j], _u[j]);
            VectorMath.Axpy(r5, -hc[2][j], _u[j]);
        }
    }

    private bool FactorIterationMatrix(double h)
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

        return _lu.Factor();
    }

    // result = y + Σ_j w[j]·u_j; zero weights are skipped so a stale increment cannot leak a NaN.
    private void Combine(ReadOnlySpan<double> y, double[] w, double[] result)
    {
        y.CopyTo(result);
        for (int j = 0; j < w.Length; j++)
        {
            if (w[j] != 0.0)
            {
                VectorMath.Axpy(result, w[j], _u[j]);
            }
        }
    }
}
