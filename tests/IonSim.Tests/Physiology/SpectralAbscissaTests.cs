using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IonSim.Internal;
using IonSim.Physiology;
using MathNet.Numerics.LinearAlgebra;

namespace IonSim.Tests.Physiology;

/// <summary>
/// The rest's stability check computes max Re λ without eigenvectors; it must agree with MathNet's full decomposition,
/// on random matrices (real and complex spectra, entries over many scales) and on the fibre's own rest Jacobians.
/// </summary>
public class SpectralAbscissaTests
{
    private static double Reference(double[] rowMajor, int n) =>
        Matrix<double>.Build.DenseOfRowMajor(n, n, rowMajor).Evd().EigenValues.Max(e => e.Real);

    private static double Ours(double[] rowMajor, int n) => SpectralAbscissa.Of((double[])rowMajor.Clone(), n);

    private static double Norm(double[] a) => a.Sum(Math.Abs);

    /// <summary>n from 1 to 24; entries mantissa × 10^k with k in [−4, 4], a quarter of them zero (sparse, like a Jacobian).</summary>
    private static Arbitrary<(int N, double[] A)> Matrices() =>
        (from n in Gen.Choose(1, 24)
         from entries in (from zero in Gen.Choose(0, 3)
                          from mantissa in Gen.Choose(-1000, 1000)
                          from exponent in Gen.Choose(-4, 4)
                          select zero == 0 ? 0.0 : mantissa / 1000.0 * Math.Pow(10, exponent)).ArrayOf(n * n)
         select (n, entries)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Agrees_with_the_full_eigendecomposition() =>
        Prop.ForAll(Matrices(), m =>
        {
            double ours = Ours(m.A, m.N), reference = Reference(m.A, m.N);
            double tolerance = 1e-7 * Norm(m.A);   // room for a defective eigenvalue, whose error is √ε·‖A‖ in any method
            return (Math.Abs(ours - reference) <= tolerance).Label($"n {m.N}: ours {ours:R}, MathNet {reference:R}");
        });

    [Fact]
    public void Finds_the_known_spectral_abscissa_of_rotations_and_real_blocks()
    {
        // Block diagonal: a rotation-like block with eigenvalues −0.5 ± 3i, a real block with eigenvalues 2 and −7, and −1;
        // mixed by a similarity with a well-conditioned matrix, so the reduction has real work to do.
        double[,] d =
        {
            { -0.5, 3, 0, 0, 0 },
            { -3, -0.5, 0, 0, 0 },
            { 0, 0, 2, 1, 0 },
            { 0, 0, 0, -7, 0 },
            { 0, 0, 0, 0, -1 },
        };
        var b = Matrix<double>.Build.DenseOfArray(d);
        var s = Matrix<double>.Build.Dense(5, 5, (i, j) => (i == j ? 4 : 0) + (0.3 * Math.Sin((i * 5) + j + 1)));
        var a = s * b * s.Inverse();
        Assert.Equal(2, Ours(a.ToRowMajorArray(), 5), 1e-12);

        // Only the complex pair can lead: shift the real block down.
        b[2, 2] = -3;
        a = s * b * s.Inverse();
        Assert.Equal(-0.5, Ours(a.ToRowMajorArray(), 5), 1e-12);
    }

    [Fact]
    public void Handles_the_degenerate_sizes_and_the_zero_matrix()
    {
        Assert.Equal(-3, Ours([-3], 1));
        Assert.Equal(0, Ours(new double[16], 4));
        Assert.Equal(1, Ours([0, 1, -1, 0, 0, 0, 0, 0, 1], 3), 1e-15);   // ±i and 1
        Assert.Equal(2, Ours([1, 1, 0, 2], 2), 1e-15);                  // triangular
    }

    [Fact]
    public void Agrees_on_the_rest_Jacobians_of_the_presets_with_clamped_and_dynamic_magnesium()
    {
        foreach (var preset in FiberPresets.All.Values)
        {
            foreach (var mode in new[] { MagnesiumMode.Clamped, MagnesiumMode.Dynamic })
            {
                var fiber = new MuscleFiber(preset with { MagnesiumMode = mode }, StimulusProtocol.None(1));
                double[] rest = fiber.InitialState();
                double[] jacobian = new double[StateIndex.Count * StateIndex.Count];
                fiber.Jacobian(0, rest, jacobian, new double[StateIndex.Count]);
                double ours = Ours(jacobian, StateIndex.Count), reference = Reference(jacobian, StateIndex.Count);
                Assert.True(Math.Abs(ours - reference) <= 1e-9 * Norm(jacobian), $"{mode}: ours {ours:R}, MathNet {reference:R}");
            }
        }
    }
}
