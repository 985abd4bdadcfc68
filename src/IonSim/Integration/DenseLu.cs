using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace IonSim.Integration;

/// <summary>
/// LU factorisation with partial pivoting of a dense n×n matrix held row-major in one array, and the
/// solves that follow it. Factors in place and allocates nothing after construction, so the stiff
/// method can refactor its iteration matrix at every step.
/// </summary>
/// <remarks>
/// <para>Golub &amp; Van Loan, <i>Matrix Computations</i>, §3.4 (Gaussian elimination with partial pivoting).</para>
/// <para>Every entry is computed by the same operations in the same order as the textbook loops (each
/// a_ij updated once per elimination step, in step order; each solution component formed as
/// b_i − Σ_j a_ij·x_j with j ascending), so the vector paths give the textbook's bits; a test holds them
/// to that. The Rosenbrock step solves eight right-hand sides per factorisation, so the factorisation
/// also keeps L's columns contiguous (<c>_lower</c>): forward substitution then runs column by column,
/// four rows at a time, instead of as one long chain of dependent subtractions per row.</para>
/// </remarks>
internal sealed class DenseLu : ILinearSolver
{
    private const int Lanes = 4;

    private readonly int _n;
    private readonly int _padded;
    private readonly double[] _lu;
    private readonly int[] _permutation;
    private readonly double[] _weights;
    private readonly double[] _lower;
    private readonly double[] _work;

    public DenseLu(int dimension)
    {
        _n = dimension;
        _padded = (dimension + Lanes - 1) & ~(Lanes - 1);
        _lu = new double[dimension * dimension];
        _permutation = new int[dimension];
        _weights = new double[dimension];

        // Column k of L at k·padded: entries 0..k (and the padding) stay zero, the factorisation writes the rest.
        _lower = new double[dimension * _padded];
        _work = new double[_padded];
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
        int padded = _padded;
        ref double a = ref MemoryMarshal.GetArrayDataReference(_lu);
        ref double w = ref MemoryMarshal.GetArrayDataReference(_weights);
        ref int permutation = ref MemoryMarshal.GetArrayDataReference(_permutation);
        ref double lower = ref MemoryMarshal.GetArrayDataReference(_lower);

        // |x|·1 is |x| exactly: ones choose the pivots ordinary partial pivoting chooses.
        if (rowWeights.IsEmpty)
        {
            _weights.AsSpan().Fill(1.0);
        }
        else
        {
            rowWeights[..n].CopyTo(_weights);
        }

        for (int i = 0; i < n; i++)
        {
            Unsafe.Add(ref permutation, i) = i;
        }

        for (int k = 0; k < n; k++)
        {
            int p = k;
            double max = Math.Abs(Unsafe.Add(ref a, (k * n) + k)) * Unsafe.Add(ref w, k);
            for (int i = k + 1; i < n; i++)
            {
                double v = Math.Abs(Unsafe.Add(ref a, (i * n) + k)) * Unsafe.Add(ref w, i);
                if (v > max)
                {
                    max = v;
                    p = i;
                }
            }

            double pivot = Math.Abs(Unsafe.Add(ref a, (p * n) + k));
            if (!(pivot > 0.0) || !double.IsFinite(pivot))
            {
                return false;
            }

            if (p != k)
            {
                SwapRows(ref a, n, k, p);
                (Unsafe.Add(ref w, k), Unsafe.Add(ref w, p)) = (Unsafe.Add(ref w, p), Unsafe.Add(ref w, k));
                (Unsafe.Add(ref permutation, k), Unsafe.Add(ref permutation, p)) = (Unsafe.Add(ref permutation, p), Unsafe.Add(ref permutation, k));
            }

            double inv = 1.0 / Unsafe.Add(ref a, (k * n) + k);
            ref double pivotRow = ref Unsafe.Add(ref a, (k * n) + k + 1);
            int length = n - k - 1;
            for (int i = k + 1; i < n; i++)
            {
                ref double entry = ref Unsafe.Add(ref a, (i * n) + k);
                double m = entry * inv;
                entry = m;
                if (m != 0.0)
                {
                    SubtractMultiple(ref Unsafe.Add(ref entry, 1), m, ref pivotRow, length);
                }
            }
        }

        // L's columns, contiguous, for the forward substitution (rows are final only now: later pivots swap them).
        for (int i = 1; i < n; i++)
        {
            ref double row = ref Unsafe.Add(ref a, i * n);
            for (int k = 0; k < i; k++)
            {
                Unsafe.Add(ref lower, (k * padded) + i) = Unsafe.Add(ref row, k);
            }
        }

        return true;
    }

    /// <summary>Overwrites <paramref name="b"/> with the solution x of A·x = b, using the last successful <see cref="Factor"/>.</summary>
    public void Solve(Span<double> b)
    {
        int n = _n;
        ref double x = ref MemoryMarshal.GetArrayDataReference(_work);
        ref double source = ref MemoryMarshal.GetReference(b[..n]);
        ref int permutation = ref MemoryMarshal.GetArrayDataReference(_permutation);
        for (int k = 0; k < n; k++)
        {
            Unsafe.Add(ref x, k) = Unsafe.Add(ref source, Unsafe.Add(ref permutation, k));
        }

        if (Vector256.IsHardwareAccelerated && n >= StageSums.MinVectorDimension)
        {
            ForwardByColumns(ref x);
        }
        else
        {
            ForwardByRows(ref x);
        }

        // Back substitution with U, row by row: each sum in the textbook's order.
        ref double a = ref MemoryMarshal.GetArrayDataReference(_lu);
        for (int i = n - 1; i >= 0; i--)
        {
            ref double row = ref Unsafe.Add(ref a, i * n);
            double sum = Unsafe.Add(ref x, i);
            for (int j = i + 1; j < n; j++)
            {
                sum -= Unsafe.Add(ref row, j) * Unsafe.Add(ref x, j);
            }

            Unsafe.Add(ref x, i) = sum / Unsafe.Add(ref row, i);
        }

        for (int k = 0; k < n; k++)
        {
            Unsafe.Add(ref source, k) = Unsafe.Add(ref x, k);
        }
    }

    // x_i −= l_ik·x_k for k ascending, four rows at a time: each x_i sees the same subtractions in the same
    // order as in the row-by-row sum. Lanes at or above the diagonal (i ≤ k) keep their value untouched.
    private void ForwardByColumns(ref double x)
    {
        int n = _n;
        int padded = _padded;
        ref double lower = ref MemoryMarshal.GetArrayDataReference(_lower);
        Vector256<long> lane = Vector256.Create(0L, 1L, 2L, 3L);
        for (int k = 0; k < n - 1; k++)
        {
            var xk = Vector256.Create(Unsafe.Add(ref x, k));
            ref double column = ref Unsafe.Add(ref lower, k * padded);
            int start = (k + 1) & ~(Lanes - 1);
            Vector256<double> below = Vector256.GreaterThan(lane + Vector256.Create((long)start), Vector256.Create((long)k)).AsDouble();
            Vector256<double> first = Vector256.LoadUnsafe(ref x, (nuint)start);
            Vector256.ConditionalSelect(below, first - (Vector256.LoadUnsafe(ref column, (nuint)start) * xk), first).StoreUnsafe(ref x, (nuint)start);
            for (int i = start + Lanes; i < padded; i += Lanes)
            {
                (Vector256.LoadUnsafe(ref x, (nuint)i) - (Vector256.LoadUnsafe(ref column, (nuint)i) * xk)).StoreUnsafe(ref x, (nuint)i);
            }
        }
    }

    private void ForwardByRows(ref double x)
    {
        int n = _n;
        ref double a = ref MemoryMarshal.GetArrayDataReference(_lu);
        for (int i = 1; i < n; i++)
        {
            ref double row = ref Unsafe.Add(ref a, i * n);
            double sum = Unsafe.Add(ref x, i);
            for (int j = 0; j < i; j++)
            {
                sum -= Unsafe.Add(ref row, j) * Unsafe.Add(ref x, j);
            }

            Unsafe.Add(ref x, i) = sum;
        }
    }

    private static void SwapRows(ref double a, int n, int k, int p)
    {
        ref double rowK = ref Unsafe.Add(ref a, k * n);
        ref double rowP = ref Unsafe.Add(ref a, p * n);
        for (int j = 0; j < n; j++)
        {
            (Unsafe.Add(ref rowK, j), Unsafe.Add(ref rowP, j)) = (Unsafe.Add(ref rowP, j), Unsafe.Add(ref rowK, j));
        }
    }

    // y −= m·x over length entries (y + (−m)·x, as the textbook's update rounds it).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SubtractMultiple(ref double y, double m, ref double x, int length)
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var vm = Vector256.Create(-m);
            for (; i <= length - Lanes; i += Lanes)
            {
                (Vector256.LoadUnsafe(ref y, (nuint)i) + (vm * Vector256.LoadUnsafe(ref x, (nuint)i))).StoreUnsafe(ref y, (nuint)i);
            }
        }

        for (; i < length; i++)
        {
            Unsafe.Add(ref y, i) += -m * Unsafe.Add(ref x, i);
        }
    }
}
