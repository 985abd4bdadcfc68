namespace IonSim.CellML.Tests;

/// <summary>Each kind of bad input is refused with one line naming the file, the line and the construct.</summary>
public sealed class BadInputTests
{
    private static string Refused(string xml, CellMLReaderOptions? options = null)
    {
        var error = Assert.Throws<CellMLException>(() => CellMLReader.Parse(xml, "test.cellml", options));
        Assert.DoesNotContain('\n', error.Message);
        Assert.StartsWith("test.cellml", error.Message);
        return error.Message;
    }

    [Fact]
    public void Malformed_xml_names_the_line()
    {
        string message = Refused("<?xml version=\"1.0\"?>\n<model xmlns=\"http://www.cellml.org/cellml/1.0#\" name=\"m\">\n<component name=\"c\">\n</model>");
        Assert.Contains("test.cellml:4", message);
        Assert.Contains("malformed XML", message);
    }

    [Fact]
    public void Unknown_namespace_is_refused()
    {
        string message = Refused("<model xmlns=\"http://www.cellml.org/cellml/9.9#\" name=\"m\"/>");
        Assert.Contains("http://www.cellml.org/cellml/9.9#", message);
        Assert.Contains("CellML namespace", message);
    }

    [Fact]
    public void Missing_variable_names_component_variable_and_line()
    {
        string message = Refused(Documents.OneComponent(
            "<variable name=\"a\" units=\"dimensionless\"/>",
            "<apply><eq/><ci>a</ci><apply><plus/><ci>y</ci><ci>nothere</ci></apply></apply>"));
        Assert.Contains("component 'c' has no variable 'nothere'", message);
        Assert.Matches(@"test\.cellml:\d+:", message);
    }

    [Fact]
    public void Unit_mismatch_across_a_connection_is_refused()
    {
        string message = Refused(Documents.Model10(
            """
            <component name="a">
              <variable name="t" units="second" public_interface="out"/>
              <variable name="x" units="volt" initial_value="1" public_interface="out"/>
            </component>
            <component name="b">
              <variable name="t" units="second" public_interface="in"/>
              <variable name="x" units="ampere" public_interface="in"/>
              <variable name="y" units="volt" initial_value="0"/>
              <math xmlns="http://www.w3.org/1998/Math/MathML"><apply><eq/><apply><diff/><bvar><ci>t</ci></bvar><ci>y</ci></apply><ci>x</ci></apply></math>
            </component>
            <connection><map_components component_1="a" component_2="b"/>
              <map_variables variable_1="t" variable_2="t"/><map_variables variable_1="x" variable_2="x"/></connection>
            """));
        Assert.Contains("'b.x' in units 'ampere'", message);
        Assert.Contains("the dimensions differ", message);
    }

    [Fact]
    public void A_model_with_no_differential_equation_is_refused()
    {
        string message = Refused(Documents.Model10(
            """<component name="c"><variable name="a" units="dimensionless" initial_value="1"/></component>"""));
        Assert.Contains("no differential equation", message);
    }

    [Fact]
    public void Entity_expansion_bomb_is_refused_without_expanding()
    {
        string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE model [
              <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
              <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
              <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
              <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
              <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
              <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
            ]>
            <model xmlns="http://www.cellml.org/cellml/1.0#" name="&f;"/>
            """;
        string message = Refused(bomb);
        Assert.Contains("DOCTYPE", message);
    }

    [Fact]
    public void External_entity_is_refused()
    {
        string message = Refused("""
            <?xml version="1.0"?>
            <!DOCTYPE model [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>
            <model xmlns="http://www.cellml.org/cellml/1.0#" name="&x;"/>
            """);
        Assert.Contains("DOCTYPE", message);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        string path = Path.Combine(Path.GetTempPath(), $"ionsim-big-{Guid.NewGuid():N}.cellml");
        try
        {
            using (var file = File.Create(path))
            {
                file.SetLength(100L * 1024 * 1024); // sparse: no 100 MB written
            }

            var error = Assert.Throws<CellMLException>(() => CellMLReader.Load(path));
            Assert.Contains("104,857,600 bytes", error.Message);
            Assert.Contains("limit", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_document_over_the_character_limit_is_refused_while_reading()
    {
        string xml = Documents.OneComponent(string.Concat(Enumerable.Repeat("<!-- padding -->", 200)), string.Empty);
        string message = Refused(xml, new CellMLReaderOptions { MaxBytes = 1000 });
        Assert.Contains("limit", message);
    }

    [Fact]
    public void Algebraic_loop_names_the_variables()
    {
        string message = Refused(Documents.OneComponent(
            "<variable name=\"a\" units=\"dimensionless\"/><variable name=\"b\" units=\"dimensionless\"/>",
            "<apply><eq/><ci>a</ci><apply><plus/><ci>b</ci><ci>y</ci></apply></apply><apply><eq/><ci>b</ci><apply><times/><ci>a</ci><cn cellml:units=\"dimensionless\">2</cn></apply></apply>"));
        Assert.Contains("algebraic loop", message);
        Assert.Contains("c.a", message);
        Assert.Contains("c.b", message);
    }

    [Fact]
    public void Equation_not_in_assignment_form_is_refused()
    {
        string message = Refused(Documents.OneComponent(
            "<variable name=\"a\" units=\"dimensionless\"/>",
            "<apply><eq/><apply><plus/><ci>a</ci><ci>y</ci></apply><cn cellml:units=\"dimensionless\">1</cn></apply>"));
        Assert.Contains("not in assignment form", message);
    }

    [Theory]
    [InlineData("<apply><eq/><ci>a</ci><apply><sum/><ci>y</ci></apply></apply>", "<sum>")]
    [InlineData("<apply><eq/><ci>a</ci><csymbol>x</csymbol></apply>", "<csymbol>")]
    [InlineData("<apply><eq/><ci>a</ci><apply><factorial/><ci>y</ci></apply></apply>", "<factorial>")]
    [InlineData("<apply><eq/><ci>a</ci><cn type=\"rational\">1<sep/>2</cn></apply>", "rational")]
    [InlineData("<apply><eq/><ci>a</ci><apply><diff/><bvar><ci>t</ci></bvar><ci>y</ci></apply></apply>", "derivative may only stand on the left")]
    public void Unsupported_mathml_is_refused_with_its_construct_and_line(string equation, string construct)
    {
        string message = Refused(Documents.OneComponent("<variable name=\"a\" units=\"dimensionless\"/>", equation));
        Assert.Contains(construct, message);
        Assert.Matches(@"test\.cellml:\d+:", message);
    }

    [Fact]
    public void Imports_are_refused()
    {
        string message = Refused(Documents.Model20("""<import xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="other.cellml"/>"""));
        Assert.Contains("<import> is not supported", message);
    }

    [Fact]
    public void Reactions_are_refused()
    {
        string message = Refused(Documents.Model10("""<component name="c"><reaction/></component>"""));
        Assert.Contains("<reaction>", message);
    }

    [Fact]
    public void A_variable_defined_twice_is_refused()
    {
        string message = Refused(Documents.OneComponent(
            "<variable name=\"a\" units=\"dimensionless\"/>",
            "<apply><eq/><ci>a</ci><ci>y</ci></apply><apply><eq/><ci>a</ci><cn cellml:units=\"dimensionless\">2</cn></apply>"));
        Assert.Contains("'c.a' is defined by two equations", message);
    }

    [Fact]
    public void A_state_without_initial_value_is_refused()
    {
        string message = Refused(Documents.Model10($$"""
            <component name="c">
              <variable name="t" units="dimensionless"/>
              <variable name="y" units="dimensionless"/>
              {{Documents.Math("<apply><eq/><apply><diff/><bvar><ci>t</ci></bvar><ci>y</ci></apply><cn cellml:units=\"dimensionless\">1</cn></apply>")}}
            </component>
            """));
        Assert.Contains("state 'c.y' has no initial_value", message);
    }

    [Fact]
    public void A_variable_without_a_value_is_refused()
    {
        string message = Refused(Documents.OneComponent("<variable name=\"k\" units=\"dimensionless\"/>", string.Empty));
        Assert.Contains("'c.k' has no value", message);
    }

    [Fact]
    public void Connecting_two_out_interfaces_is_refused()
    {
        string message = Refused(Documents.Model10(
            """
            <component name="a"><variable name="x" units="dimensionless" initial_value="1" public_interface="out"/></component>
            <component name="b"><variable name="x" units="dimensionless" initial_value="2" public_interface="out"/></component>
            <connection><map_components component_1="a" component_2="b"/><map_variables variable_1="x" variable_2="x"/></connection>
            """));
        Assert.Contains("one must be 'out' and the other 'in'", message);
    }

    [Fact]
    public void Connecting_components_that_are_not_siblings_is_refused()
    {
        string message = Refused(Documents.Model10(
            """
            <component name="parent"><variable name="x" units="dimensionless" initial_value="1" private_interface="out"/></component>
            <component name="child"><variable name="x" units="dimensionless" public_interface="in"/></component>
            <component name="other"><variable name="x" units="dimensionless" public_interface="in"/></component>
            <group><relationship_ref relationship="encapsulation"/><component_ref component="parent"><component_ref component="child"/></component_ref></group>
            <connection><map_components component_1="child" component_2="other"/><map_variables variable_1="x" variable_2="x"/></connection>
            """));
        Assert.Contains("neither siblings nor parent and child", message);
    }

    [Fact]
    public void Unknown_units_are_refused()
    {
        string message = Refused(Documents.OneComponent("<variable name=\"k\" units=\"furlong\" initial_value=\"1\"/>", string.Empty));
        Assert.Contains("units 'furlong'", message);
    }

    [Fact]
    public void A_missing_file_is_one_clear_error()
    {
        var error = Assert.Throws<CellMLException>(() => CellMLReader.Load(Path.Combine(Path.GetTempPath(), "no-such-model.cellml")));
        Assert.Contains("no such file", error.Message);
    }
}
