using OxyPlot;

namespace IonSim.Plotting;

/// <summary>Tension versus time, one curve per scenario; the legend (built by TwitchPlots) carries Mg²⁺ and the twitch metrics.</summary>
internal static class TensionPanel
{
    public static void Add(PlotModel model, PanelSlot slot, IReadOnlyList<ScenarioCurves> scenarios, PlotStyle style)
    {
        var axis = Figure.PanelAxis(slot, Labels.Tension);
        axis.Minimum = 0;
        axis.MaximumPadding = 0.08;
        model.Axes.Add(axis);
        for (int i = 0; i < scenarios.Count; i++)
        {
            ScenarioCurves s = scenarios[i];
            model.Series.Add(Figure.Line(slot, null, style.ScenarioColor(i), style.LineThickness, s.TimeMs, s.Tension));
        }
    }
}
