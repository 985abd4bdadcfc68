using IonSim.Plotting;

namespace IonSim.Plotting.Tests;

public sealed class ScenarioCurvesTests
{
    [Fact]
    public void A_nan_sample_is_refused_with_its_column_and_index()
    {
        var e = Assert.Throws<ArgumentException>(() => new ScenarioCurves(
            "x", 1, [0, 1], [0, double.NaN], [0, 0], [0, 0], [], [], []));

        Assert.Contains("tension[1]", e.Message);
        Assert.Contains("NaN", e.Message);
    }

    [Fact]
    public void A_ragged_column_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new ScenarioCurves(
            "x", 1, [0, 1, 2], [0, 1, 2], [0, 0], [0, 0, 0], [], [], []));

        Assert.Contains("freeCalciumMicromolar has 2 values but time has 3", e.Message);
    }

    [Fact]
    public void Time_that_does_not_increase_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new ScenarioCurves(
            "x", 1, [0, 1, 1], [0, 1, 2], [0, 0, 0], [0, 0, 0], [], [], []));

        Assert.Contains("must increase strictly", e.Message);
    }
}
