using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace IonSim.Integration;

/// <summary>
/// LU factorisation of an n×n matrix whose non-zeros lie in a known pattern (a
/// <see cref="JacobianSparsity"/> plus the diagonal), in an elimination order chosen once and kept: the
/// stiff method refactors a matrix of the same pattern at every step. Only the entries of the factors'
/// pattern (the matrix's plus the fill-in of the order) are touched, in factorisation and in the solves.
/// Allocates nothing after construction, except when partial pivoting chooses a row order not met before.
/// </summary>
/// <remarks>
/// The columns are eliminated in a minimum-degree order of the pattern of A + Aᵀ (Tinney &amp; Walker,
/// <i>Proc. IEEE</i> 55, 1967), which keeps the fill-in small. Rows are first taken in the same order
/// (diagonal pivots: the iteration matrix I/(hγ) − J is dominated by its diagonal for small steps).
/// Every factorisation checks each pivot against the entries below it in its column (threshold partial
/// pivoting: a pivot is kept while its weighted magnitude is at least <see cref="PivotThreshold"/> of
/// the largest, so no multiplier exceeds 1/<see cref="PivotThreshold"/> in weighted terms; Duff, Erisman
/// &amp; Reid, <i>Direct Methods for Sparse Matrices</i>, §5.4; KLU's default is 0.001). With 0.1 the
/// Shorten run chose a new order about 25 times, with 0.01 about 7, to the same end state within 10⁻¹⁴. When a pivot fails, the diagonal order is
/// tried again, and if that fails too the rows are chosen anew by threshold partial pivoting on a dense
/// copy (each column takes its diagonal row when that passes the same test, else the largest weighted
/// candidate, so the new order stays close to the diagonal one) and that order's fill-in is worked out
/// (the last eight such orders are remembered, as the same ones recur); it is kept until it fails in turn. Keeping an order across refactorisations is the strategy of KLU (Davis &amp; Palamadai
/// Natarajan, <i>ACM TOMS</i> 37(3), 2010). The matrix is kept in dense row-major storage: for the systems
/// IonSim meets (tens to hundreds of states) that costs less than index indirection would, and the work
/// is what the pattern saves.
/// </remarks>
internal sealed class SparseLu : ILinearSolver
{
    /// <summary>The fraction of the largest weighted candidate a kept pivot must reach.</summary>
    public const double PivotThreshold = 0.01;

    /// <summary>The fraction of the largest weighted candidate a diagonal pivot must reach to be chosen for a new order (stricter than <see cref="PivotThreshold"/>, so that a new order is not chosen at the edge of failing).</summary>
    public const double ChoiceThreshold = 0.5;

    /// <summary>How many row orders chosen by partial pivoting are kept for reuse.</summary>
    private const int KnownOrders = 8;

    private readonly int _n;
    private readonly bool[] _pattern;
    private readonly double[] _matrix;
    private readonly double[] _factors;
    private readonly double[] _weights;
    private readonly double[] _work;
    private readonly double[] _copy;
    private readonly Order _diagonal;
    private readonly List<Order> _known = new(KnownOrders);
    private readonly int[] _rows;
    private Order _current;

    /// <summary>Creates a factorisation for matrices whose off-diagonal non-zeros lie in <paramref name="sparsity"/>.</summary>
    /// <param name="sparsity">The pattern; the diagonal is always included.</param>
    public SparseLu(JacobianSparsity sparsity)
    {
        int n = sparsity.Dimension;
        _n = n;
        _pattern = new bool[n * n];
        for (int j = 0; j < n; j++)
        {
            _pattern[j * n + j] = true;
            foreach (int i in sparsity.RowsOf(j))
            {
                _pattern[i * n + j] = true;
            }
        }

        _matrix = new double[n * n];
        _factors = new double[n * n];
        _weights = new double[n];
        _work = new double[n];
        _copy = new double[n * n];
        _rows = new int[n];
        int[] columns = MinimumDegree(_pattern, n);
        _diagonal = new Order(_pattern, n, columns, columns);
        _current = _diagonal;
    }

    /// <summary>Gets the matrix to factor, row-major (entry (i, j) at i·n + j). Entries outside the pattern are ignored. <see cref="Factor"/> leaves it unchanged.</summary>
    public double[] Matrix => _matrix;

    /// <summary>Gets how many times a row order was chosen by partial pivoting (when neither the kept order nor the diagonal one passed the pivot test).</summary>
    public int Orderings { get; private set; }

    /// <summary>Gets how many entries the factors L and U hold in the order now kept (fill-in included).</summary>
    public int FactorEntries => _n + _current.LowerRows.Length + _current.UpperColumns.Length;

    /// <summary>
    /// Factors <see cref="Matrix"/> as P·A·Q = L·U in the kept order, choosing another when a pivot fails
    /// the threshold test (pivot weights as in <see cref="DenseLu.Factor"/>). Returns false when the
    /// matrix is singular to working precision (a zero or non-finite pivot under partial pivoting).
    /// </summary>
    /// <param name="rowWeights">Positive weight per row, or empty for all ones.</param>
    public bool Factor(ReadOnlySpan<double> rowWeights = default)
    {
        if (rowWeights.IsEmpty)
        {
            _weights.AsSpan().Fill(1.0);
        }
        else
        {
            rowWeights.CopyTo(_weights);
        }

        if (FactorIn(_current))
        {
            return true;
        }

        if (_current != _diagonal && FactorIn(_diagonal))
        {
            _current = _diagonal;
            return true;
        }

        // Threshold partial pivoting over the columns in the minimum-degree order chooses the rows.
        Orderings++;
        int[] rows = _rows;
        if (!ChooseRows(_diagonal.Columns, rows))
        {
            return false;
        }

        _current = Known(rows) ?? Remember(new Order(_pattern, _n, (int[])rows.Clone(), _diagonal.Columns));
        return FactorIn(_current);
    }

    /// <summary>Overwrites <paramref name="b"/> with the solution x of A·x = b, using the last successful <see cref="Factor"/>.</summary>
    public void Solve(Span<double> b)
    {
        int n = _n;
        Order order = _current;
        ref double f = ref MemoryMarshal.GetArrayDataReference(_factors);
        ref double x = ref MemoryMarshal.GetArrayDataReference(_work);
        ref double source = ref MemoryMarshal.GetReference(b[..n]);
        ref int rows = ref MemoryMarshal.GetArrayDataReference(order.Rows);
        ref int lowerStart = ref MemoryMarshal.GetArrayDataReference(order.LowerStart);
        ref int lowerRows = ref MemoryMarshal.GetArrayDataReference(order.LowerRows);
        ref int upperStart = ref MemoryMarshal.GetArrayDataReference(order.UpperStart);
        ref int upperColumns = ref MemoryMarshal.GetArrayDataReference(order.UpperColumns);
        for (int k = 0; k < n; k++)
        {
            Unsafe.Add(ref x, k) = Unsafe.Add(ref source, Unsafe.Add(ref rows, k));
        }

        // L is unit lower triangular, used by column: x_i −= l_ik·x_k for the rows i below k.
        for (int k = 0; k < n; k++)
        {
            double xk = Unsafe.Add(ref x, k);
            if (xk == 0.0)
            {
                continue;
            }

            int end = Unsafe.Add(ref lowerStart, k + 1);
            for (int p = Unsafe.Add(ref lowerStart, k); p < end; p++)
            {
                int i = Unsafe.Add(ref lowerRows, p);
                Unsafe.Add(ref x, i) -= Unsafe.Add(ref f, (i * n) + k) * xk;
            }
        }

        // U by row: z_k = (x_k − Σ u_kj·z_j) / u_kk; then x = Q·z.
        for (int k = n - 1; k >= 0; k--)
        {
            ref double row = ref Unsafe.Add(ref f, k * n);
            double sum = Unsafe.Add(ref x, k);
            int end = Unsafe.Add(ref upperStart, k + 1);
            for (int p = Unsafe.Add(ref upperStart, k); p < end; p++)
            {
                int j = Unsafe.Add(ref upperColumns, p);
                sum -= Unsafe.Add(ref row, j) * Unsafe.Add(ref x, j);
            }

            Unsafe.Add(ref x, k) = sum / Unsafe.Add(ref row, k);
        }

        ref int columns = ref MemoryMarshal.GetArrayDataReference(order.Columns);
        for (int k = 0; k < n; k++)
        {
            Unsafe.Add(ref source, Unsafe.Add(ref columns, k)) = Unsafe.Add(ref x, k);
        }
    }

    // Dense elimination of A(:, columns) on a copy choosing, for each column, the row that holds its diagonal
    // entry when that passes the threshold, else the largest weighted candidate: an order close to the diagonal
    // one (little extra fill-in, and the same few orders recur). False when a column has no usable pivot.
    private bool ChooseRows(int[] columns, int[] rows)
    {
        int n = _n;
        double[] w = _copy;
        for (int i = 0; i < n; i++)
        {
            rows[i] = i;
            for (int k = 0; k < n; k++)
            {
                int source = i * n + columns[k];
                w[i * n + k] = _pattern[source] ? _matrix[source] : 0.0;
            }
        }

        for (int k = 0; k < n; k++)
        {
            int largest = k;
            int diagonal = -1;
            double max = 0.0;
            for (int i = k; i < n; i++)
            {
                double v = Math.Abs(w[i * n + k]) * _weights[rows[i]];
                if (v > max)
                {
                    max = v;
                    largest = i;
                }

                if (rows[i] == columns[k])
                {
                    diagonal = i;
                }
            }

            if (!(max > 0.0) || !double.IsFinite(max))
            {
                return false;
            }

            int p = diagonal >= 0 && Math.Abs(w[diagonal * n + k]) * _weights[rows[diagonal]] >= ChoiceThreshold * max ? diagonal : largest;
            if (p != k)
            {
                for (int j = 0; j < n; j++)
                {
                    (w[k * n + j], w[p * n + j]) = (w[p * n + j], w[k * n + j]);
                }

                (rows[k], rows[p]) = (rows[p], rows[k]);
            }

            double inverse = 1.0 / w[k * n + k];
            var pivotRow = w.AsSpan(k * n + k + 1, n - k - 1);
            for (int i = k + 1; i < n; i++)
            {
                double m = w[i * n + k] * inverse;
                if (m != 0.0)
                {
                    VectorMath.Axpy(w.AsSpan(i * n + k + 1, n - k - 1), -m, pivotRow);
                }
            }
        }

        return true;
    }

    // The orders chosen recur as the step size moves back and forth: keep the last few.
    private Order? Known(int[] rows)
    {
        foreach (var order in _known)
        {
            if (order.Rows.AsSpan().SequenceEqual(rows))
            {
                return order;
            }
        }

        return null;
    }

    private Order Remember(Order order)
    {
        if (_known.Count == KnownOrders)
        {
            _known.RemoveAt(0);
        }

        _known.Add(order);
        return order;
    }

    // Greedy minimum degree on the graph of A + Aᵀ: eliminate the vertex with fewest neighbours (lowest index on ties), joining its neighbours.
    private static int[] MinimumDegree(bool[] pattern, int n)
    {
        var adjacent = new bool[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                if (i != j && (pattern[i * n + j] || pattern[j * n + i]))
                {
                    adjacent[i * n + j] = true;
                }
            }
        }

        var eliminated = new bool[n];
        var order = new int[n];
        var neighbours = new List<int>(n);
        for (int step = 0; step < n; step++)
        {
            int best = -1;
            int bestDegree = int.MaxValue;
            for (int v = 0; v < n; v++)
            {
                if (eliminated[v])
                {
                    continue;
                }

                int degree = 0;
                for (int u = 0; u < n; u++)
                {
                    if (!eliminated[u] && adjacent[v * n + u])
                    {
                        degree++;
                    }
                }

                if (degree < bestDegree)
                {
                    best = v;
                    bestDegree = degree;
                }
            }

            order[step] = best;
            eliminated[best] = true;
            neighbours.Clear();
            for (int u = 0; u < n; u++)
            {
                if (!eliminated[u] && adjacent[best * n + u])
                {
                    neighbours.Add(u);
                }
            }

            foreach (int u in neighbours)
            {
                foreach (int w in neighbours)
                {
                    if (u != w)
                    {
                        adjacent[u * n + w] = true;
                    }
                }
            }
        }

        return order;
    }

    // Gaussian elimination of A(rows, columns) on the factors' pattern only. False when a pivot fails the threshold.
    private bool FactorIn(Order order)
    {
        int n = _n;
        double[] f = _factors;
        double[] a = _matrix;
        int[] rows = order.Rows;
        int[] lowerStart = order.LowerStart;
        int[] lowerRows = order.LowerRows;
        int[] upperStart = order.UpperStart;
        int[] upperColumns = order.UpperColumns;
        Array.Clear(f);
        int[] source = order.Source;
        int[] target = order.Target;
        for (int p = 0; p < source.Length; p++)
        {
            f[target[p]] = a[source[p]];
        }

        for (int k = 0; k < n; k++)
        {
            int row = k * n;
            double pivot = f[row + k];
            double kept = Math.Abs(pivot) * _weights[rows[k]];
            if (!(kept > 0.0) || !double.IsFinite(kept))
            {
                return false;
            }

            int lowerEnd = lowerStart[k + 1];
            for (int p = lowerStart[k]; p < lowerEnd; p++)
            {
                int i = lowerRows[p];
                if (Math.Abs(f[i * n + k]) * _weights[rows[i]] * PivotThreshold > kept)
                {
                    return false;
                }
            }

            double inverse = 1.0 / pivot;
            int upperBegin = upperStart[k];
            int upperEnd = upperStart[k + 1];
            ref double f0 = ref MemoryMarshal.GetArrayDataReference(f);
            ref double pivotRow = ref Unsafe.Add(ref f0, row);
            ref int columns = ref MemoryMarshal.GetArrayDataReference(upperColumns);
            for (int p = lowerStart[k]; p < lowerEnd; p++)
            {
                ref double eliminated = ref Unsafe.Add(ref f0, lowerRows[p] * n);
                double m = Unsafe.Add(ref eliminated, k) * inverse;
                Unsafe.Add(ref eliminated, k) = m;
                if (m == 0.0)
                {
                    continue;
                }

                for (int q = upperBegin; q < upperEnd; q++)
                {
                    int j = Unsafe.Add(ref columns, q);
                    Unsafe.Add(ref eliminated, j) -= m * Unsafe.Add(ref pivotRow, j);
                }
            }
        }

        return true;
    }

    /// <summary>An elimination order and the pattern of its factors (symbolic elimination), with the matrix entries to copy in.</summary>
    private sealed class Order
    {
        public Order(bool[] pattern, int n, int[] rows, int[] columns)
        {
            Rows = rows;
            Columns = columns;
            var filled = new bool[n * n];
            var source = new List<int>();
            var target = new List<int>();
            for (int k = 0; k < n; k++)
            {
                for (int j = 0; j < n; j++)
                {
                    int from = rows[k] * n + columns[j];
                    if (pattern[from])
                    {
                        filled[k * n + j] = true;
                        source.Add(from);
                        target.Add(k * n + j);
                    }
                }
            }

            var lowerRows = new List<int>();
            var upperColumns = new List<int>();
            LowerStart = new int[n + 1];
            UpperStart = new int[n + 1];
            for (int k = 0; k < n; k++)
            {
                LowerStart[k] = lowerRows.Count;
                UpperStart[k] = upperColumns.Count;
                for (int j = k + 1; j < n; j++)
                {
                    if (filled[k * n + j])
                    {
                        upperColumns.Add(j);
                    }
                }

                for (int i = k + 1; i < n; i++)
                {
                    if (!filled[i * n + k])
                    {
                        continue;
                    }

                    lowerRows.Add(i);
                    for (int p = UpperStart[k]; p < upperColumns.Count; p++)
                    {
                        filled[i * n + upperColumns[p]] = true;
                    }
                }
            }

            LowerStart[n] = lowerRows.Count;
            UpperStart[n] = upperColumns.Count;
            LowerRows = [.. lowerRows];
            UpperColumns = [.. upperColumns];
            Source = [.. source];
            Target = [.. target];
        }

        /// <summary>Gets the row order: row k of P·A·Q is row Rows[k] of A.</summary>
        public int[] Rows { get; }

        /// <summary>Gets the column order: column k of P·A·Q is column Columns[k] of A.</summary>
        public int[] Columns { get; }

        public int[] LowerStart { get; }

        /// <summary>Gets, for each column k of L, the rows below the diagonal that may be non-zero (from LowerStart[k]).</summary>
        public int[] LowerRows { get; }

        public int[] UpperStart { get; }

        /// <summary>Gets, for each row k of U, the columns right of the diagonal that may be non-zero (from UpperStart[k]).</summary>
        public int[] UpperColumns { get; }

        /// <summary>Gets the matrix entries in the pattern (index into A) ...</summary>
        public int[] Source { get; }

        /// <summary>Gets ... and where each goes in the factors (index into P·A·Q).</summary>
        public int[] Target { get; }
    }
}
