namespace IonSim.CellML.Tests;

/// <summary>Each supported MathML construct evaluates to what System.Math says it should.</summary>
public sealed class MathTests
{
    private const double X = 0.7;

    public static TheoryData<string, double> Cases => new()
    {
        { "<apply><plus/><ci>x</ci><cn cellml:units=\"dimensionless\">2</cn><ci>x</ci></apply>", X + 2 + X },
        { "<apply><plus/><ci>x</ci></apply>", X },
        { "<apply><minus/><ci>x</ci></apply>", -X },
        { "<apply><minus/><ci>x</ci><cn cellml:units=\"dimensionless\">3</cn></apply>", X - 3 },
        { "<apply><times/><ci>x</ci><cn cellml:units=\"dimensionless\">3</cn><ci>x</ci></apply>", X * 3 * X },
        { "<apply><divide/><ci>x</ci><cn cellml:units=\"dimensionless\">3</cn></apply>", X / 3 },
        { "<apply><power/><ci>x</ci><cn cellml:units=\"dimensionless\">3</cn></apply>", X * X * X },
        { "<apply><power/><ci>x</ci><cn cellml:units=\"dimensionless\">-2</cn></apply>", 1 / (X * X) },
        { "<apply><power/><ci>x</ci><cn cellml:units=\"dimensionless\">2.5</cn></apply>", Math.Pow(X, 2.5) },
        { "<apply><power/><ci>x</ci><cn cellml:units=\"dimensionless\">0.5</cn></apply>", Math.Sqrt(X) },
        { "<apply><root/><ci>x</ci></apply>", Math.Sqrt(X) },
        { "<apply><root/><degree><cn cellml:units=\"dimensionless\">3</cn></degree><ci>x</ci></apply>", Math.Cbrt(X) },
        { "<apply><root/><degree><cn cellml:units=\"dimensionless\">4</cn></degree><ci>x</ci></apply>", Math.Pow(X, 0.25) },
        { "<apply><exp/><ci>x</ci></apply>", Math.Exp(X) },
        { "<apply><ln/><ci>x</ci></apply>", Math.Log(X) },
        { "<apply><log/><ci>x</ci></apply>", Math.Log10(X) },
        { "<apply><log/><logbase><cn cellml:units=\"dimensionless\">2</cn></logbase><ci>x</ci></apply>", Math.Log(X) / Math.Log(2) },
        { "<apply><abs/><apply><minus/><ci>x</ci></apply></apply>", X },
        { "<apply><floor/><apply><minus/><ci>x</ci></apply></apply>", -1 },
        { "<apply><ceiling/><ci>x</ci></apply>", 1 },
        { "<apply><min/><ci>x</ci><cn cellml:units=\"dimensionless\">0.2</cn><cn cellml:units=\"dimensionless\">0.5</cn></apply>", 0.2 },
        { "<apply><max/><ci>x</ci><cn cellml:units=\"dimensionless\">0.2</cn></apply>", X },
        { "<apply><rem/><cn cellml:units=\"dimensionless\">7</cn><cn cellml:units=\"dimensionless\">3</cn></apply>", 1 },
        { "<apply><sin/><ci>x</ci></apply>", Math.Sin(X) },
        { "<apply><cos/><ci>x</ci></apply>", Math.Cos(X) },
        { "<apply><tan/><ci>x</ci></apply>", Math.Tan(X) },
        { "<apply><sec/><ci>x</ci></apply>", 1 / Math.Cos(X) },
        { "<apply><csc/><ci>x</ci></apply>", 1 / Math.Sin(X) },
        { "<apply><cot/><ci>x</ci></apply>", 1 / Math.Tan(X) },
        { "<apply><sinh/><ci>x</ci></apply>", Math.Sinh(X) },
        { "<apply><cosh/><ci>x</ci></apply>", Math.Cosh(X) },
        { "<apply><tanh/><ci>x</ci></apply>", Math.Tanh(X) },
        { "<apply><sech/><ci>x</ci></apply>", 1 / Math.Cosh(X) },
        { "<apply><csch/><ci>x</ci></apply>", 1 / Math.Sinh(X) },
        { "<apply><coth/><ci>x</ci></apply>", 1 / Math.Tanh(X) },
        { "<apply><arcsin/><ci>x</ci></apply>", Math.Asin(X) },
        { "<apply><arccos/><ci>x</ci></apply>", Math.Acos(X) },
        { "<apply><arctan/><ci>x</ci></apply>", Math.Atan(X) },
        { "<apply><arcsec/><apply><divide/><cn cellml:units=\"dimensionless\">1</cn><ci>x</ci></apply></apply>", Math.Acos(X) },
        { "<apply><arccsc/><apply><divide/><cn cellml:units=\"dimensionless\">1</cn><ci>x</ci></apply></apply>", Math.Asin(X) },
        { "<apply><arccot/><ci>x</ci></apply>", Math.Atan(1 / X) },
        { "<apply><arcsinh/><ci>x</ci></apply>", Math.Asinh(X) },
        { "<apply><arccosh/><apply><plus/><ci>x</ci><cn cellml:units=\"dimensionless\">1</cn></apply></apply>", Math.Acosh(X + 1) },
        { "<apply><arctanh/><ci>x</ci></apply>", Math.Atanh(X) },
        { "<apply><arcsech/><ci>x</ci></apply>", Math.Acosh(1 / X) },
        { "<apply><arccsch/><ci>x</ci></apply>", Math.Asinh(1 / X) },
        { "<apply><arccoth/><apply><plus/><ci>x</ci><cn cellml:units=\"dimensionless\">1</cn></apply></apply>", Math.Atanh(1 / (X + 1)) },
        { "<pi/>", Math.PI },
        { "<exponentiale/>", Math.E },
        { "<cn type=\"e-notation\" cellml:units=\"dimensionless\">1.5<sep/>-3</cn>", 1.5e-3 },
        { "<cn cellml:units=\"dimensionless\">2.5e2</cn>", 250 },
        { "<piecewise><piece><cn cellml:units=\"dimensionless\">1</cn><apply><gt/><ci>x</ci><cn cellml:units=\"dimensionless\">1</cn></apply></piece><piece><cn cellml:units=\"dimensionless\">2</cn><apply><lt/><ci>x</ci><cn cellml:units=\"dimensionless\">1</cn></apply></piece><otherwise><cn cellml:units=\"dimensionless\">3</cn></otherwise></piecewise>", 2 },
        { "<piecewise><piece><cn cellml:units=\"dimensionless\">1</cn><apply><gt/><ci>x</ci><cn cellml:units=\"dimensionless\">1</cn></apply></piece></piecewise>", double.NaN },
        { "<piecewise><piece><cn cellml:units=\"dimensionless\">1</cn><apply><and/><apply><geq/><ci>x</ci><cn cellml:units=\"dimensionless\">0.7</cn></apply><apply><leq/><ci>x</ci><cn cellml:units=\"dimensionless\">0.7</cn></apply><apply><eq/><ci>x</ci><ci>x</ci></apply></apply></piece><otherwise><cn cellml:units=\"dimensionless\">0</cn></otherwise></piecewise>", 1 },
        { "<piecewise><piece><cn cellml:units=\"dimensionless\">1</cn><apply><or/><apply><neq/><ci>x</ci><ci>x</ci></apply><false/></apply></piece><otherwise><cn cellml:units=\"dimensionless\">0</cn></otherwise></piecewise>", 0 },
        { "<piecewise><piece><cn cellml:units=\"dimensionless\">1</cn><apply><xor/><true/><apply><not/><false/></apply></apply></piece><otherwise><cn cellml:units=\"dimensionless\">0</cn></otherwise></piecewise>", 0 },
        { "<apply><times/><apply><gt/><ci>x</ci><cn cellml:units=\"dimensionless\">0</cn></apply><cn cellml:units=\"dimensionless\">5</cn></apply>", 5 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Construct_evaluates_as_System_Math_does(string expression, double expected)
    {
        var model = Documents.Parse(Documents.OneComponent(
            "<variable name=\"x\" units=\"dimensionless\" initial_value=\"0.7\"/><variable name=\"r\" units=\"dimensionless\"/>",
            $"<apply><eq/><ci>r</ci>{expression}</apply>"));
        double actual = model.Evaluate(model.Find("c.r"), 0, model.InitialState());
        Assert.Equal(expected, actual, 14);
    }

    [Fact]
    public void Equations_are_evaluated_in_dependency_order_whatever_the_file_order()
    {
        var model = Documents.Parse(Documents.OneComponent(
            "<variable name=\"a\" units=\"dimensionless\"/><variable name=\"b\" units=\"dimensionless\"/><variable name=\"k\" units=\"dimensionless\" initial_value=\"3\"/>",
            "<apply><eq/><ci>a</ci><apply><times/><ci>b</ci><cn cellml:units=\"dimensionless\">2</cn></apply></apply>"
            + "<apply><eq/><ci>b</ci><apply><plus/><ci>y</ci><ci>k</ci></apply></apply>"));
        var state = new[] { 10.0 };
        Assert.Equal(26, model.Evaluate(model.Find("c.a"), 0, state));
        Assert.Equal(VariableKind.Algebraic, model.Find("c.a").Kind);
        Assert.Equal(VariableKind.Parameter, model.Find("c.k").Kind);
    }

    [Fact]
    public void Equations_of_constants_only_are_computed_constants_and_follow_overrides()
    {
        var model = Documents.Parse(Documents.OneComponent(
            "<variable name=\"k\" units=\"dimensionless\" initial_value=\"3\"/><variable name=\"k2\" units=\"dimensionless\"/>",
            "<apply><eq/><ci>k2</ci><apply><power/><ci>k</ci><cn cellml:units=\"dimensionless\">2</cn></apply></apply>"));
        Assert.Equal(VariableKind.ComputedConstant, model.Find("c.k2").Kind);
        Assert.Equal(9, model.Evaluate(model.Find("c.k2"), 0, model.InitialState()));
        var changed = model.With([new("c.k", 5)]);
        Assert.Equal(25, changed.Evaluate(changed.Find("c.k2"), 0, changed.InitialState()));
        Assert.Equal(9, model.Evaluate(model.Find("c.k2"), 0, model.InitialState()));
    }
}
