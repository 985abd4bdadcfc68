using IonSim.Contraction;

namespace IonSim.Tests.Contraction;

public class ContractionOptionsTests
{
    [Fact]
    public void DefaultsAreTheDocumentedOnes()
    {
        var o = ContractionOptions.Default;

        Assert.Equal(0.05, o.ActivationThresholdFraction);
        Assert.Equal(0.02, o.RestThresholdFraction);
        Assert.Equal(200, o.SpasmWindowMs);
        Assert.True(o.RestThresholdFraction < o.ActivationThresholdFraction);
    }

    [Theory]
    [InlineData(0.0, 0.02, 200, "activationThresholdFraction")]
    [InlineData(1.0, 0.02, 200, "activationThresholdFraction")]
    [InlineData(0.05, 0.0, 200, "restThresholdFraction")]
    [InlineData(0.05, double.NaN, 200, "restThresholdFraction")]
    [InlineData(0.05, 0.06, 200, "activationThresholdFraction")]
    [InlineData(0.05, 0.02, -1, "spasmWindowMs")]
    [InlineData(0.05, 0.02, double.PositiveInfinity, "spasmWindowMs")]
    public void InvalidValuesAreRefusedNamingValueAndRange(double activation, double rest, double window, string parameter)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ContractionOptions(activation, rest, window));

        Assert.Equal(parameter, ex.ParamName);
        Assert.Contains(parameter, ex.Message);
        Assert.Contains("but was", ex.Message);
    }

    [Fact]
    public void ToleranceMustBeBelowTheProbeStep()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ContractionOptions(probeStepMs: 0.01, timeToleranceMs: 0.1));

        Assert.Contains("less than 0.01", ex.Message);
    }
}
