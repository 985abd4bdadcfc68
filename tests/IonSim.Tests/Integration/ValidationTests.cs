using IonSim.Integration;

namespace IonSim.Tests.Integration;

public class ValidationTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(-1e-6)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Invalid_relative_tolerance_is_refused_with_its_value(double value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new OdeOptions { RelativeTolerance = value });

        Assert.Contains("RelativeTolerance", ex.Message);
        Assert.Contains(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), ex.Message);
    }

    [Fact]
    public void Invalid_absolute_tolerances_name_the_entry()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new OdeOptions { AbsoluteTolerances = [1e-6, -1.0] });

        Assert.Contains("AbsoluteTolerances[1]", ex.Message);
    }

    [Fact]
    public void Other_invalid_options_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OdeOptions { AbsoluteTolerance = double.NaN });
        Assert.Throws<ArgumentOutOfRangeException>(() => new OdeOptions { InitialStep = 0.0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new OdeOptions { MaxStep = -1.0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new OdeOptions { MaxSteps = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new OdeOptions { Stiffness = (StiffnessPolicy)7 });
    }

    [Fact]
    public void Initial_state_with_nan_is_refused_naming_the_component()
    {
        var ex = Assert.Throws<ArgumentException>(() => OdeSolver.Solve(new HarmonicOscillator(), 0, [1.0, double.NaN], 1));

        Assert.Contains("y0[1]", ex.Message);
        Assert.Contains("NaN", ex.Message);
    }

    [Fact]
    public void Dimension_mismatches_are_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => OdeSolver.Solve(new HarmonicOscillator(), 0, [1.0], 1));
        Assert.Contains("1 components, but the system has 2", ex.Message);

        var tolerances = new OdeOptions { AbsoluteTolerances = [1e-6] };
        var ex2 = Assert.Throws<ArgumentException>(() => OdeSolver.Solve(new HarmonicOscillator(), 0, [1.0, 0.0], 1, tolerances));
        Assert.Contains("AbsoluteTolerances has 1 entries", ex2.Message);
    }

    [Fact]
    public void Non_finite_times_and_bad_output_times_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OdeSolver.Solve(new ExponentialDecay(1), double.NaN, [1.0], 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => OdeSolver.Solve(new ExponentialDecay(1), 0, [1.0], double.PositiveInfinity));

        var outside = Assert.Throws<ArgumentException>(() => OdeSolver.Solve(new ExponentialDecay(1), 0, [1.0], 1, null, new OdeRequest { OutputTimes = [0.5, 2.0] }));
        Assert.Contains("OutputTimes[1]", outside.Message);
        var unordered = Assert.Throws<ArgumentException>(() => OdeSolver.Solve(new ExponentialDecay(1), 0, [1.0], 1, null, new OdeRequest { OutputTimes = [0.5, 0.2] }));
        Assert.Contains("strictly increasing", unordered.Message);
        Assert.Throws<ArgumentException>(() => OdeSolver.Solve(new ExponentialDecay(1), 0, [1.0], 1, null, new OdeRequest { Breakpoints = [double.NaN] }));
    }

    [Fact]
    public void Options_are_immutable_values()
    {
        var a = new OdeOptions { RelativeTolerance = 1e-8 };
        var b = a with { AbsoluteTolerance = 1e-12 };

        Assert.Equal(1e-9, a.AbsoluteTolerance);
        Assert.Equal(1e-8, b.RelativeTolerance);
        Assert.NotEqual(a, b);
    }
}
