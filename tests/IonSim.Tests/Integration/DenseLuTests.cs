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
}
