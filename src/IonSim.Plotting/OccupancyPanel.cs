using OxyPlot;

namespace IonSim.Plotting;

/// <summary>Fraction of each site held by Ca²⁺ (solid) and Mg²⁺ (dashed), in the scenario's colour;
/// further sites of a scenario get thinner lines so that they stay apart.</summary>
internal static class OccupancyPanel
{
    public static void Add(PlotModel model, PanelSlot slot, IReadOnlyList<ScenarioCurves> scenarios, PlotStyle style)
    {
        var axis = Figure.PanelAxis(slot, Labels.Occupancy);
        axis.Minimum = 0;
        axis.Maximum = 1;
        model.Axes.Add(axis);
        for (int i = 0; i < scenarios.Count; i++)
        {
            ScenarioCurves s = scenarios[i];
            for (int k = 0; k < s.Sites.Count; k++)
            {
                SiteCurves site = s.Sites[k];
                double thickness = Math.Max(1.0, style.LineThickness - (0.75 * k));
                var ca = Figure.Line(slot, $"{s.Name}: {site.Name} Ca²⁺", style.ScenarioColor(i), thickness, s.TimeMs, site.CalciumFraction);
                var mg = Figure.Line(slot, $"{s.Name}: {site.Name} Mg²⁺", style.ScenarioColor(i), thickness, s.TimeMs, site.MagnesiumFraction);
                mg.LineStyle = LineStyle.Dash;
                model.Series.Add(ca);
                model.Series.Add(mg);
            }
        }
    }
}
