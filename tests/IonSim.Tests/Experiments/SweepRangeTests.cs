using IonSim.Experiments;

namespace IonSim.Tests.Experiments;

public class SweepRangeTests
{
    [Fact]
    public void LinearRangeIsEvenlySpacedWithExactEnds()
    {
        var values = SweepRange.Linear(0.1, 1.0, 10, SweepDomain.NonNegative);

        Assert.Equal(10, values.Count);
        Assert.Equal(0.1, values[0]);
        Assert.Equal(1.0, values[^1]);
        for (int i = 1; i < values.Count; i++)
        {
            Assert.Equal(0.1, values[i] - values[i - 1], 12);
        }
    }

    [Fact]
    public void LogarithmicRangeHasAConstantRatioAndExactEnds()
    {
        var values = SweepRange.Logarithmic(0.01, 10, 4);

        Assert.Equal(0.01, values[0]);
        Assert.Equal(10.0, values[^1]);
        Assert.Equal(0.1, values[1], 12);
        Assert.Equal(1.0, values[2], 12);
    }

    [Theory]
    [InlineData(1.0, 0.1, 5, "reversed")]
    [InlineData(0.5, 0.5, 5, "empty")]
    [InlineData(double.NaN, 1.0, 5, "finite")]
    [InlineData(0.0, double.PositiveInfinity, 5, "finite")]
    [InlineData(-0.1, 1.0, 5, "negative")]
    [InlineData(0.1, 1.0, 1, "at least 2")]
    public void InvalidConcentrationRangesAreRefusedWithAClearMessage(double start, double stop, int count, string expected)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => SweepRange.Linear(start, stop, count, SweepDomain.NonNegative, "free Mg²⁺ (mM)"));

        Assert.Contains(expected, ex.Message);
        Assert.Contains("free Mg²⁺ (mM)", ex.Message);
    }

    [Fact]
    public void NegativeValuesAreFineWhereTheQuantityAllowsThem()
    {
        Assert.Equal([-1.0, 0.0, 1.0], SweepRange.Linear(-1, 1, 3));
    }

    [Fact]
    public void LogarithmicRangeRefusesZero()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SweepRange.Logarithmic(0, 10, 5, "frequency (Hz)"));

        Assert.Contains("frequency (Hz) start must be greater than 0", ex.Message);
    }

    [Fact]
    public void ExplicitValuesMustBeNonEmptyFiniteInDomainAndAscending()
    {
        Assert.Equal([0.1, 0.25, 1.0], SweepRange.Of([0.1, 0.25, 1.0], SweepDomain.NonNegative));
        Assert.Contains("empty", Assert.Throws<ArgumentException>(() => SweepRange.Of([], name: "free Mg²⁺ (mM)")).Message);
        Assert.Contains("ascend", Assert.Throws<ArgumentException>(() => SweepRange.Of([1.0, 0.25])).Message);
        Assert.Contains("[1]", Assert.Throws<ArgumentOutOfRangeException>(() => SweepRange.Of([0.1, double.NaN])).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => SweepRange.Of([-0.5, 1.0], SweepDomain.NonNegative));
    }
}
