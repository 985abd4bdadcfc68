using OxyPlot;

namespace IonSim.Plotting;

/// <summary>Free cytosolic Ca²⁺ versus time, one curve per scenario in the scenario's colour.</summary>
internal static class CalciumPanel
{
    public static void Add(PlotModel model, PanelSlot slot, IReadOnlyList<ScenarioCurves> scenarios, PlotStyle style)
    {
        var axis = Figure.PanelAxis(slot, Labels.FreeCalcium);
        axis.Minimum = 0;
        axis.MaximumPadding = 0.08;
        model.Axes.Add(axis);
        for (int i = 0; i < scenarios.Count; i++)
        {
            ScenarioCurves s = scenarios[i];
            model.Series.Add(Figure.Line(slot, null, style.ScenarioColor(i), style.LineThickness, s.TimeMs, s.FreeCalciumMicromolar));
        }
    }
}
