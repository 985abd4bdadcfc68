namespace IonSim.Integration;

/// <summary>
/// Which entries of a system's Jacobian ∂f_i/∂y_j can be non-zero. Given in
/// <see cref="OdeOptions.JacobianSparsity"/>, it lets the finite-difference Jacobian perturb several
/// columns at once: columns that share no row are differenced with one evaluation of f
/// (Curtis, Powell &amp; Reid, <i>J. Inst. Math. Appl.</i> 13, 1974), and the stiff method factors its
/// iteration matrix over the pattern only. Entries left out of the pattern are taken as zero even when an
/// analytic Jacobian (<see cref="IJacobianSystem"/>) writes them. Immutable.
/// </summary>
public sealed class JacobianSparsity
{
    private readonly int[][] _rowsOfColumn;
    private readonly int[][] _groups;

    /// <summary>Creates a pattern from its non-zero entries.</summary>
    /// <param name="dimension">The system's dimension n (at least 1).</param>
    /// <param name="nonZeros">The (row i, column j) pairs where ∂f_i/∂y_j may be non-zero, each index in [0, n).
    /// Entries left out are taken to be exactly zero at every state; repeats are harmless.</param>
    /// <exception cref="ArgumentException">An index is out of range.</exception>
    public JacobianSparsity(int dimension, IEnumerable<(int Row, int Column)> nonZeros)
    {
        ArgumentNullException.ThrowIfNull(nonZeros);
        if (dimension < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(dimension), dimension, $"dimension must be at least 1, but was {dimension}.");
        }

        var rows = new SortedSet<int>[dimension];
        for (int j = 0; j < dimension; j++)
        {
            rows[j] = [];
        }

        foreach (var (row, column) in nonZeros)
        {
            if ((uint)row >= (uint)dimension || (uint)column >= (uint)dimension)
            {
                throw new ArgumentException(
                    $"The non-zero entry ({row}, {column}) lies outside a {dimension}×{dimension} Jacobian; rows and columns must be between 0 and {dimension - 1}.", nameof(nonZeros));
            }

            rows[column].Add(row);
        }

        Dimension = dimension;
        _rowsOfColumn = [.. rows.Select(r => r.ToArray())];
        _groups = GroupColumns(_rowsOfColumn, dimension);
    }

    /// <summary>Gets the dimension n of the system the pattern describes.</summary>
    public int Dimension { get; }

    /// <summary>Gets the number of right-hand-side evaluations one finite-difference Jacobian costs with this pattern.</summary>
    public int GroupCount => _groups.Length;

    /// <summary>Gets whether ∂f_row/∂y_column may be non-zero.</summary>
    /// <param name="row">The row i, in [0, n).</param>
    /// <param name="column">The column j, in [0, n).</param>
    /// <returns>True if the entry is in the pattern.</returns>
    public bool IsNonZero(int row, int column)
    {
        if ((uint)row >= (uint)Dimension || (uint)column >= (uint)Dimension)
        {
            throw new ArgumentOutOfRangeException(row >= 0 && row < Dimension ? nameof(column) : nameof(row), $"row and column must be between 0 and {Dimension - 1}, but were ({row}, {column}).");
        }

        return _rowsOfColumn[column].AsSpan().BinarySearch(row) >= 0;
    }

    /// <summary>The rows whose entries in column j may be non-zero.</summary>
    internal ReadOnlySpan<int> RowsOf(int column) => _rowsOfColumn[column];

    /// <summary>Groups of columns that share no row, so that one perturbed evaluation differences them all.</summary>
    internal int[][] Groups => _groups;

    // Greedy colouring in column order: each column joins the first group none of whose rows it touches.
    private static int[][] GroupColumns(int[][] rowsOfColumn, int n)
    {
        var groups = new List<List<int>>();
        var rowsTaken = new List<bool[]>();
        for (int j = 0; j < n; j++)
        {
            int g = 0;
            for (; g < groups.Count; g++)
            {
                bool[] taken = rowsTaken[g];
                if (!rowsOfColumn[j].Any(i => taken[i]))
                {
                    break;
                }
            }

            if (g == groups.Count)
            {
                groups.Add([]);
                rowsTaken.Add(new bool[n]);
            }

            groups[g].Add(j);
            foreach (int i in rowsOfColumn[j])
            {
                rowsTaken[g][i] = true;
            }
        }

        return [.. groups.Select(g => g.ToArray())];
    }
}
