using IonSim.Experiments;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace IonSim.Plotting;

/// <summary>Builds the figures of simulated twitches and trains: tension curves per scenario, optionally
/// with calcium, occupancy and phase panels stacked under one shared time axis.</summary>
/// <remarks>
/// The builders only draw what the scenarios carry; they compute no physiology of their own. The
/// returned <see cref="PlotModel"/> is new on every call and may be exported with any OxyPlot exporter.
/// </remarks>
public static class TwitchPlots
{
    /// <summary>The key of the shared time axis, for callers that add their own series.</summary>
    public const string TimeAxisKey = "time";

    private const double PanelGap = 0.04;

    /// <summary>Builds a plot of tension versus time with one curve per scenario; each legend entry names
    /// the scenario's free Mg²⁺ in mM and the peak tension and RT50 of its twitch.</summary>
    /// <param name="scenarios">The scenarios to draw, in legend order; at least one.</param>
    /// <param name="title">The plot's title, or null for none.</param>
    /// <param name="style">Fonts and colours, or null for <see cref="PlotStyle.Default"/>.</param>
    /// <returns>A new plot model.</returns>
    /// <exception cref="ArgumentException"><paramref name="scenarios"/> is empty.</exception>
    public static PlotModel Tension(IReadOnlyList<ScenarioCurves> scenarios, string? title = null, PlotStyle? style = null) =>
        Stacked(scenarios, [PlotPanel.Tension], title, style);

    /// <summary>Builds the tension plot of library results; see <see cref="Tension(IReadOnlyList{ScenarioCurves}, string?, PlotStyle?)"/>.</summary>
    /// <param name="results">Results of <see cref="Experiment.Simulate"/> or <see cref="Experiment.Compare"/>, in legend order.</param>
    /// <param name="title">The plot's title, or null for none.</param>
    /// <param name="style">Fonts and colours, or null for <see cref="PlotStyle.Default"/>.</param>
    /// <returns>A new plot model.</returns>
    public static PlotModel Tension(IReadOnlyList<SimulationResult> results, string? title = null, PlotStyle? style = null) =>
        Tension(Views(results), title, style);

    /// <summary>Builds stacked panels of library results; see <see cref="Stacked(IReadOnlyList{ScenarioCurves}, IReadOnlyList{PlotPanel}, string?, PlotStyle?)"/>.</summary>
    /// <param name="results">Results of <see cref="Experiment.Simulate"/> or <see cref="Experiment.Compare"/>, in legend order.</param>
    /// <param name="panels">The panels, top to bottom; at least one, each at most once.</param>
    /// <param name="title">The figure's title, or null for none.</param>
    /// <param name="style">Fonts and colours, or null for <see cref="PlotStyle.Default"/>.</param>
    /// <returns>A new plot model.</returns>
    public static PlotModel Stacked(IReadOnlyList<SimulationResult> results, IReadOnlyList<PlotPanel> panels, string? title = null, PlotStyle? style = null) =>
        Stacked(Views(results), panels, title, style);

    /// <summary>Builds a figure of stacked panels, top to bottom in the order given, that share one time axis.
    /// <see cref="PlotPanel.Occupancy"/> becomes one panel per binding site.</summary>
    /// <param name="scenarios">The scenarios to draw, in legend order; at least one.</param>
    /// <param name="panels">The panels, top to bottom; at least one, each at most once.</param>
    /// <param name="title">The figure's title, or null for none.</param>
    /// <param name="style">Fonts and colours, or null for <see cref="PlotStyle.Default"/>.</param>
    /// <returns>A new plot model.</returns>
    /// <exception cref="ArgumentException"><paramref name="scenarios"/> or <paramref name="panels"/> is empty, or a panel is repeated.</exception>
    public static PlotModel Stacked(
        IReadOnlyList<ScenarioCurves> scenarios,
        IReadOnlyList<PlotPanel> panels,
        string? title = null,
        PlotStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(panels);
        if (scenarios.Count == 0)
        {
            throw new ArgumentException("At least one scenario is needed to draw a plot.", nameof(scenarios));
        }

        if (panels.Count == 0 || panels.Distinct().Count() != panels.Count)
        {
            throw new ArgumentException("Panels must be at least one, each at most once.", nameof(panels));
        }

        style ??= PlotStyle.Default;
        PlotModel model = Figure.Create(title, style);
        model.Axes.Add(new LinearAxis
        {
            Key = TimeAxisKey,
            Position = AxisPosition.Bottom,
            Title = Labels.Time,
            Minimum = scenarios.Min(s => s.TimeMs[0]),
            Maximum = scenarios.Max(s => s.TimeMs[^1]),
            MajorGridlineStyle = LineStyle.Dot,
        });

        // Occupancy expands to one row per site; every row gets an equal share of the height.
        IReadOnlyList<string> sites = OccupancyPanel.SiteNames(scenarios);
        var rows = new List<(PlotPanel Panel, string? Site)>();
        foreach (PlotPanel panel in panels)
        {
            if (panel == PlotPanel.Occupancy)
            {
                rows.AddRange(sites.Select(site => (panel, (string?)site)));
            }
            else
            {
                rows.Add((panel, null));
            }
        }

        // Rows are laid out top to bottom; OxyPlot measures axis positions from the bottom.
        double height = (1.0 - (PanelGap * (rows.Count - 1))) / Math.Max(1, rows.Count);
        PanelSlot? first = null;
        for (int i = 0; i < rows.Count; i++)
        {
            double end = 1.0 - (i * (height + PanelGap));
            var slot = new PanelSlot($"panel{i}", end - height, end);
            first ??= slot;
            switch (rows[i].Panel)
            {
                case PlotPanel.Tension: TracePanel.Add(model, slot, scenarios, style, Labels.Tension, s => s.Tension); break;
                case PlotPanel.Calcium: TracePanel.Add(model, slot, scenarios, style, Labels.FreeCalcium, s => s.FreeCalciumMicromolar); break;
                case PlotPanel.Occupancy: OccupancyPanel.Add(model, slot, scenarios, rows[i].Site!, style); break;
                case PlotPanel.Phases: PhasePanel.Add(model, slot, scenarios); break;
                default: throw new ArgumentOutOfRangeException(nameof(panels), rows[i].Panel, "Unknown panel.");
            }
        }

        if (first is { } legendSlot)
        {
            AddLegendEntries(model, legendSlot, scenarios, panels, style);
        }

        // Inside, top right, only where no curve passes; a curve still high there (a train's plateau, a spasm) or several
        // panels put it below the plot, where it can hide nothing.
        model.Legends.Add(Figure.Legend(style, inside: rows.Count == 1 && TopRightIsFree(scenarios, rows[0].Panel)));
        return model;
    }

    /// <summary>Fraction of the time axis (from the right) and of the value range (from the top) an inside legend may cover.</summary>
    internal const double LegendCornerFraction = 0.5;

    /// <summary>True when no curve of a tension or calcium panel enters the top-right corner an inside legend would cover.</summary>
    internal static bool TopRightIsFree(IReadOnlyList<ScenarioCurves> scenarios, PlotPanel panel)
    {
        Func<ScenarioCurves, IReadOnlyList<double>>? values = panel switch
        {
            PlotPanel.Tension => s => s.Tension,
            PlotPanel.Calcium => s => s.FreeCalciumMicromolar,
            _ => null,
        };
        if (values is null)
        {
            return false;
        }

        double start = scenarios.Min(s => s.TimeMs[0]), end = scenarios.Max(s => s.TimeMs[^1]);
        double low = Math.Min(0, scenarios.Min(s => values(s).Min())), high = scenarios.Max(s => values(s).Max());
        double left = end - (LegendCornerFraction * (end - start)), bottom = high - (LegendCornerFraction * (high - low));
        return !scenarios.Any(s => s.TimeMs.Select((t, i) => t >= left && values(s)[i] >= bottom).Any(inCorner => inCorner));
    }

    private static ScenarioCurves[] Views(IReadOnlyList<SimulationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return [.. results.Select(ScenarioCurves.From)];
    }

    /// <summary>The legend is built once for the whole figure: a line per scenario (with its twitch metrics
    /// when tension is drawn), the line styles of the occupancy panels, then the phase colours.</summary>
    private static void AddLegendEntries(PlotModel model, PanelSlot slot, IReadOnlyList<ScenarioCurves> scenarios, IReadOnlyList<PlotPanel> panels, PlotStyle style)
    {
        var entries = new List<Series>();
        for (int i = 0; i < scenarios.Count; i++)
        {
            string text = panels.Contains(PlotPanel.Tension) ? Labels.TensionLegend(scenarios[i]) : Labels.Scenario(scenarios[i]);
            entries.Add(Figure.LegendEntry(slot, text, style.ScenarioColor(i), style.LineThickness, LineStyle.Solid));
        }

        if (panels.Contains(PlotPanel.Occupancy))
        {
            OxyColor neutral = OxyColor.FromRgb(0x50, 0x50, 0x50);
            entries.Add(Figure.LegendEntry(slot, "fraction bound to Ca²⁺", neutral, style.LineThickness, LineStyle.Solid));
            entries.Add(Figure.LegendEntry(slot, "fraction bound to Mg²⁺", neutral, style.LineThickness, LineStyle.Dash));
        }

        // Phase series already carry their titles; scenario entries go first so they lead the legend.
        for (int i = entries.Count - 1; i >= 0; i--)
        {
            model.Series.Insert(0, entries[i]);
        }
    }
}
