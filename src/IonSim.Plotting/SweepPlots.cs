using OxyPlot;
using OxyPlot.Axes;
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
    /// <param name="style">Fonts and colours, or null for <see cref="PlotStyle.Default"/>.</param>
    /// <returns>A new plot model.</returns>
    /// <exception cref="ArgumentException">There is no curve, or a curve is ragged or holds a value that is not finite.</exception>
    public static PlotModel Create(
        IReadOnlyList<SweepCurve> curves,
        string xTitle,
        string yTitle,
        string? title = null,
        bool xDescending = false,
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
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = yTitle, MajorGridlineStyle = LineStyle.Dot, MaximumPadding = 0.08 });

        for (int i = 0; i < curves.Count; i++)
        {
            SweepCurve curve = curves[i];
            var series = new LineSeries
            {
                Title = curve.Name,
                Color = style.ScenarioColor(i),
                StrokeThickness = curve.IsFit ? style.LineThickness * 0.7 : style.LineThickness,
                LineStyle = curve.IsFit ? LineStyle.Dash : LineStyle.Solid,
                MarkerType = curve.IsFit ? MarkerType.None : MarkerType.Circle,
                MarkerSize = 4,
                MarkerFill = style.ScenarioColor(i),
            };
            for (int k = 0; k < curve.X.Count; k++)
            {
                series.Points.Add(new DataPoint(curve.X[k], curve.Y[k]));
            }

            model.Series.Add(series);
        }

        model.Legends.Add(Figure.Legend(style, inside: true));
        return model;
    }
}
