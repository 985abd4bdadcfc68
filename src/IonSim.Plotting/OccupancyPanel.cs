using OxyPlot;

namespace IonSim.Plotting;

/// <summary>One panel per binding site: the fraction held by Ca²⁺ (solid) and by Mg²⁺ (dashed), one
/// colour per scenario, so that the competition at each site reads at a glance.</summary>
internal static class OccupancyPanel
{
    /// <summary>The sites to draw: those of the first scenario, by name (scenarios of one model share them).</summary>
    public static IReadOnlyList<string> SiteNames(IReadOnlyList<ScenarioCurves> scenarios) => [.. scenarios[0].Sites.Select(s => s.Name)];

    public static void Add(PlotModel model, PanelSlot slot, IReadOnlyList<ScenarioCurves> scenarios, string siteName, PlotStyle style)
    {
        var axis = Figure.PanelAxis(slot, Labels.Occupancy(siteName));
        axis.Minimum = 0;
        axis.Maximum = 1;
        model.Axes.Add(axis);
        for (int i = 0; i < scenarios.Count; i++)
        {
            ScenarioCurves s = scenarios[i];
            SiteCurves? site = s.Sites.FirstOrDefault(c => c.Name == siteName);
            if (site is null)
            {
                continue;
            }

            model.Series.Add(Figure.Line(slot, null, style.ScenarioColor(i), style.LineThickness, s.TimeMs, site.CalciumFraction));
            var mg = Figure.Line(slot, null, style.ScenarioColor(i), style.LineThickness, s.TimeMs, site.MagnesiumFraction);
            mg.LineStyle = LineStyle.Dash;
            model.Series.Add(mg);
        }
    }
}
