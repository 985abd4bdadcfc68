using IonSim.Experiments;

namespace IonSim.Tests.Experiments;

public class HillFitTests
{
    private static (double[] PCa, double[] Tension) Curve(double pCa50, double n, double tMax, Func<int, double>? noise = null)
    {
        var pCa = Enumerable.Range(0, 26).Select(i => 4.5 + (0.1 * i)).ToArray();
        var tension = pCa.Select((p, i) => tMax / (1 + Math.Pow(10, n * (p - pCa50))) + (noise?.Invoke(i) ?? 0)).ToArray();
        return (pCa, tension);
    }

    [Theory]
    [InlineData(5.8, 3.2, 0.95)]
    [InlineData(6.3, 1.5, 1.0)]
    [InlineData(5.2, 5.0, 0.4)]
    public void RecoversKnownParametersFromNoiseFreeData(double pCa50, double n, double tMax)
    {
        var (pCa, tension) = Curve(pCa50, n, tMax);

        var fit = HillFit.Fit(pCa, tension);

        Assert.Equal(pCa50, fit.Pca50, 6);
        Assert.Equal(n, fit.HillCoefficient, 6);
        Assert.Equal(tMax, fit.MaxTension, 6);
        Assert.Equal(26, fit.PointCount);
        Assert.True(fit.ResidualSumOfSquares < 1e-12);
    }

    [Fact]
    public void NoisyDataGiveCloseParametersWithHonestStandardErrors()
    {
        // Deterministic ±1 % "noise" so the test is repeatable.
        var (pCa, tension) = Curve(5.8, 3.2, 0.95, i => 0.01 * Math.Sin(12.9898 * i));

        var fit = HillFit.Fit(pCa, tension);

        Assert.InRange(fit.Pca50, 5.8 - (4 * fit.Pca50StandardError) - 1e-3, 5.8 + (4 * fit.Pca50StandardError) + 1e-3);
        Assert.InRange(fit.HillCoefficient, 2.9, 3.5);
        Assert.InRange(fit.Pca50StandardError, 1e-5, 0.05);
        Assert.InRange(fit.HillCoefficientStandardError, 1e-4, 0.5);
        Assert.Equal(fit.MaxTension / 2, fit.TensionAt(fit.Pca50), 12);
    }

    [Fact]
    public void TooFewPointsAreRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => HillFit.Fit([5, 6, 7], [1, 0.5, 0]));

        Assert.Contains("at least 4", ex.Message);
    }

    [Fact]
    public void NaNIsRefusedNamingThePoint()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => HillFit.Fit([5, 5.5, 6, 6.5], [1, 0.8, double.NaN, 0.1]));

        Assert.Contains("tension[2]", ex.Message);
    }

    [Fact]
    public void MismatchedLengthsTooFewDistinctPointsAndNoTensionAreRefused()
    {
        Assert.Throws<ArgumentException>(() => HillFit.Fit([5, 5.5, 6, 6.5], [1, 0.8, 0.1]));
        Assert.Throws<ArgumentException>(() => HillFit.Fit([5, 5, 6, 6], [1, 1, 0.1, 0.1]));
        var ex = Assert.Throws<ArgumentException>(() => HillFit.Fit([5, 5.5, 6, 6.5], [0, 0, 0, 0]));
        Assert.Contains("positive", ex.Message);
    }
}
