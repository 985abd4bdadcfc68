using OxyPlot;

namespace IonSim.Plotting;

/// <summary>
/// One quantity versus time, one curve per scenario in the scenario's colour: the tension panel and the
/// free Ca²⁺ panel. For tension the legend (built by TwitchPlots) carries Mg²⁺ and the twitch metrics.
/// </summary>
internal static class TracePanel
{
    public static void Add(
        PlotModel model, PanelSlot slot, IReadOnlyList<ScenarioCurves> scenarios, PlotStyle style,
        string axisTitle, Func<ScenarioCurves, IReadOnlyList<double>> values)
    {
        var axis = Figure.PanelAxis(slot, axisTitle);
        axis.Minimum = 0;
        axis.MaximumPadding = 0.08;
        model.Axes.Add(axis);
        for (int i = 0; i < scenarios.Count; i++)
        {
            ScenarioCurves s = scenarios[i];
            model.Series.Add(Figure.Line(slot, null, style.ScenarioColor(i), style.LineThickness, s.TimeMs, values(s)));
        }
    }
}
