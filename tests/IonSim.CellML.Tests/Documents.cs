namespace IonSim.CellML.Tests;

/// <summary>Small CellML documents written inline for the tests.</summary>
internal static class Documents
{
    public const string Ns10 = "http://www.cellml.org/cellml/1.0#";
    public const string Ns20 = "http://www.cellml.org/cellml/2.0#";

    /// <summary>A CellML 1.0 model around the given components, units and connections.</summary>
    public static string Model10(string body) =>
        $"""
        <?xml version="1.0"?>
        <model xmlns="{Ns10}" xmlns:cellml="{Ns10}" name="test">
        {body}
        </model>
        """;

    /// <summary>A CellML 2.0 model around the given body.</summary>
    public static string Model20(string body) =>
        $"""
        <?xml version="1.0"?>
        <model xmlns="{Ns20}" xmlns:cellml="{Ns20}" name="test">
        {body}
        </model>
        """;

    /// <summary>MathML equations.</summary>
    public static string Math(string equations) => $"""<math xmlns="http://www.w3.org/1998/Math/MathML">{equations}</math>""";

    /// <summary>One CellML 1.0 component "c" with time t, a state y (dy/dt = 1) and the given extra variables and equations.</summary>
    public static string OneComponent(string variables, string equations) => Model10(
        $"""
        <component name="c">
          <variable name="t" units="dimensionless"/>
          <variable name="y" units="dimensionless" initial_value="0"/>
          {variables}
          {Math("<apply><eq/><apply><diff/><bvar><ci>t</ci></bvar><ci>y</ci></apply><cn cellml:units=\"dimensionless\">1</cn></apply>" + equations)}
        </component>
        """);

    public static CellMLModel Parse(string xml) => CellMLReader.Parse(xml, "test.cellml");
}
