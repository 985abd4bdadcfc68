using OxyPlot;
using OxyPlot.Series;

namespace IonSim.Plotting;

/// <summary>The phase timeline as shaded bands, one row per scenario; one series per phase so that the
/// legend names each colour once.</summary>
internal static class PhasePanel
{
    private const double HalfRow = 0.38;

    public static void Add(PlotModel model, PanelSlot slot, IReadOnlyList<ScenarioCurves> scenarios)
    {
        var axis = Figure.PanelAxis(slot, Labels.Phases);
        axis.Minimum = -0.6;
        axis.Maximum = scenarios.Count - 0.4;
        axis.MajorStep = 1;
        axis.MinorStep = 1;
        axis.MajorGridlineStyle = LineStyle.None;
        axis.IsZoomEnabled = false;
        // Row i is scenario i, listed top to bottom like the legend.
        axis.LabelFormatter = value =>
        {
            int row = (int)Math.Round(value);
            return Math.Abs(value - row) < 1e-9 && row >= 0 && row < scenarios.Count ? scenarios[scenarios.Count - 1 - row].Name : string.Empty;
        };
        model.Axes.Add(axis);

        var byPhase = new Dictionary<string, RectangleBarSeries>(StringComparer.Ordinal);
        for (int i = 0; i < scenarios.Count; i++)
        {
            double row = scenarios.Count - 1 - i;
            foreach (PhaseSpan span in scenarios[i].Phases)
            {
                if (!(span.EndMs > span.StartMs))
                {
                    continue;
                }

                if (!byPhase.TryGetValue(span.Phase, out RectangleBarSeries? series))
                {
                    series = new RectangleBarSeries
                    {
                        Title = span.Phase,
                        FillColor = PlotStyle.PhaseColor(span.Phase),
                        StrokeThickness = 0,
                        XAxisKey = TwitchPlots.TimeAxisKey,
                        YAxisKey = slot.AxisKey,
                    };
                    byPhase.Add(span.Phase, series);
                }

                series.Items.Add(new RectangleBarItem(span.StartMs, row - HalfRow, span.EndMs, row + HalfRow));
            }
        }

        // A fixed phase order keeps the legend the same from run to run and scenario to scenario.
        foreach (string phase in PhaseOrder.Concat(byPhase.Keys.Except(PhaseOrder).Order(StringComparer.Ordinal)))
        {
            if (byPhase.TryGetValue(phase, out RectangleBarSeries? series))
            {
                model.Series.Add(series);
            }
        }
    }

    private static readonly string[] PhaseOrder = ["Rest", "Activation", "Contraction", "Relaxation", "Spasm"];
}
