using IonSim.CellML.Tests.Shorten;

namespace IonSim.CellML.Tests;

/// <summary>
/// The Jacobian compiled from symbolic derivatives agrees with difference quotients of the right-hand
/// side: for every operator, through unit conversions and chains of algebraic variables, in time, and for
/// Shorten 2007 against the hand-written right-hand side.
/// </summary>
public sealed class JacobianTests
{
    private const string Dimensionless = "cellml:units=\"dimensionless\"";

    /// <summary>Expressions in the state x, each evaluated at points away from its branch points and poles.</summary>
    public static TheoryData<string, double> Operators()
    {
        string Cn(double v) => $"<cn {Dimensionless}>{v.ToString(System.Globalization.CultureInfo.InvariantCulture)}</cn>";
        string Apply(string op, params string[] args) => $"<apply><{op}/>{string.Concat(args)}</apply>";
        const string x = "<ci>x</ci>";
        string[] expressions =
        [
            Apply("plus", x, Cn(2), Apply("times", x, x)),
            Apply("minus", x),
            Apply("minus", Cn(3), Apply("exp", x)),
            Apply("times", x, Cn(3), x, Apply("sin", x)),
            Apply("divide", Apply("exp", x), Apply("plus", x, Cn(2))),
            Apply("divide", Cn(3), x),
            Apply("power", x, Cn(3)),
            Apply("power", x, Cn(-2)),
            Apply("power", x, Cn(2.5)),
            Apply("power", Cn(2), x),
            Apply("power", x, x),
            $"<apply><root/>{x}</apply>",
            $"<apply><root/><degree>{Cn(3)}</degree>{x}</apply>",
            $"<apply><root/><degree>{x}</degree>{Cn(5)}</apply>",
            Apply("exp", Apply("times", Cn(-2), x)),
            Apply("ln", x),
            $"<apply><log/>{x}</apply>",
            $"<apply><log/><logbase>{Apply("plus", x, Cn(1))}</logbase>{Cn(7)}</apply>",
            Apply("abs", Apply("minus", x, Cn(0.5))),
            Apply("times", Apply("floor", Apply("times", Cn(3), x)), x),
            Apply("times", Apply("ceiling", x), x),
            Apply("min", x, Apply("times", x, x), Cn(0.4)),
            Apply("max", Cn(0.2), x, Apply("times", Cn(2), x, x)),
            Apply("rem", Apply("times", Cn(5), x), Apply("plus", x, Cn(1))),
            Apply("sin", x), Apply("cos", x), Apply("tan", x), Apply("sec", x), Apply("csc", x), Apply("cot", x),
            Apply("sinh", x), Apply("cosh", x), Apply("tanh", x), Apply("sech", x), Apply("csch", x), Apply("coth", x),
            Apply("arcsin", x), Apply("arccos", x), Apply("arctan", x),
            Apply("arcsec", Apply("plus", x, Cn(1))), Apply("arccsc", Apply("plus", x, Cn(1))), Apply("arccot", x),
            Apply("arcsinh", x), Apply("arccosh", Apply("plus", x, Cn(1))), Apply("arctanh", x),
            Apply("arcsech", x), Apply("arccsch", x), Apply("arccoth", Apply("plus", x, Cn(1))),
            $"<piecewise><piece>{Apply("times", x, x)}{Apply("lt", x, Cn(0.5))}</piece><piece>{Apply("sin", x)}{Apply("lt", x, Cn(0.8))}</piece><otherwise>{Apply("exp", x)}</otherwise></piecewise>",
            Apply("times", Apply("gt", x, Cn(0.5)), x),
        ];
        var data = new TheoryData<string, double>();
        foreach (var expression in expressions)
        {
            foreach (double at in new[] { 0.3, 0.65, 0.9 })
            {
                data.Add(expression, at);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Operators))]
    public void Each_operator_is_differentiated_as_its_difference_quotient_says(string expression, double at)
    {
        // dx/dt = e(x) + 0.1·a with a = e(x) too: the rate reads x directly and through an algebraic variable.
        var model = Documents.Parse(Documents.Model10(
            $"""
            <component name="c">
              <variable name="t" units="dimensionless"/>
              <variable name="x" units="dimensionless" initial_value="{at.ToString(System.Globalization.CultureInfo.InvariantCulture)}"/>
              <variable name="a" units="dimensionless"/>
              {Documents.Math(
                $"<apply><eq/><ci>a</ci>{expression}</apply>" +
                $"<apply><eq/><apply><diff/><bvar><ci>t</ci></bvar><ci>x</ci></apply><apply><plus/>{expression}<apply><times/><cn {Dimensionless}>0.1</cn><ci>a</ci></apply></apply></apply>")}
            </component>
            """));
        AssertMatchesDifferences(model, 0.0, model.InitialState(), 1e-7);
    }

    [Fact]
    public void Unit_conversions_and_time_enter_the_derivatives()
    {
        // a.x in volts decays; b reads it in mV with its own time in seconds: d(b.y)/d(b.time) = x·sin(time) − y.
        var model = Documents.Parse(Documents.Model10(
            """
            <units name="millivolt"><unit prefix="milli" units="volt"/></units>
            <units name="ms"><unit prefix="milli" units="second"/></units>
            <units name="per_ms"><unit units="ms" exponent="-1"/></units>
            <units name="per_second"><unit units="second" exponent="-1"/></units>
            <component name="env"><variable name="time" units="ms" public_interface="out"/></component>
            <component name="a">
              <variable name="time" units="ms" public_interface="in"/>
              <variable name="x" units="volt" initial_value="2" public_interface="out"/>
              <variable name="k" units="per_ms" initial_value="0.3"/>
              <math xmlns="http://www.w3.org/1998/Math/MathML">
                <apply><eq/><apply><diff/><bvar><ci>time</ci></bvar><ci>x</ci></apply><apply><times/><apply><minus/><ci>k</ci></apply><ci>x</ci></apply></apply>
              </math>
            </component>
            <component name="b">
              <variable name="time" units="second" public_interface="in"/>
              <variable name="x" units="millivolt" public_interface="in"/>
              <variable name="y" units="millivolt" initial_value="5"/>
              <variable name="r" units="per_second" initial_value="4"/>
              <math xmlns="http://www.w3.org/1998/Math/MathML" xmlns:cellml="http://www.cellml.org/cellml/1.0#">
                <apply><eq/><apply><diff/><bvar><ci>time</ci></bvar><ci>y</ci></apply>
                  <apply><minus/><apply><times/><ci>r</ci><ci>x</ci><apply><sin/><apply><times/><cn cellml:units="per_second">1</cn><ci>time</ci></apply></apply></apply><apply><times/><ci>r</ci><ci>y</ci></apply></apply></apply>
              </math>
            </component>
            <connection><map_components component_1="env" component_2="a"/><map_variables variable_1="time" variable_2="time"/></connection>
            <connection><map_components component_1="env" component_2="b"/><map_variables variable_1="time" variable_2="time"/></connection>
            <connection><map_components component_1="a" component_2="b"/><map_variables variable_1="x" variable_2="x"/></connection>
            """));
        double t = 700;
        var y = model.InitialState();
        var dfdy = new double[4];
        var dfdt = new double[2];
        model.Jacobian(t, y, dfdy, dfdt);

        // d(b.y)/d(env.time) = 1e-3·r·(1000·x·sin(t/1000) − y), per ms, with x in volts and y in mV.
        Assert.Equal(-0.3, dfdy[0], 14);
        Assert.Equal(1e-3 * 4 * 1000 * Math.Sin(0.7), dfdy[2], 12);
        Assert.Equal(-1e-3 * 4, dfdy[3], 14);
        Assert.Equal(1e-3 * 4 * 1000 * 2 * Math.Cos(0.7) * 1e-3, dfdt[1], 12);
        AssertMatchesDifferences(model, t, y, 1e-7);
    }

    [Fact]
    public void Only_the_entries_of_the_sparsity_pattern_are_written()
    {
        var model = Models.Shorten;
        int n = model.Dimension;
        var dfdy = Enumerable.Repeat(double.NaN, n * n).ToArray();
        model.Jacobian(1.0, model.InitialState(), dfdy, new double[n]);
        for (int k = 0; k < n * n; k++)
        {
            Assert.Equal(model.JacobianSparsity.IsNonZero(k / n, k % n), !double.IsNaN(dfdy[k]));
        }
    }

    [Fact]
    public void Shorten_Jacobian_matches_differences_of_the_hand_written_right_hand_side()
    {
        // The hand-written rates are independent of the reader and compiler (ShortenByHand.cs), so this checks
        // the symbolic derivatives against the model's mathematics, not against the compiled right-hand side.
        var model = Models.Shorten;
        var random = new Random(20260127);
        for (int trial = 0; trial < 100; trial++)
        {
            double t = 1 + random.NextDouble() * 40;
            double[] y = ShortenByHand.Initial.Select((v, i) => i is 0 or 1 ? -95 + 140 * random.NextDouble() : i is >= 8 and <= 27 ? random.NextDouble() : Math.Max(v, 0.05) * (0.2 + 1.8 * random.NextDouble())).ToArray();
            AssertMatchesDifferences(model, t, y, 1e-6, ShortenByHand.Rates);
        }
    }

    [Fact]
    public void Hodgkin_Huxley_and_Noble_Jacobians_match_their_difference_quotients_along_their_initial_state()
    {
        foreach (var file in new[] { "hodgkin_huxley_1952.cellml", "hodgkin_huxley_1952_cellml10.cellml", "noble_1962.cellml" })
        {
            var model = CellMLReader.Load(Models.PathOf(file));
            var random = new Random(5);
            for (int trial = 0; trial < 20; trial++)
            {
                double[] y = model.InitialState().Select(v => v * (0.8 + 0.4 * random.NextDouble())).ToArray();
                AssertMatchesDifferences(model, 0.3 + trial, y, 1e-6);
            }
        }
    }

    private delegate void Rates(double t, ReadOnlySpan<double> y, Span<double> dydt);

    /// <summary>
    /// Each entry against a central difference of the rates, or a one-sided one when the central difference
    /// straddles a branch of a piecewise definition; the error is measured against the row's scale
    /// Σ_j |∂f_i/∂y_j|·|y_j| + |f_i| (the size of the terms that cancel in f_i).
    /// </summary>
    private static void AssertMatchesDifferences(CellMLModel model, double t, double[] y, double tolerance, Rates? rates = null)
    {
        rates ??= model.Derivatives;
        int n = model.Dimension;
        var dfdy = new double[n * n];
        var dfdt = new double[n];
        model.Jacobian(t, y, dfdy, dfdt);
        var f0 = new double[n];
        var plus = new double[n];
        var minus = new double[n];
        rates(t, y, f0);
        var size = new double[n];
        for (int i = 0; i < n; i++)
        {
            size[i] = Math.Abs(f0[i]) + Enumerable.Range(0, n).Sum(j => Math.Abs(dfdy[i * n + j] * y[j])) + 1e-300;
        }

        for (int j = 0; j <= n; j++)
        {
            double scale = j < n ? Math.Max(Math.Abs(y[j]), 1e-3) : Math.Max(Math.Abs(t), 1.0);
            double h = 1e-6 * scale;
            var yp = (double[])y.Clone();
            var ym = (double[])y.Clone();
            if (j < n)
            {
                yp[j] += h;
                ym[j] -= h;
            }

            rates(j < n ? t : t + h, yp, plus);
            rates(j < n ? t : t - h, ym, minus);
            for (int i = 0; i < n; i++)
            {
                double analytic = j < n ? dfdy[i * n + j] : dfdt[i];
                double central = (plus[i] - minus[i]) / (2 * h);
                double forward = (plus[i] - f0[i]) / h;
                double backward = (f0[i] - minus[i]) / h;
                double best = new[] { central, forward, backward }.Min(d => Math.Abs(d - analytic));
                double columnScale = j < n ? Math.Abs(y[j]) + 1e-3 : Math.Abs(t) + 1;
                Assert.True(
                    best * columnScale <= tolerance * size[i],
                    $"∂f{i}/∂{(j < n ? $"y{j}" : "t")} at t={t}: symbolic {analytic:R}, central difference {central:R} (row scale {size[i]:G3})");
                if (j < n && !model.JacobianSparsity.IsNonZero(i, j))
                {
                    Assert.Equal(0.0, central);
                }
            }
        }
    }
}
