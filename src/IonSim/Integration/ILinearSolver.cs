namespace IonSim.Integration;

/// <summary>
/// The factorisation the stiff method solves its iteration matrix with: <see cref="DenseLu"/> for any
/// matrix, <see cref="SparseLu"/> when the Jacobian's sparsity is known.
/// </summary>
internal interface ILinearSolver
{
    /// <summary>Gets the matrix to factor, row-major (entry (i, j) at i·n + j).</summary>
    double[] Matrix { get; }

    /// <summary>Factors <see cref="Matrix"/>, choosing pivots by their magnitude times the row's weight; false when it is singular to working precision.</summary>
    /// <param name="rowWeights">Positive weight per row, or empty for ordinary partial pivoting.</param>
    /// <returns>True when the factors can be used.</returns>
    bool Factor(ReadOnlySpan<double> rowWeights = default);

    /// <summary>Overwrites <paramref name="b"/> with the solution x of A·x = b, using the last successful <see cref="Factor"/>.</summary>
    /// <param name="b">The right-hand side; receives the solution.</param>
    void Solve(Span<double> b);
}
