using IonSim.Integration;

namespace IonSim.CellML.Tests;

/// <summary>Small repository models of other kinds, each against something its authors published.</summary>
public sealed class RepositoryModelTests
{
    private static readonly OdeOptions Options = new() { RelativeTolerance = 1e-8, AbsoluteTolerance = 1e-10, Stiffness = StiffnessPolicy.Ignore };

    [Fact]
    public void Hodgkin_Huxley_CellML_10_and_20_encodings_give_the_same_action_potential()
    {
        var v20 = CellMLReader.Load(Models.PathOf("hodgkin_huxley_1952.cellml"));
        var v10 = CellMLReader.Load(Models.PathOf("hodgkin_huxley_1952_cellml10.cellml"));
        Assert.Equal("2.0", v20.CellMLVersion);
        Assert.Equal("1.0", v10.CellMLVersion);
        var a = Solve(v20, 30);
        var b = Solve(v10, 30);
        Assert.Equal(a.Times.Count, b.Times.Count);
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(a.FinalState[i], b.FinalState[i], 12);
        }
    }

    /// <summary>
    /// Hodgkin &amp; Huxley (1952), Fig. 12: computed membrane action potentials are all-or-none: a
    /// supra-threshold initial depolarisation gives a spike of about 100 mV, a small one decays back to
    /// rest (their convention: depolarisation negative, rest at 0 mV).
    /// </summary>
    [Fact]
    public void Hodgkin_Huxley_action_potential_is_all_or_none_and_about_100_mV()
    {
        var model = CellMLReader.Load(Models.PathOf("hodgkin_huxley_1952.cellml"));
        double Extreme(double v0)
        {
            var m = model.With([new("membrane.V", v0)]);
            var solution = Solve(m, 9.5);
            return Enumerable.Range(0, solution.Times.Count).Min(k => solution.State(k)[0]);
        }

        double above = Extreme(-15), below = Extreme(-5);
        Assert.InRange(-above, 90, 110);
        Assert.Equal(-5, below, 9);
    }

    /// <summary>Noble (1962): the Purkinje fibre equations generate pace-maker potentials and repetitive action potentials without any stimulus.</summary>
    [Fact]
    public void Noble_1962_fires_spontaneously_and_periodically()
    {
        var model = CellMLReader.Load(Models.PathOf("noble_1962.cellml"));
        Assert.Empty(model.TimeDiscontinuities);
        var solution = Solve(model, 2000);
        var upstrokes = new List<double>();
        for (int k = 1; k < solution.Times.Count; k++)
        {
            if (solution.State(k - 1)[0] < 0 && solution.State(k)[0] >= 0)
            {
                upstrokes.Add(solution.Times[k]);
            }
        }

        Assert.True(upstrokes.Count >= 3, $"{upstrokes.Count} action potentials in 2 s");
        var periods = upstrokes.Zip(upstrokes.Skip(1), (x, y) => y - x).Skip(1).ToList();
        Assert.True(periods.Max() - periods.Min() < 0.01 * periods.Average(), $"periods {string.Join(", ", periods)} ms");
        double peak = Enumerable.Range(0, solution.Times.Count).Max(k => solution.State(k)[0]);
        double trough = Enumerable.Range(solution.Times.Count / 2, solution.Times.Count / 2).Min(k => solution.State(k)[0]);
        Assert.InRange(peak, 10, 50);
        Assert.InRange(trough, -100, -75);
    }

    private static OdeSolution Solve(CellMLModel model, double tEnd) =>
        OdeSolver.Solve(model, 0, model.InitialState(), tEnd, Options, new OdeRequest { Breakpoints = model.TimeDiscontinuities.Where(t => t > 0 && t < tEnd).ToArray() });
}
