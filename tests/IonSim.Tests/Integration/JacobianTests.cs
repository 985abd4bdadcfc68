using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IonSim.Integration;

namespace IonSim.Tests.Integration;

/// <summary>The finite-difference Jacobian agrees with the analytic one, with and without column grouping.</summary>
public class JacobianTests
{
    private static Gen<double> Uniform(double lo, double hi) =>
        Gen.Choose(0, 10_000).Select(i => lo + (hi - lo) * i / 10_000.0);

    [Property(MaxTest = 100)]
    public Property Differences_match_the_analytic_Jacobian_of_HIRES_at_random_states()
    {
        var states = Uniform(0.1, 1.0).ArrayOf(8);
        return Prop.ForAll(states.ToArbitrary(), y =>
        {
            var system = new HiresSystem();
            double[] analytic = Analytic(system, y);
            double[] dense = Differenced(system, y, null);
            double[] grouped = Differenced(system, y, Pattern(system, 8));
            for (int k = 0; k < 64; k++)
            {
                // Differencing loses about half the digits of f, whose scale is the row's.
                double rowScale = Enumerable.Range(0, 8).Sum(j => Math.Abs(analytic[k / 8 * 8 + j]));
                double tol = 1e-6 * (1 + rowScale);
                Assert.True(Math.Abs(dense[k] - analytic[k]) <= tol, $"entry {k}: {dense[k]} vs {analytic[k]}");
                Assert.True(Math.Abs(grouped[k] - analytic[k]) <= tol, $"grouped entry {k}: {grouped[k]} vs {analytic[k]}");
            }
        });
    }

    [Fact]
    public void A_tridiagonal_pattern_needs_three_evaluations_whatever_the_dimension()
    {
        const int n = 50;
        var entries = Enumerable.Range(0, n).SelectMany(i => new[] { (i, i - 1), (i, i), (i, i + 1) })
            .Where(e => e.Item2 >= 0 && e.Item2 < n);
        var pattern = new JacobianSparsity(n, entries);
        Assert.Equal(3, pattern.GroupCount);

        var f = new CountedSystem<IOdeSystem>(new Diffusion(n));
        var source = new JacobianSource(n, new OdeOptions { JacobianSparsity = pattern, AbsoluteTolerance = 1e-6 });
        double[] y = Enumerable.Range(0, n).Select(i => Math.Sin(i)).ToArray();
        double[] f0 = new double[n];
        f.Derivatives(0.0, y, f0);
        long before = f.Evaluations;
        source.Evaluate(ref f, 0.0, y, f0, 1.0);
        Assert.Equal(3 + 1, f.Evaluations - before); // three column groups and one ∂f/∂t
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(-2.0, source.Dfdy[i * n + i], 6);
            if (i > 0)
            {
                Assert.Equal(1.0, source.Dfdy[i * n + i - 1], 6);
            }
        }
    }

    [Fact]
    public void The_time_derivative_of_a_non_autonomous_system_is_differenced()
    {
        var system = new NonAutonomous();
        var f = new CountedSystem<IOdeSystem>(system);
        var source = new JacobianSource(1, new OdeOptions());
        double[] y = [2.0];
        double[] f0 = new double[1];
        f.Derivatives(1.0, y, f0);
        source.Evaluate(ref f, 1.0, y, f0, 0.1);
        Assert.Equal(Math.Cos(1.0), source.Dfdy[0], 6);
        Assert.Equal(-Math.Sin(1.0) * 2.0, source.Dfdt[0], 6);
    }

    [Fact]
    public void A_pattern_entry_outside_the_matrix_is_refused_with_its_indices()
    {
        var ex = Assert.Throws<ArgumentException>(() => new JacobianSparsity(3, [(0, 0), (1, 3)]));
        Assert.Contains("(1, 3)", ex.Message);
    }

    private static double[] Analytic(IJacobianSystem system, double[] y)
    {
        int n = system.Dimension;
        double[] j = new double[n * n];
        system.Jacobian(0.0, y, j, new double[n]);
        return j;
    }

    private static double[] Differenced(IOdeSystem system, double[] y, JacobianSparsity? pattern)
    {
        // Hide the analytic Jacobian so that the source differences.
        var plain = new LambdaSystem(system.Dimension, system.Derivatives);
        var f = new CountedSystem<IOdeSystem>(plain);
        var source = new JacobianSource(system.Dimension, new OdeOptions { JacobianSparsity = pattern });
        double[] f0 = new double[y.Length];
        f.Derivatives(0.0, y, f0);
        source.Evaluate(ref f, 0.0, y, f0, 1.0);
        return source.Dfdy;
    }

    private static JacobianSparsity Pattern(IJacobianSystem system, int n)
    {
        // The analytic Jacobian's structure at a generic state is the pattern.
        double[] j = Analytic(system, [.. Enumerable.Repeat(0.5, n)]);
        return new JacobianSparsity(n, Enumerable.Range(0, n * n).Where(k => j[k] != 0.0).Select(k => (k / n, k % n)));
    }

    private sealed class Diffusion(int n) : IOdeSystem
    {
        public int Dimension => n;

        public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
        {
            for (int i = 0; i < n; i++)
            {
                dydt[i] = (i > 0 ? y[i - 1] : 0.0) - 2.0 * y[i] + (i < n - 1 ? y[i + 1] : 0.0);
            }
        }
    }
}
