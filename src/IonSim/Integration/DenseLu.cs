namespace IonSim.Integration;

/// <summary>
/// LU factorisation with partial pivoting of a dense n×n matrix held row-major in one array, and the
/// solves that follow it. Factors in place and allocates nothing after construction, so the stiff
/// method can refactor its iteration matrix at every step.
/// </summary>
/// <remarks>Golub &amp; Van Loan, <i>Matrix Computations</i>, §3.4 (Gaussian elimination with partial pivoting).</remarks>
internal sealed class DenseLu : ILinearSolver
{
    private readonly int _n;
    private readonly double[] _lu;
    private readonly int[] _pivot;
    private readonly double[] _weights;

    public DenseLu(int dimension)
    {
        _n = dimension;
        _lu = new double[dimension * dimension];
        _pivot = new int[dimension];
        _weights = new double[dimension];
    }

    /// <summary>The matrix to factor, row-major (entry (i, j) at i·n + j); <see cref="Factor"/> overwrites it with its factors.</summary>
    public double[] Matrix => _lu;

    /// <summary>
    /// Factors <see cref="Matrix"/> in place as P·A = L·U, choosing as the pivot of column k the row i
    /// that maximises |a_ik|·<paramref name="rowWeights"/>[i] (scaled partial pivoting; all ones, or an
    /// empty span, is ordinary partial pivoting). The weights only steer the choice: no entry is
    /// scaled, so nothing is rounded that ordinary pivoting would not round. Returns false, leaving the
    /// factors unusable, when a pivot is zero or not finite: the matrix is singular to working precision.
    /// </summary>
    /// <remarks>
    /// With w_i the inverse of row i's error scale, every multiplier satisfies |l_ik| ≤ w_k/w_i, so the
    /// rounding one elimination step leaves in row i is bounded by row i's own scale rather than by the
    /// pivot row's. That keeps a small component (10⁻¹⁰ next to 10⁻³) from inheriting the larger one's
    /// rounding; see the E5 notes in docs/integrator.md.
    /// </remarks>
    /// <param name="rowWeights">Positive weight per row, or empty for ordinary partial pivoting.</param>
    public bool Factor(ReadOnlySpan<double> rowWeights = default)
    {
        int n = _n;
        double[] a = _lu;
        bool weighted = !rowWeights.IsEmpty;
        Span<double> weights = _weights;
        if (weighted)
        {
            rowWeights.CopyTo(weights);
        }

        for (int k = 0; k < n; k++)
        {
            int p = k;
            double max = Math.Abs(a[k * n + k]) * (weighted ? weights[k] : 1.0);
            for (int i = k + 1; i < n; i++)
            {
                double v = Math.Abs(a[i * n + k]) * (weighted ? weights[i] : 1.0);
                if (v > max)
                {
                    max = v;
                    p = i;
                }
            }

            double pivot = Math.Abs(a[p * n + k]);
            if (!(pivot > 0.0) || !double.IsFinite(pivot))
            {
                return false;
            }

            _pivot[k] = p;
            if (p != k)
            {
                for (int j = 0; j < n; j++)
                {
                    (a[k * n + j], a[p * n + j]) = (a[p * n + j], a[k * n + j]);
                }

                (weights[k], weights[p]) = (weights[p], weights[k]);
            }

            double inv = 1.0 / a[k * n + k];
            Span<double> rowK = a.AsSpan(k * n + k + 1, n - k - 1);
            for (int i = k + 1; i < n; i++)
            {
                double m = a[i * n + k] * inv;
                a[i * n + k] = m;
                if (m != 0.0)
                {
                    VectorMath.Axpy(a.AsSpan(i * n + k + 1, n - k - 1), -m, rowK);
                }
            }
        }

        return true;
    }

    /// <summary>Overwrites <paramref name="b"/> with the solution x of A·x = b, using the last successful <see cref="Factor"/>.</summary>
    public void Solve(Span<double> b)
    {
        int n = _n;
        double[] a = _lu;
        for (int k = 0; k < n; k++)
        {
            int p = _pivot[k];
            if (p != k)
            {
                (b[k], b[p]) = (b[p], b[k]);
            }
        }

        // Forward substitution with the unit lower triangle, then back substitution with U.
        for (int i = 1; i < n; i++)
        {
            double sum = b[i];
            int row = i * n;
            for (int j = 0; j < i; j++)
            {
                sum -= a[row + j] * b[j];
            }

            b[i] = sum;
        }

        for (int i = n - 1; i >= 0; i--)
        {
            double sum = b[i];
            int row = i * n;
            for (int j = i + 1; j < n; j++)
            {
                sum -= a[row + j] * b[j];
            }

            b[i] = sum / a[row + i];
        }
    }
}
