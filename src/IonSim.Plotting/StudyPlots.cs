using IonSim.Experiments.Studies;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace IonSim.Plotting;

/// <summary>Figures of a parameter study's global sensitivity.</summary>
public static class StudyPlots
{
    private const string IndexAxisKey = "index";

    /// <summary>A bar chart of first-order (dark) and total (light) Sobol' indices with their confidence intervals (whiskers),
    /// one panel per output, parameters down each panel.</summary>
    /// <param name="parameters">The parameters' names, in the indices' order.</param>
    /// <param name="outputs">Each output's name and indices.</param>
    /// <param name="title">The title, or null.</param>
    /// <param name="style">Fonts and colours; null for <see cref="PlotStyle.Default"/>.</param>
    /// <returns>A new plot model.</returns>
    /// <exception cref="ArgumentException">No output, or an output whose indices do not match the parameters.</exception>
    public static PlotModel Indices(IReadOnlyList<string> parameters, IReadOnlyList<(string Output, SobolIndices Indices)> outputs, string? title = null, PlotStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(outputs);
        if (outputs.Count == 0 || outputs.Any(o => o.Indices.Indices.Count != parameters.Count))
        {
            throw new ArgumentException("Each output needs one index per parameter, and there must be at least one output.", nameof(outputs));
        }

        style ??= PlotStyle.Default;
        PlotModel model = Figure.Create(title, style);
        // Noise can put an estimate or an interval outside [0, 1]; the axis shows at most −0.5 to 1.5, so small studies stay readable.
        double low = Math.Max(-0.5, Math.Min(0, outputs.SelectMany(o => o.Indices.Indices).SelectMany(i => new[] { i.FirstLow, i.TotalLow }).Where(double.IsFinite).DefaultIfEmpty(0).Min()));
        double high = Math.Min(1.5, Math.Max(1, outputs.SelectMany(o => o.Indices.Indices).SelectMany(i => new[] { i.FirstHigh, i.TotalHigh }).Where(double.IsFinite).DefaultIfEmpty(1).Max()));
        model.Axes.Add(new LinearAxis
        {
            Key = IndexAxisKey,
            Position = AxisPosition.Bottom,
            Minimum = low - 0.02,
            Maximum = high + 0.02,
            Title = "Sobol' index (dark: first order S_i, light: total S_Ti; whiskers: 95 % bootstrap interval)",
            MajorGridlineStyle = LineStyle.Dot,
        });

        OxyColor dark = OxyColor.FromRgb(0x1f, 0x4e, 0x9a), light = OxyColor.FromRgb(0x9d, 0xc3, 0xe6);
        double gap = 0.03;
        double height = (1 - (gap * (outputs.Count - 1))) / outputs.Count;
        for (int o = 0; o < outputs.Count; o++)
        {
            (string output, SobolIndices indices) = outputs[o];
            string key = $"panel{o}";
            double end = 1 - (o * (height + gap));
            var axis = new CategoryAxis
            {
                Key = key,
                Position = AxisPosition.Left,
                StartPosition = end,
                EndPosition = end - height,
                GapWidth = 0.3,
                Minimum = -1.1,
                Maximum = parameters.Count - 0.5,
                IsZoomEnabled = false,
            };
            axis.Labels.AddRange(parameters);
            model.Axes.Add(axis);
            var whiskers = new LineSeries { Color = OxyColors.Black, StrokeThickness = 1.2, XAxisKey = IndexAxisKey, YAxisKey = key, RenderInLegend = false };
            for (int i = 0; i < parameters.Count; i++)
            {
                SobolIndex index = indices.Indices[i];
                Bar(model, key, i - 0.2, index.Total, light);
                Bar(model, key, i + 0.2, index.First, dark);
                Whisker(whiskers, i - 0.2, index.TotalLow, index.TotalHigh);
                Whisker(whiskers, i + 0.2, index.FirstLow, index.FirstHigh);
            }

            model.Series.Add(whiskers);
            model.Annotations.Add(new TextAnnotation
            {
                XAxisKey = IndexAxisKey,
                YAxisKey = key,
                TextPosition = new DataPoint(low - 0.02, -0.75),
                TextHorizontalAlignment = HorizontalAlignment.Left,
                TextVerticalAlignment = VerticalAlignment.Middle,
                Text = $"{output}  (N = {indices.Samples} samples{(indices.Dropped > 0 ? $", {indices.Dropped} dropped: a point failed or was undefined" : "")})",
                FontWeight = FontWeights.Bold,
                Stroke = OxyColors.Transparent,
                Background = OxyColors.Transparent,
            });
        }

        return model;
    }

    private static void Bar(PlotModel model, string axis, double centre, double value, OxyColor colour)
    {
        if (!double.IsFinite(value))
        {
            return;
        }

        model.Annotations.Add(new RectangleAnnotation
        {
            XAxisKey = IndexAxisKey,
            YAxisKey = axis,
            MinimumX = Math.Min(0, value),
            MaximumX = Math.Max(0, value),
            MinimumY = centre - 0.18,
            MaximumY = centre + 0.18,
            Fill = colour,
            Layer = AnnotationLayer.BelowSeries,
        });
    }

    private static void Whisker(LineSeries series, double centre, double low, double high)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high))
        {
            return;
        }

        // Invalid points break a LineSeries, so one series draws every whisker as separate strokes.
        series.Points.Add(new DataPoint(low, centre));
        series.Points.Add(new DataPoint(high, centre));
        series.Points.Add(DataPoint.Undefined);
        series.Points.Add(new DataPoint(low, centre - 0.08));
        series.Points.Add(new DataPoint(low, centre + 0.08));
        series.Points.Add(DataPoint.Undefined);
        series.Points.Add(new DataPoint(high, centre - 0.08));
        series.Points.Add(new DataPoint(high, centre + 0.08));
        series.Points.Add(DataPoint.Undefined);
    }
}
