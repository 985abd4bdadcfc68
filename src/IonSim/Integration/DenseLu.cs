namespace IonSim.Integration;

/// <summary>
/// LU factorisation with partial pivoting of a dense n×n matrix held row-major in one array, and the
/// solves that follow it. Factors in place and allocates nothing after construction, so the stiff
/// method can refactor its iteration matrix at every step.
/// </summary>
/// <remarks>Golub &amp; Van Loan, <i>Matrix Computations</i>, §3.4 (Gaussian elimination with partial pivoting).</remarks>
internal sealed class DenseLu
{
    private readonly int _n;
    private readonly double[] _lu;
    private readonly int[] _pivot;

    public DenseLu(int dimension)
    {
        _n = dimension;
        _lu = new double[dimension * dimension];
        _pivot = new int[dimension];
    }

    /// <summary>The matrix to factor, row-major (entry (i, j) at i·n + j); <see cref="Factor"/> overwrites it with its factors.</summary>
    public double[] Matrix => _lu;

    /// <summary>
    /// Factors <see cref="Matrix"/> in place as P·A = L·U. Returns false, leaving the factors unusable,
    /// when a pivot is zero or not finite: the matrix is singular to working precision.
    /// </summary>
    public bool Factor()
    {
        int n = _n;
        double[] a = _lu;
        for (int k = 0; k < n; k++)
        {
            int p = k;
            double max = Math.Abs(a[k * n + k]);
            for (int i = k + 1; i < n; i++)
            {
                double v = Math.Abs(a[i * n + k]);
                if (v > max)
                {
                    max = v;
                    p = i;
                }
            }

            if (!(max > 0.0) || !double.IsFinite(max))
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
