namespace IonSim.CellML.Tests;

/// <summary>Connections, encapsulation, units conversion, CellML 2.0 specifics and the model's API.</summary>
public sealed class StructureTests
{
    /// <summary>a.x = 2 V feeds b.x in mV; b's time is in seconds while the model's is in milliseconds.</summary>
    private static readonly string Converting = Documents.Model10(
        """
        <units name="millivolt"><unit prefix="milli" units="volt"/></units>
        <units name="ms"><unit prefix="milli" units="second"/></units>
        <component name="env"><variable name="time" units="ms" public_interface="out"/></component>
        <component name="a">
          <variable name="x" units="volt" initial_value="2" public_interface="out"/>
        </component>
        <component name="b">
          <variable name="time" units="second" public_interface="in"/>
          <variable name="x" units="millivolt" public_interface="in"/>
          <variable name="y" units="millivolt" initial_value="0"/>
          <variable name="w" units="dimensionless"/>
          <math xmlns="http://www.w3.org/1998/Math/MathML">
            <apply><eq/><apply><diff/><bvar><ci>time</ci></bvar><ci>y</ci></apply><ci>x</ci></apply>
            <apply><eq/><ci>w</ci><ci>time</ci></apply>
          </math>
        </component>
        <connection><map_components component_1="env" component_2="b"/><map_variables variable_1="time" variable_2="time"/></connection>
        <connection><map_components component_1="a" component_2="b"/><map_variables variable_1="x" variable_2="x"/></connection>
        """);

    [Fact]
    public void Connected_variables_are_converted_between_their_units()
    {
        var model = Documents.Parse(Converting);
        Assert.Equal(2, model.Evaluate(model.Find("a.x"), 0, model.InitialState()));
        Assert.Equal(2000, model.Evaluate(model.Find("b.x"), 0, model.InitialState()), 9);
        Assert.Equal(0.25, model.Evaluate(model.Find("b.time"), 250, model.InitialState()), 12);
        Assert.Equal(0.25, model.Evaluate(model.Find("b.w"), 250, model.InitialState()), 12);
        Assert.Equal("env.time", model.VariableOfIntegration.QualifiedName);
    }

    [Fact]
    public void Rate_is_converted_to_the_model_time_unit()
    {
        // d(b.y)/d(b.time) = 2000 mV/s, and b.time is in seconds while the solver's time is env.time in ms:
        // so d(b.y)/d(env.time) = 2 mV/ms.
        var model = Documents.Parse(Converting);
        Span<double> rate = stackalloc double[1];
        model.Derivatives(0, model.InitialState(), rate);
        Assert.Equal(2, rate[0], 12);
    }

    [Fact]
    public void Encapsulated_components_connect_through_private_and_public_interfaces()
    {
        var model = Documents.Parse(Documents.Model10(
            """
            <component name="parent">
              <variable name="t" units="dimensionless" private_interface="out"/>
              <variable name="k" units="dimensionless" initial_value="4" private_interface="out"/>
              <variable name="y" units="dimensionless" private_interface="in"/>
            </component>
            <component name="child">
              <variable name="t" units="dimensionless" public_interface="in"/>
              <variable name="k" units="dimensionless" public_interface="in"/>
              <variable name="y" units="dimensionless" initial_value="1" public_interface="out"/>
              <math xmlns="http://www.w3.org/1998/Math/MathML"><apply><eq/><apply><diff/><bvar><ci>t</ci></bvar><ci>y</ci></apply><apply><times/><ci>k</ci><ci>y</ci></apply></apply></math>
            </component>
            <group><relationship_ref relationship="encapsulation"/><component_ref component="parent"><component_ref component="child"/></component_ref></group>
            <connection><map_components component_1="parent" component_2="child"/>
              <map_variables variable_1="t" variable_2="t"/><map_variables variable_1="k" variable_2="k"/><map_variables variable_1="y" variable_2="y"/></connection>
            """));
        Span<double> rate = stackalloc double[1];
        model.Derivatives(0, [3.0], rate);
        Assert.Equal(12, rate[0]);
        Assert.Equal("child.y", model.States[0].QualifiedName);
        Assert.Equal(0, model.Find("parent.y").StateIndex);
        Assert.False(model.Find("parent.y").IsDefinition);
    }

    [Fact]
    public void CellML_20_interfaces_connections_and_initial_values_naming_a_variable()
    {
        var model = Documents.Parse(Documents.Model20(
            """
            <component name="a">
              <variable name="t" units="dimensionless" interface="public"/>
              <variable name="y0" units="dimensionless" initial_value="5"/>
              <variable name="y" units="dimensionless" initial_value="y0" interface="public"/>
              <math xmlns="http://www.w3.org/1998/Math/MathML"><apply><eq/><apply><diff/><bvar><ci>t</ci></bvar><ci>y</ci></apply><cn cellml:units="dimensionless">1e0</cn></apply></math>
            </component>
            <component name="b">
              <variable name="y" units="dimensionless" interface="public"/>
              <variable name="z" units="dimensionless"/>
              <math xmlns="http://www.w3.org/1998/Math/MathML"><apply><eq/><ci>z</ci><apply><times/><ci>y</ci><cn cellml:units="dimensionless">2</cn></apply></apply></math>
            </component>
            <connection component_1="a" component_2="b"><map_variables variable_1="y" variable_2="y"/></connection>
            """));
        Assert.Equal([5.0], model.InitialState());
        Assert.Equal(14, model.Evaluate(model.Find("b.z"), 0, [7.0]));
        var changed = model.With([new("a.y0", 9)]);
        Assert.Equal([9.0], changed.InitialState());
    }

    [Fact]
    public void With_sets_parameters_and_initial_states_in_the_variables_own_units()
    {
        var model = Documents.Parse(Converting);
        var changed = model.With([new("b.x", 500), new("b.y", 7)]);
        Assert.Equal(0.5, changed.Evaluate(changed.Find("a.x"), 0, changed.InitialState()), 12);
        Assert.Equal([7.0], changed.InitialState());
        Assert.Equal(2, changed.Overrides.Count);
    }

    [Fact]
    public void With_refuses_unknown_names_and_variables_that_are_computed()
    {
        var model = Documents.Parse(Converting);
        var unknown = Assert.Throws<ArgumentException>(() => model.With([new("b.nothere", 1)]));
        Assert.Contains("'b.nothere'", unknown.Message);
        var algebraic = Assert.Throws<ArgumentException>(() => model.With([new("b.w", 1)]));
        Assert.Contains("an algebraic variable", algebraic.Message);
        var suggestion = Assert.Throws<ArgumentException>(() => model.Find("w"));
        Assert.Contains("b.w", suggestion.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Right_hand_side_does_not_allocate(bool closures)
    {
        var model = closures ? Models.ShortenThroughClosures : Models.Shorten;
        var y = model.InitialState();
        var dydt = new double[model.Dimension];
        model.Derivatives(0, y, dydt);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            model.Derivatives(i * 0.01, y, dydt);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Models_are_safe_to_evaluate_from_several_threads(bool closures)
    {
        var model = closures ? Models.ShortenThroughClosures : Models.Shorten;
        var y = model.InitialState();
        var expected = new double[model.Dimension];
        model.Derivatives(0.2, y, expected);
        Parallel.For(0, 8, _ =>
        {
            var dydt = new double[model.Dimension];
            for (int i = 0; i < 200; i++)
            {
                model.Derivatives(0.2, y, dydt);
                Assert.Equal(expected, dydt);
            }
        });
    }
}
