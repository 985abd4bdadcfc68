namespace IonSim.CellML.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Shorten_loads()
    {
        var model = Models.Shorten;
        Assert.Equal(56, model.Dimension);
        Console.WriteLine(string.Join(", ", model.TimeDiscontinuities));
    }
}
