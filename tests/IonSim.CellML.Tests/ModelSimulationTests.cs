using IonSim.CellML.Simulation;

namespace IonSim.CellML.Tests;

/// <summary>Running a model and recording variables on a regular grid.</summary>
public sealed class ModelSimulationTests
{
    /// <summary>dy/dt = -k·y with k = 0.5 and y(0) = 2, plus an algebraic w = 3·y: y(t) = 2·exp(-t/2).</summary>
    private static readonly CellMLModel Decay = Documents.Parse(Documents.Model10(
        """
        <component name="c">
          <variable name="t" units="dimensionless"/>
          <variable name="k" units="dimensionless" initial_value="0.5"/>
          <variable name="y" units="dimensionless" initial_value="2"/>
          <variable name="w" units="dimensionless"/>
          <math xmlns="http://www.w3.org/1998/Math/MathML">
            <apply><eq/><apply><diff/><bvar><ci>t</ci></bvar><ci>y</ci></apply><apply><times/><apply><minus/><ci>k</ci></apply><ci>y</ci></apply></apply>
            <apply><eq/><ci>w</ci><apply><times/><cn cellml:units="dimensionless">3</cn><ci>y</ci></apply></apply>
          </math>
        </component>
        """));

    [Fact]
    public void Records_the_requested_variables_on_the_grid_including_the_end()
    {
        var trace = ModelSimulation.Run(Decay, 2.5, 1, [Decay.Find("c.y"), Decay.Find("c.w")]);

        Assert.Equal([0.0, 1, 2, 2.5], trace.Times);
        for (int k = 0; k < trace.Times.Count; k++)
        {
            double exact = 2 * Math.Exp(-trace.Times[k] / 2);
            Assert.Equal(exact, trace.Values(0)[k], 5);
            Assert.Equal(3 * trace.Values(0)[k], trace.Values(1)[k], 12);
        }
    }

    [Fact]
    public void Records_every_state_by_default()
    {
        var trace = ModelSimulation.Run(Decay, 1, 0.5);
        Assert.Equal(["c.y"], trace.Variables.Select(v => v.QualifiedName));
        Assert.True(trace.Statistics.AcceptedSteps > 0);
    }

    [Theory]
    [InlineData(0, 1, "duration")]
    [InlineData(double.NaN, 1, "duration")]
    [InlineData(10, 0, "outputInterval")]
    [InlineData(10, 1e-6, "outputInterval")]
    public void Refuses_bad_durations_and_intervals(double duration, double interval, string parameter)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => ModelSimulation.Run(Decay, duration, interval));
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void Refuses_a_variable_of_another_model()
    {
        var other = Documents.Parse(Documents.OneComponent(string.Empty, string.Empty));
        var error = Assert.Throws<ArgumentException>(() => ModelSimulation.Run(Decay, 1, 0.5, [other.Find("c.y")]));
        Assert.Contains("belongs to another model", error.Message);
    }

    [Fact]
    public void Stops_when_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ModelSimulation.Run(Decay, 1, 0.5, null, null, cancel.Token));
    }

    [Fact]
    public void Reads_CellML_11()
    {
        var model = Documents.Parse(Documents.Model10(
            """
            <component name="c">
              <variable name="t" units="dimensionless"/>
              <variable name="y0" units="dimensionless" initial_value="4"/>
              <variable name="y" units="dimensionless" initial_value="y0"/>
              <math xmlns="http://www.w3.org/1998/Math/MathML"><apply><eq/><apply><diff/><bvar><ci>t</ci></bvar><ci>y</ci></apply><cn cellml:units="dimensionless">1</cn></apply></math>
            </component>
            """).Replace("cellml/1.0#", "cellml/1.1#", StringComparison.Ordinal));
        Assert.Equal("1.1", model.CellMLVersion);
        Assert.Equal([4.0], model.InitialState());
    }
}
