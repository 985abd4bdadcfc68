using IonSim.Plotting;

namespace IonSim.Plotting.Tests;

/// <summary>Small hand-made scenarios: the builders are tested on shape, not on physiology.</summary>
internal static class Curves
{
    public static ScenarioCurves Scenario(string name = "normal", double mg = 1.0, double? rt50 = 41.25, int sites = 2)
    {
        double[] t = [0, 1, 2, 3, 4];
        double[] tension = [0, 0.4, 0.8, 0.5, 0.1];
        SiteCurves[] siteCurves = [.. Enumerable.Range(0, sites).Select(i => new SiteCurves($"site {i}", [0, 0.5, 0.9, 0.5, 0.1], [0.5, 0.3, 0.05, 0.2, 0.4]))];
        return new ScenarioCurves(name, mg, t, tension, [0.1, 2, 1, 0.5, 0.1], [900, 800, 850, 880, 899], siteCurves,
            [new PhaseSpan(0, 1, "Rest"), new PhaseSpan(1, 2, "Contraction"), new PhaseSpan(2, 4, "Relaxation")],
            [new TwitchMarks(0.8, 2, rt50)]);
    }
}
