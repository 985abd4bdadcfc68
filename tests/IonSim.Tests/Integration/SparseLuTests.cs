using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IonSim.Integration;

namespace IonSim.Tests.Integration;

/// <summary>
/// The sparse LU solves what it factors over its pattern, keeps its elimination order while the pivots
/// pass and chooses another when they do not, keeps fill-in small, and leaves the stiff method's answers
/// where the dense LU puts them.
/// </summary>
public class SparseLuTests
{
    [Property(MaxTest = 300)]
    public Property Refactoring_one_pattern_with_changing_values_solves_each_to_rounding_level()
    {
        // Diagonal scales from dominant (the kept diagonal order passes) to tiny or zero (it fails, and rows
        // are pivoted), one after another on the same instance, as the stiff method's step sizes change.
        // Entries are integers/100 and diagonal scales are 0 or at least 0.01·n from the off-diagonal ones,
        // and the normwise backward-error bound below holds for any pivot sequence within the threshold.
        var cases = from n in Gen.Choose(1, 12)
                    from present in Gen.Choose(0, 3).ArrayOf(n * n)
                    from entries in Gen.Choose(-1000, 1000).ArrayOf(3 * n * n)
                    from diagonals in Gen.Elements(0.0, 0.01, 1.0, 100.0).ArrayOf(3)
                    from rhs in Gen.Choose(-1000, 1000).ArrayOf(n)
                    select (n, present, entries, diagonals, rhs);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            int n = c.n;
            var nonZeros = Enumerable.Range(0, n * n).Where(k => c.present[k] == 0 && k / n != k % n).Select(k => (k / n, k % n)).ToList();
            var lu = new SparseLu(new JacobianSparsity(n, nonZeros));
            for (int round = 0; round < 3; round++)
            {
                double[] a = new double[n * n];
                foreach (var (i, j) in nonZeros)
                {
                    a[i * n + j] = c.entries[round * n * n + i * n + j] / 100.0;
                }

                for (int i = 0; i < n; i++)
                {
                    a[i * n + i] = c.entries[round * n * n + i * n + i] / 100.0 + c.diagonals[round] * n * 10.0;
                }

                var dense = new DenseLu(n);
                a.CopyTo(dense.Matrix, 0);
                bool regular = dense.Factor();
                a.CopyTo(lu.Matrix, 0);
                bool factored = lu.Factor();

                // Exactly singular matrices occur (integer entries): then rounding decides whether the last pivot
                // is 0 or 1e-17 in either elimination order. A matrix whose dense pivots are all clear of that must factor.
                double norm = Enumerable.Range(0, n).Max(i => Enumerable.Range(0, n).Sum(j => Math.Abs(a[i * n + j])));
                bool clearlyRegular = regular && Enumerable.Range(0, n).All(k => Math.Abs(dense.Matrix[k * n + k]) > 1e-8 * norm);
                Assert.True(factored || !clearlyRegular, $"round {round}: a matrix with pivots clear of zero was reported singular");
                if (!factored)
                {
                    continue;
                }

                double[] b = c.rhs.Select(v => v / 10.0).ToArray();
                double[] x = (double[])b.Clone();
                lu.Solve(x);

                // Normwise backward error (what pivoting with bounded multipliers guarantees): ‖b − Ax‖ ≤ ε·(‖A‖‖x‖ + ‖b‖).
                double size = norm * x.Max(Math.Abs) + b.Max(Math.Abs);
                for (int i = 0; i < n; i++)
                {
                    double r = b[i];
                    for (int j = 0; j < n; j++)
                    {
                        r -= a[i * n + j] * x[j];
                    }

                    Assert.True(Math.Abs(r) <= 1e-12 * size, $"round {round}: residual {r} in row {i} against {size}");
                }
            }
        });
    }

    [Fact]
    public void A_zero_on_the_diagonal_makes_it_pivot_rows_and_then_go_back_to_the_diagonal()
    {
        var lu = new SparseLu(new JacobianSparsity(2, [(0, 1), (1, 0)]));
        double[] swap = [0.0, 1.0, 1.0, 0.0];
        swap.CopyTo(lu.Matrix, 0);
        Assert.True(lu.Factor());
        Assert.Equal(1, lu.Orderings);
        double[] x = [3.0, 5.0];
        lu.Solve(x);
        Assert.Equal([5.0, 3.0], x);

        double[] dominant = [4.0, 1.0, 1.0, 4.0];
        dominant.CopyTo(lu.Matrix, 0);
        Assert.True(lu.Factor());
        Assert.Equal(1, lu.Orderings); // the diagonal order was tried again and passed: no new ordering
        x = [5.0, 5.0];
        lu.Solve(x);
        Assert.Equal(1.0, x[0], 14);
        Assert.Equal(1.0, x[1], 14);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(40)]
    public void An_arrow_matrix_is_factored_without_fill_in(int n)
    {
        // A dense first row and column: eliminating the hub first would fill the whole matrix; the
        // minimum-degree order leaves it to the end, so L and U hold the matrix's own 3n − 2 entries.
        var entries = Enumerable.Range(1, n - 1).SelectMany(i => new[] { (0, i), (i, 0) });
        var lu = new SparseLu(new JacobianSparsity(n, entries));
        for (int i = 0; i < n; i++)
        {
            lu.Matrix[i * n + i] = 4.0;
            if (i > 0)
            {
                lu.Matrix[i] = 1.0;
                lu.Matrix[i * n] = 1.0;
            }
        }

        Assert.True(lu.Factor());
        Assert.Equal(3 * n - 2, lu.FactorEntries);
        Assert.Equal(0, lu.Orderings);
    }

    [Fact]
    public void Entries_outside_the_pattern_are_ignored()
    {
        var lu = new SparseLu(new JacobianSparsity(2, []));
        double[] a = [2.0, 7.0, 7.0, 4.0];
        a.CopyTo(lu.Matrix, 0);
        Assert.True(lu.Factor());
        double[] x = [2.0, 4.0];
        lu.Solve(x);
        Assert.Equal([1.0, 1.0], x);
    }

    [Fact]
    public void A_singular_matrix_is_reported_not_divided_by()
    {
        var lu = new SparseLu(new JacobianSparsity(3, [(0, 1), (0, 2), (1, 0), (1, 2), (2, 0)]));
        double[] a = [1, 2, 3, 2, 4, 6, 1, 0, 1];
        a.CopyTo(lu.Matrix, 0);
        Assert.False(lu.Factor());
    }

    [Theory]
    [InlineData("HIRES")]
    [InlineData("E5")]
    [InlineData("ROBER")]
    public void The_stiff_method_with_a_sparsity_pattern_gives_the_dense_answer(string name)
    {
        // The pattern is read off the analytic Jacobian at a state with no zero component, so it holds every
        // structural non-zero; the sparse LU then changes only rounding, and the end states agree far inside
        // the tolerance the two runs were asked for.
        var problem = StiffTestSet.All.Single(p => p.Name == name);
        int n = problem.Start.Length;
        double[] y = Enumerable.Range(0, n).Select(i => 0.3 + 0.1 * i).ToArray();
        double[] j = new double[n * n];
        problem.System.Jacobian(0.0, y, j, new double[n]);
        var pattern = new JacobianSparsity(n, Enumerable.Range(0, n * n).Where(k => j[k] != 0.0).Select(k => (k / n, k % n)));
        var options = new OdeOptions { Method = OdeMethod.Rodas5P, RelativeTolerance = 1e-8, AbsoluteTolerance = 1e-8 * problem.AbsoluteToleranceFactor };

        var dense = OdeSolver.Solve(problem.System, 0, problem.Start, problem.TEnd, options);
        var sparse = OdeSolver.Solve(problem.System, 0, problem.Start, problem.TEnd, options with { JacobianSparsity = pattern });

        Assert.True(problem.CorrectDigits(sparse.FinalState) >= problem.CorrectDigits(dense.FinalState) - 1.0,
            $"{name}: {problem.CorrectDigits(sparse.FinalState):F1} correct digits with the sparse LU, {problem.CorrectDigits(dense.FinalState):F1} with the dense one");
        Assert.InRange(sparse.Statistics.AcceptedSteps, dense.Statistics.AcceptedSteps * 0.9, dense.Statistics.AcceptedSteps * 1.1);
    }
}
