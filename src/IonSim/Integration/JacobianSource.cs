namespace IonSim.Integration;

/// <summary>
/// Supplies ∂f/∂y and ∂f/∂t to the stiff method: from the system when it implements
/// <see cref="IJacobianSystem"/>, otherwise by forward differences of the counted right-hand side, with
/// columns grouped when a sparsity pattern is given. Allocates nothing after construction.
/// </summary>
/// <remarks>
/// The increment of column j is δ_j = √u·max(|y_j|, atol_j/rtol), u the unit roundoff: √u balances
/// truncation against the cancellation in f(y + δ) − f(y) (Dennis &amp; Schnabel, <i>Numerical Methods for
/// Unconstrained Optimization</i>, §5.4), and atol_j/rtol, the magnitude below which the user's
/// tolerance for the component turns absolute, keeps δ_j from vanishing when y_j passes through zero.
/// δ_j is rounded so that (y_j + δ_j) − y_j is exact. ∂f/∂t is differenced with
/// δ_t = √u·max(|t|, |h|), at most half the step so that it never reaches a discontinuity.
/// </remarks>
internal sealed class JacobianSource
{
    private const double UnitRoundoff = 2.220446049250313e-16;
    private static readonly double SqrtRoundoff = Math.Sqrt(UnitRoundoff);

    private readonly JacobianSparsity? _sparsity;
    private readonly int _n;
    private readonly double[] _perturbed;
    private readonly double[] _fPerturbed;
    private readonly double[] _increments;
    private readonly double[] _typical;

    public JacobianSource(int dimension, OdeOptions options)
    {
        JacobianSparsity? sparsity = options.JacobianSparsity;
        _n = dimension;
        if (sparsity is not null && sparsity.Dimension != _n)
        {
            throw new ArgumentException(
                $"JacobianSparsity describes a system of dimension {sparsity.Dimension}, but the system has {_n} components.", nameof(options));
        }

        _sparsity = sparsity;
        Dfdy = new double[_n * _n];
        Dfdt = new double[_n];
        _perturbed = new double[_n];
        _fPerturbed = new double[_n];
        _increments = new double[_n];
        _typical = new double[_n];
        for (int i = 0; i < _n; i++)
        {
            _typical[i] = options.AbsoluteToleranceFor(i) / options.RelativeTolerance;
        }
    }

    /// <summary>∂f_i/∂y_j at index i·n + j, as of the last <see cref="Evaluate"/>.</summary>
    public double[] Dfdy { get; }

    /// <summary>∂f_i/∂t, as of the last <see cref="Evaluate"/>.</summary>
    public double[] Dfdt { get; }

    /// <summary>Gets how many Jacobians were formed (analytic or differenced).</summary>
    public long Evaluations { get; private set; }

    /// <summary>Forms the Jacobian at (t, y): the system's own when it implements <see cref="IJacobianSystem"/>, else by differences.</summary>
    /// <param name="f">The counted right-hand side (and the system).</param>
    /// <param name="t">The time.</param>
    /// <param name="y">The state.</param>
    /// <param name="f0">f(t, y), already evaluated.</param>
    /// <param name="timeStep">Signed largest time increment the ∂f/∂t difference may use: it must not reach a discontinuity.</param>
    public void Evaluate<TSystem>(ref CountedSystem<TSystem> f, double t, ReadOnlySpan<double> y, ReadOnlySpan<double> f0, double timeStep)
        where TSystem : IOdeSystem
    {
        Evaluations++;
        Array.Clear(Dfdy);
        Array.Clear(Dfdt);

        if (typeof(TSystem).IsValueType)
        {
            // A struct system: a cast to the interface would box it at every Jacobian; call it through an
            // invoker made once for its type instead (the JIT folds the test above per instantiation).
            if (StructJacobian<TSystem>.Invoker is { } invoker)
            {
                invoker.Jacobian(ref f.System, t, y, Dfdy, Dfdt);
                return;
            }
        }
        else if (f.System is IJacobianSystem analytic)
        {
            analytic.Jacobian(t, y, Dfdy, Dfdt);
            return;
        }

        DifferenceColumns(ref f, t, y, f0);
        DifferenceTime(ref f, t, y, f0, timeStep);
    }

    private void DifferenceColumns<TSystem>(ref CountedSystem<TSystem> f, double t, ReadOnlySpan<double> y, ReadOnlySpan<double> f0)
        where TSystem : IOdeSystem
    {
        int n = _n;
        y.CopyTo(_perturbed);
        if (_sparsity is null)
        {
            for (int j = 0; j < n; j++)
            {
                double delta = Increment(y[j], _typical[j]);
                _perturbed[j] = y[j] + delta;
                f.Derivatives(t, _perturbed, _fPerturbed);
                _perturbed[j] = y[j];
                double inv = 1.0 / delta;
                for (int i = 0; i < n; i++)
                {
                    Dfdy[i * n + j] = (_fPerturbed[i] - f0[i]) * inv;
                }
            }

            return;
        }

        foreach (int[] group in _sparsity.Groups)
        {
            foreach (int j in group)
            {
                _increments[j] = Increment(y[j], _typical[j]);
                _perturbed[j] = y[j] + _increments[j];
            }

            f.Derivatives(t, _perturbed, _fPerturbed);
            foreach (int j in group)
            {
                _perturbed[j] = y[j];
                double inv = 1.0 / _increments[j];
                foreach (int i in _sparsity.RowsOf(j))
                {
                    Dfdy[i * n + j] = (_fPerturbed[i] - f0[i]) * inv;
                }
            }
        }
    }

    private void DifferenceTime<TSystem>(ref CountedSystem<TSystem> f, double t, ReadOnlySpan<double> y, ReadOnlySpan<double> f0, double timeStep)
        where TSystem : IOdeSystem
    {
        double delta = SqrtRoundoff * Math.Max(Math.Abs(t), Math.Abs(timeStep));
        delta = Math.Min(delta, 0.5 * Math.Abs(timeStep));
        double tPerturbed = t + Math.CopySign(delta, timeStep);
        double dt = tPerturbed - t;
        if (dt == 0.0)
        {
            return;
        }

        f.Derivatives(tPerturbed, y, _fPerturbed);
        double inv = 1.0 / dt;
        for (int i = 0; i < _n; i++)
        {
            Dfdt[i] = (_fPerturbed[i] - f0[i]) * inv;
        }
    }

    // Pushes away from zero in the direction of y, and returns the increment as represented.
    private static double Increment(double yj, double typical)
    {
        double delta = SqrtRoundoff * Math.Max(Math.Abs(yj), typical);
        double shifted = yj >= 0 ? yj + delta : yj - delta;
        double exact = shifted - yj;

        // Only an absurd atol/rtol ratio against a huge |y_j| can round the increment away.
        return exact != 0.0 ? exact : Math.CopySign(SqrtRoundoff * Math.Max(Math.Abs(yj), 1.0), delta);
    }
}
