namespace IonSim.CellML.Tests;

/// <summary>
/// The closure evaluator (what the natively compiled tool uses, where expression trees cannot be compiled) computes what
/// the compiled delegates compute, bit for bit: every MathML construct, and the rates, algebraic variables and Jacobian of
/// every repository model at its initial state and at states away from it.
/// </summary>
public sealed class ClosureEvaluatorTests
{
    private static readonly CellMLReaderOptions Closures = new() { Closures = true };

    public static TheoryData<string> ModelFiles => new(
        "shorten_ocallaghan_davidson_soboleva_2007.cellml", "hodgkin_huxley_1952.cellml", "hodgkin_huxley_1952_cellml10.cellml", "noble_1962.cellml");

    public static TheoryData<string> Constructs => new(MathTests.Cases.Select(row => (string)row[0]));

    [Theory]
    [MemberData(nameof(Constructs))]
    public void Every_construct_evaluates_as_when_compiled(string expression)
    {
        string xml = Documents.OneComponent(
            "<variable name=\"x\" units=\"dimensionless\" initial_value=\"0.7\"/><variable name=\"r\" units=\"dimensionless\"/>",
            $"<apply><eq/><ci>r</ci>{expression}</apply>");
        CellMLModel compiled = CellMLReader.Parse(xml, "test.cellml"), closures = CellMLReader.Parse(xml, "test.cellml", Closures);
        double expected = compiled.Evaluate(compiled.Find("c.r"), 0, compiled.InitialState());
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(closures.Evaluate(closures.Find("c.r"), 0, closures.InitialState())));
    }

    [Theory]
    [MemberData(nameof(ModelFiles))]
    public void A_model_has_the_same_rates_variables_and_jacobian_as_when_compiled(string file)
    {
        CellMLModel compiled = CellMLReader.Load(Models.PathOf(file)), closures = CellMLReader.Load(Models.PathOf(file), Closures);
        Assert.Equal(compiled.InitialState(), closures.InitialState());
        int n = compiled.Dimension, entries = n * n;
        for (int k = 0; k < 4; k++)
        {
            // The initial state, then states moved off it (each component by its own factor) at later times.
            double t = 0.37 * k;
            double[] y = [.. compiled.InitialState().Select((v, i) => v * (1 + 0.05 * k * ((i % 3) - 1)) + 1e-3 * k)];

            double[] expected = new double[n], actual = new double[n];
            compiled.Derivatives(t, y, expected);
            closures.Derivatives(t, y, actual);
            Assert.Equal(Bits(expected), Bits(actual));

            double[] allExpected = new double[compiled.AllVariables.Count], allActual = new double[closures.AllVariables.Count];
            compiled.Evaluate(compiled.AllVariables, t, y, allExpected);
            closures.Evaluate(closures.AllVariables, t, y, allActual);
            Assert.Equal(Bits(allExpected), Bits(allActual));

            double[] dfdy = new double[entries], dfdt = new double[n], dfdyClosures = new double[entries], dfdtClosures = new double[n];
            compiled.Jacobian(t, y, dfdy, dfdt);
            closures.Jacobian(t, y, dfdyClosures, dfdtClosures);
            Assert.Equal(Bits(dfdy), Bits(dfdyClosures));
            Assert.Equal(Bits(dfdt), Bits(dfdtClosures));
        }
    }

    private static long[] Bits(double[] values) => [.. values.Select(BitConverter.DoubleToInt64Bits)];
}
