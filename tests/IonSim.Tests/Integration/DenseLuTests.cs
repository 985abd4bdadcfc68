using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IonSim.Integration;

namespace IonSim.Tests.Integration;

/// <summary>The dense LU solves what it factors, pivots where it must, and says when a matrix is singular.</summary>
public class DenseLuTests
{
    [Property(MaxTest = 200)]
    public Property Solving_gives_a_residual_at_rounding_level()
    {
        var cases = from n in Gen.Choose(1, 12)
                    from entries in Gen.Choose(-1000, 1000).ArrayOf(n * n + n)
                    select (n, entries);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            int n = c.n;
            double[] a = c.entries.Take(n * n).Select(v => v / 100.0).ToArray();
            for (int i = 0; i < n; i++)
            {
                a[i * n + i] += 20.0 * n; // diagonally dominant: well conditioned
            }

            double[] b = c.entries.Skip(n * n).Select(v => v / 10.0).ToArray();
            var lu = new DenseLu(n);
            a.CopyTo(lu.Matrix, 0);
            Assert.True(lu.Factor());
            double[] x = (double[])b.Clone();
            lu.Solve(x);
            for (int i = 0; i < n; i++)
            {
                double r = b[i];
                for (int j = 0; j < n; j++)
                {
                    r -= a[i * n + j] * x[j];
                }

                Assert.True(Math.Abs(r) <= 1e-11 * (1 + Math.Abs(b[i])), $"residual {r} in row {i}");
            }
        });
    }

    [Property(MaxTest = 200)]
    public Property Weighted_pivots_solve_as_accurately_in_each_rows_own_scale()
    {
        // Rows of wildly different scales (1e-12 .. 1e12), as the iteration matrix of a problem with tiny and
        // large components has: with each row weighted by its inverse scale the residual of every row stays
        // at rounding level relative to that row.
        var cases = from n in Gen.Choose(1, 10)
                    from entries in Gen.Choose(-1000, 1000).ArrayOf(n * n + n)
                    from exponents in Gen.Choose(-12, 12).ArrayOf(n)
                    select (n, entries, exponents);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            int n = c.n;
            double[] scale = c.exponents.Select(e => Math.Pow(10, e)).ToArray();
            double[] a = new double[n * n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    a[i * n + j] = (c.entries[i * n + j] / 100.0 + (i == j ? 20.0 * n : 0.0)) * scale[i];
                }
            }

            double[] b = Enumerable.Range(0, n).Select(i => c.entries[n * n + i] / 10.0 * scale[i]).ToArray();
            var lu = new DenseLu(n);
            a.CopyTo(lu.Matrix, 0);
            Assert.True(lu.Factor(scale.Select(s => 1.0 / s).ToArray()));
            double[] x = (double[])b.Clone();
            lu.Solve(x);
            for (int i = 0; i < n; i++)
            {
                double r = b[i];
                for (int j = 0; j < n; j++)
                {
                    r -= a[i * n + j] * x[j];
                }

                Assert.True(Math.Abs(r) <= 1e-11 * scale[i] * (1 + Math.Abs(b[i] / scale[i])), $"residual {r} in row {i} of scale {scale[i]}");
            }
        });
    }

    [Fact]
    public void Weights_move_the_pivot_to_the_row_largest_in_its_own_scale()
    {
        // Column 0: |2| beats |0.01| unweighted, but weighted by the inverse row scales (1 and 1e3) row 1's 10 beats 2.
        double[] a = [2.0, 1.0, 1e-2, 1.0];
        double[] b = [3.0, 1.01];
        var plain = new DenseLu(2);
        a.CopyTo(plain.Matrix, 0);
        Assert.True(plain.Factor());
        var weighted = new DenseLu(2);
        a.CopyTo(weighted.Matrix, 0);
        Assert.True(weighted.Factor([1.0, 1e3]));
        Assert.Equal(2.0, plain.Matrix[0]);
        Assert.Equal(1e-2, weighted.Matrix[0]);
        double[] x = (double[])b.Clone();
        weighted.Solve(x);
        Assert.Equal(1.0, x[0], 12);
        Assert.Equal(1.0, x[1], 12);
    }

    [Fact]
    public void A_zero_leading_entry_is_pivoted_past()
    {
        var lu = new DenseLu(2);
        double[] a = [0.0, 1.0, 1.0, 0.0];
        a.CopyTo(lu.Matrix, 0);
        Assert.True(lu.Factor());
        double[] x = [3.0, 5.0];
        lu.Solve(x);
        Assert.Equal([5.0, 3.0], x);
    }

    [Fact]
    public void A_singular_matrix_is_reported_not_divided_by()
    {
        var lu = new DenseLu(3);
        double[] a = [1, 2, 3, 2, 4, 6, 1, 0, 1];
        a.CopyTo(lu.Matrix, 0);
        Assert.False(lu.Factor());
    }

    [Property(MaxTest = 300)]
    public Property Factors_and_solutions_are_the_textbook_loops_bit_for_bit()
    {
        // The vector paths (columns of L four rows at a time, fused row updates) must round exactly as the
        // plain loops below: sizes on both sides of the vector width, a third of the entries exactly zero (the
        // multipliers that are skipped), weights over twelve decades or none.
        var cases = from n in Gen.Choose(1, 23)
                    from entries in Gen.Choose(-1000, 1000).ArrayOf(n * n + n)
                    from zeros in Gen.Choose(0, 2).ArrayOf(n * n)
                    from exponents in Gen.Choose(-6, 6).ArrayOf(n)
                    from weighted in Gen.Elements(true, false)
                    select (n, entries, zeros, exponents, weighted);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            int n = c.n;
            double[] a = Enumerable.Range(0, n * n).Select(k => c.zeros[k] == 0 ? 0.0 : c.entries[k] / 7.0).ToArray();
            double[] weights = c.weighted ? c.exponents.Select(e => Math.Pow(10, e)).ToArray() : [];
            double[] b = c.entries.Skip(n * n).Select(v => v / 3.0).ToArray();

            var lu = new DenseLu(n);
            a.CopyTo(lu.Matrix, 0);
            bool factored = lu.Factor(weights);
            double[] reference = (double[])a.Clone();
            int[]? pivots = TextbookFactor(reference, n, weights);
            Assert.Equal(pivots is not null, factored);
            if (pivots is null)
            {
                return;
            }

            Assert.Equal(reference.Select(BitConverter.DoubleToInt64Bits), lu.Matrix.Select(BitConverter.DoubleToInt64Bits));
            double[] x = (double[])b.Clone();
            lu.Solve(x);
            TextbookSolve(reference, pivots, n, b);
            Assert.Equal(b.Select(BitConverter.DoubleToInt64Bits), x.Select(BitConverter.DoubleToInt64Bits));
        });
    }

    // Gaussian elimination with (weighted) partial pivoting as Golub & Van Loan write it; null when singular.
    private static int[]? TextbookFactor(double[] a, int n, double[] weights)
    {
        double[] w = weights.Length == 0 ? Enumerable.Repeat(1.0, n).ToArray() : (double[])weights.Clone();
        int[] pivots = new int[n];
        for (int k = 0; k < n; k++)
        {
            int p = k;
            for (int i = k + 1; i < n; i++)
            {
                if (Math.Abs(a[i * n + k]) * w[i] > Math.Abs(a[p * n + k]) * w[p])
                {
                    p = i;
                }
            }

            if (!(Math.Abs(a[p * n + k]) > 0.0) || !double.IsFinite(a[p * n + k]))
            {
                return null;
            }

            pivots[k] = p;
            for (int j = 0; j < n; j++)
            {
                (a[k * n + j], a[p * n + j]) = (a[p * n + j], a[k * n + j]);
            }

            (w[k], w[p]) = (w[p], w[k]);
            double inv = 1.0 / a[k * n + k];
            for (int i = k + 1; i < n; i++)
            {
                double m = a[i * n + k] * inv;
                a[i * n + k] = m;
                if (m != 0.0)
                {
                    for (int j = k + 1; j < n; j++)
                    {
                        a[i * n + j] += -m * a[k * n + j];
                    }
                }
            }
        }

        return pivots;
    }

    private static void TextbookSolve(double[] lu, int[] pivots, int n, double[] b)
    {
        for (int k = 0; k < n; k++)
        {
            (b[k], b[pivots[k]]) = (b[pivots[k]], b[k]);
        }

        for (int i = 0; i < n; i++)
        {
            double sum = b[i];
            for (int j = 0; j < i; j++)
            {
                sum -= lu[i * n + j] * b[j];
            }

            b[i] = sum;
        }

        for (int i = n - 1; i >= 0; i--)
        {
            double sum = b[i];
            for (int j = i + 1; j < n; j++)
            {
                sum -= lu[i * n + j] * b[j];
            }

            b[i] = sum / lu[i * n + i];
        }
    }
}
