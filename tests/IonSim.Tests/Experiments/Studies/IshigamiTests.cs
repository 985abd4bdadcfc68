using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IonSim.Experiments.Studies;

namespace IonSim.Tests.Experiments.Studies;

/// <summary>The Sobol' estimators against a function whose indices are known exactly: Ishigami &amp; Homma (1990),
/// f = sin x₁ + a sin² x₂ + b x₃⁴ sin x₁ on [−π, π]³, a = 7, b = 0.1.</summary>
public class IshigamiTests
{
    private const double A = 7;
    private const double B = 0.1;

    // Analytic partial variances (Sobol' & Levitan 1999; Saltelli et al. 2008, §4.8).
    private static readonly double V1 = 0.5 * Math.Pow(1 + (B * Math.Pow(Math.PI, 4) / 5), 2);
    private static readonly double V2 = A * A / 8;
    private static readonly double V13 = B * B * Math.Pow(Math.PI, 8) * 8 / 225;
    private static readonly double V = V1 + V2 + V13;
    private static readonly double[] First = [V1 / V, V2 / V, 0];
    private static readonly double[] Total = [(V1 + V13) / V, V2 / V, V13 / V];

    private static double Ishigami(IReadOnlyList<double> x) =>
        Math.Sin(x[0]) + (A * Math.Pow(Math.Sin(x[1]), 2)) + (B * Math.Pow(x[2], 4) * Math.Sin(x[0]));

    [Fact]
    public void The_analytic_indices_are_the_textbook_values()
    {
        Assert.Equal(0.3139, First[0], 4);
        Assert.Equal(0.4424, First[1], 4);
        Assert.Equal(0.5576, Total[0], 4);
        Assert.Equal(0.2437, Total[2], 4);
    }

    [Fact]
    public void Estimates_from_a_Saltelli_design_lie_within_four_bootstrap_standard_errors_of_the_analytic_indices()
    {
        // N = 2^13 base samples (45 056 evaluations). Each estimator is a mean over base samples, so it is close to normal; its
        // bootstrap standard error (resampling samples, as for independent draws) is at least the error of the Sobol' points,
        // which converge faster than random ones. A true index more than 4 SE away has probability < 1e-4 per index under a
        // correct estimator; a wrong estimator (a swapped A and B, a missing 1/2, a wrong variance) misses by far more, since
        // the SEs are below 0.02 (checked too, so the tolerance cannot quietly grow).
        SobolIndices indices = Run(8192, seed: 7);
        for (int i = 0; i < 3; i++)
        {
            SobolIndex index = indices.Indices[i];
            Assert.InRange(index.FirstStandardError, 1e-6, 0.02);
            Assert.InRange(index.TotalStandardError, 1e-6, 0.02);
            Assert.True(Math.Abs(index.First - First[i]) <= 4 * index.FirstStandardError, $"S{i + 1} = {index.First:0.0000}, analytic {First[i]:0.0000}, SE {index.FirstStandardError:0.0000}");
            Assert.True(Math.Abs(index.Total - Total[i]) <= 4 * index.TotalStandardError, $"ST{i + 1} = {index.Total:0.0000}, analytic {Total[i]:0.0000}, SE {index.TotalStandardError:0.0000}");
        }

        Assert.Equal(V, indices.Variance, V * 0.02);
    }

    [Fact]
    public void The_intervals_narrow_as_the_design_grows()
    {
        // Quadrupling N must shrink every standard error (by about half for independent draws).
        SobolIndices small = Run(512, seed: 3);
        SobolIndices large = Run(2048, seed: 3);
        for (int i = 0; i < 3; i++)
        {
            Assert.True(large.Indices[i].TotalStandardError < 0.75 * small.Indices[i].TotalStandardError);
            Assert.True(large.Indices[i].FirstStandardError < 0.75 * small.Indices[i].FirstStandardError);
        }
    }

    [Property(MaxTest = 30)]
    public Property A_parameter_the_function_ignores_has_both_indices_exactly_zero(PositiveInt which, NormalFloat scale)
    {
        // If f does not depend on x_k then f(A_B^k) = f(A) point by point, so both sums for k are exactly 0.
        int used = which.Get % 3;
        double c = double.IsFinite(scale.Get) && Math.Abs(scale.Get) > 1e-3 ? scale.Get : 1;
        SobolIndices indices = Run(64, 1, x => c * Math.Sin(3 * x[used]) + (x[used] * x[used]));
        return Enumerable.Range(0, 3).Where(k => k != used).All(k => indices.Indices[k].First == 0 && indices.Indices[k].Total == 0)
            .Label($"only x{used + 1} used");
    }

    [Fact]
    public void Failed_points_drop_their_base_sample_and_say_so()
    {
        var design = Design(64, 1);
        double[] y = [.. design.Select((p, k) => p.Sample == 5 && p.Matrix == 3 ? double.NaN : Ishigami(p.Values))];
        SobolIndices indices = SobolIndices.FromPoints(3, [.. design.Select(p => p.Sample)], [.. design.Select(p => p.Matrix)], y, 100);
        Assert.Equal(63, indices.Samples);
        Assert.Equal(1, indices.Dropped);
    }

    [Fact]
    public void The_same_seed_gives_the_same_intervals()
    {
        Assert.Equal(Run(256, 5).Indices, Run(256, 5).Indices);
        Assert.NotEqual(Run(256, 5).Indices[0].FirstLow, Run(256, 6).Indices[0].FirstLow);
    }

    private static SobolIndices Run(int samples, long seed, Func<IReadOnlyList<double>, double>? f = null)
    {
        f ??= Ishigami;
        var design = Design(samples, seed);
        return SobolIndices.FromPoints(3, [.. design.Select(p => p.Sample)], [.. design.Select(p => p.Matrix)], [.. design.Select(p => f(p.Values))], 500, seed);
    }

    private static List<StudyPoint> Design(int samples, long seed)
    {
        var sampler = new DesignSampler(StudyDesign.Saltelli(samples), 3, seed);
        var uniform = new UniformDistribution(-Math.PI, Math.PI);
        return [.. Enumerable.Range(0, (int)sampler.Count).Select(i =>
        {
            (long sample, int matrix) = sampler.Role(i);
            return new StudyPoint(i, sample, matrix, [.. sampler.Unit(i).Select(uniform.Quantile)]);
        })];
    }
}
