using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace IonSim.Plotting;

/// <summary>Builds the figure of a parameter sweep (magnesium dose-response, force–frequency, force–pCa).</summary>
public static class SweepPlots
{
    /// <summary>Builds an x–y plot with one curve per <see cref="SweepCurve"/>.</summary>
    /// <param name="curves">The curves, in legend order; at least one, each with as many finite y values as x values.</param>
    /// <param name="xTitle">The x-axis title with its unit, for example "Free Mg²⁺ (mM)".</param>
    /// <param name="yTitle">The y-axis title with its unit.</param>
    /// <param name="title">The plot's title, or null for none.</param>
    /// <param name="xDescending">True to draw x decreasing to the right, as force–pCa curves are usually drawn.</param>
    /// <param name="yFromZero">True to start the y-axis at 0, as a tension axis should.</param>
    /// <param name="style">Fonts and colours, or null for <see cref="PlotStyle.Default"/>. A fitted curve takes the colour of the simulated curve before it.</param>
    /// <returns>A new plot model.</returns>
    /// <exception cref="ArgumentException">There is no curve, or a curve is ragged or holds a value that is not finite.</exception>
    public static PlotModel Create(
        IReadOnlyList<SweepCurve> curves,
        string xTitle,
        string yTitle,
        string? title = null,
        bool xDescending = false,
        bool yFromZero = false,
        PlotStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(curves);
        if (curves.Count == 0)
        {
            throw new ArgumentException("At least one curve is needed to draw a sweep.", nameof(curves));
        }

        foreach (SweepCurve curve in curves)
        {
            CurveChecks.Column(curve.X, curve.X.Count, $"{curve.Name}.X");
            CurveChecks.Column(curve.Y, curve.X.Count, $"{curve.Name}.Y");
        }

        style ??= PlotStyle.Default;
        PlotModel model = Figure.Create(title, style);
        model.Axes.Add(new LinearAxis
        {
            Position = AxisPosition.Bottom,
            Title = xTitle,
            StartPosition = xDescending ? 1 : 0,
            EndPosition = xDescending ? 0 : 1,
            MajorGridlineStyle = LineStyle.Dot,
        });
        var yAxis = new LinearAxis { Position = AxisPosition.Left, Title = yTitle, MajorGridlineStyle = LineStyle.Dot, MaximumPadding = 0.08 };
        if (yFromZero)
        {
            yAxis.Minimum = 0;
        }

        model.Axes.Add(yAxis);

        int colour = -1;
        foreach (SweepCurve curve in curves)
        {
            if (curve.IsMark)
            {
                model.Series.Add(Marks(curve, style));
                continue;
            }

            // A fit is drawn in the colour of the points it fits, so the legend pairs them without words.
            if (!curve.IsFit || colour < 0)
            {
                colour++;
            }

            var series = new LineSeries
            {
                Title = curve.Name,
                Color = style.ScenarioColor(colour),
                StrokeThickness = curve.IsFit ? style.LineThickness * 0.7 : style.LineThickness,
                LineStyle = curve.IsFit ? LineStyle.Dash : LineStyle.Solid,
                MarkerType = curve.IsFit ? MarkerType.None : MarkerType.Circle,
                MarkerSize = 4,
                MarkerFill = style.ScenarioColor(colour),
            };
            for (int k = 0; k < curve.X.Count; k++)
            {
                series.Points.Add(new DataPoint(curve.X[k], curve.Y[k]));
            }

            model.Series.Add(series);
        }

        var legend = Figure.Legend(style, inside: true);
        legend.LegendPosition = LowerTopCorner(curves, xDescending);
        model.Legends.Add(legend);
        return model;
    }

    /// <summary>The top corner whose side of the plot holds lower values, so the legend covers the fewest points.</summary>
    private static LineSeries Marks(SweepCurve curve, PlotStyle style)
    {
        OxyColor spasm = OxyColor.FromRgb(0x8E, 0x2C, 0x5E); // a darker shade of the spasm phase band, readable on white
        var series = new LineSeries
        {
            Title = curve.Name,
            LineStyle = LineStyle.None,
            Color = spasm,
            MarkerType = MarkerType.Diamond,
            MarkerSize = 8,
            MarkerStroke = spasm,
            MarkerStrokeThickness = style.LineThickness,
            MarkerFill = OxyColors.Undefined,
        };
        for (int k = 0; k < curve.X.Count; k++)
        {
            series.Points.Add(new DataPoint(curve.X[k], curve.Y[k]));
        }

        return series;
    }

    private static LegendPosition LowerTopCorner(IReadOnlyList<SweepCurve> curves, bool xDescending)
    {
        var points = curves.SelectMany(c => c.X.Zip(c.Y)).ToList();
        if (points.Count == 0)
        {
            return LegendPosition.RightTop;
        }

        double lo = points.Min(p => p.First), hi = points.Max(p => p.First), third = (hi - lo) / 3;
        double MaxY(Func<double, bool> inSide) => points.Where(p => inSide(p.First)).Select(p => p.Second).DefaultIfEmpty(double.NegativeInfinity).Max();
        double lowX = MaxY(x => x <= lo + third), highX = MaxY(x => x >= hi - third);
        bool rightIsLower = xDescending ? lowX <= highX : highX <= lowX;
        return rightIsLower ? LegendPosition.RightTop : LegendPosition.LeftTop;
    }
}
