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
                Offset = new ScreenVector(6, 0), // clear of the frame, which is drawn at the same x
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

    /// <summary>Each output against each parameter: one panel per output, the parameters side by side along the bottom, each
    /// in its own band where a point sits at its value's rank among the study's values of that parameter (0 = its smallest,
    /// 1 = its largest, so every distribution fills its band evenly).</summary>
    /// <param name="parameters">The parameters' names.</param>
    /// <param name="values">Per parameter, the points' values (all columns of one length).</param>
    /// <param name="outputs">Per output, its name and the points' values (NaN where undefined; those points are left out).</param>
    /// <param name="title">The title, or null.</param>
    /// <param name="style">Fonts and colours; null for <see cref="PlotStyle.Default"/>.</param>
    /// <returns>A new plot model.</returns>
    /// <exception cref="ArgumentException">No parameter or output, or columns of different lengths.</exception>
    public static PlotModel Scatter(IReadOnlyList<string> parameters, IReadOnlyList<IReadOnlyList<double>> values, IReadOnlyList<(string Output, IReadOnlyList<double> Values)> outputs, string? title = null, PlotStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(outputs);
        int n = values.Count > 0 ? values[0].Count : 0;
        if (parameters.Count == 0 || parameters.Count != values.Count || outputs.Count == 0 || values.Any(v => v.Count != n) || outputs.Any(o => o.Values.Count != n))
        {
            throw new ArgumentException("Scatter plots need at least one parameter and one output, with one value per point in every column.", nameof(values));
        }

        style ??= PlotStyle.Default;
        PlotModel model = Figure.Create(title, style);
        const double band = 0.8;
        var bottom = new LinearAxis
        {
            Position = AxisPosition.Bottom,
            Minimum = -0.5,
            Maximum = parameters.Count - 0.5,
            Title = "in each parameter's band its values are ranked, smallest at the left, largest at the right",
            MajorStep = 1,
            MinorStep = 1,
            Angle = -60,
            LabelFormatter = x => Math.Round(x) is var j && Math.Abs(x - j) < 1e-9 && j >= 0 && j < parameters.Count ? parameters[(int)j] : "",
            MajorGridlineStyle = LineStyle.None,
            IsZoomEnabled = false,
        };
        model.Axes.Add(bottom);
        double[][] ranks = [.. values.Select(Ranks)];
        double gap = 0.04;
        double height = (1 - (gap * (outputs.Count - 1))) / outputs.Count;
        OxyColor colour = OxyColor.FromAColor(70, OxyColor.FromRgb(0x1f, 0x4e, 0x9a));
        for (int o = 0; o < outputs.Count; o++)
        {
            string key = $"scatter{o}";
            double start = 1 - ((o + 1) * height) - (o * gap);
            model.Axes.Add(new LinearAxis { Key = key, Position = AxisPosition.Left, StartPosition = start, EndPosition = start + height, Title = outputs[o].Output, MajorGridlineStyle = LineStyle.Dot, MaximumPadding = 0.05, MinimumPadding = 0.05 });
            var series = new ScatterSeries { MarkerType = MarkerType.Circle, MarkerSize = 1.4, MarkerFill = colour, MarkerStrokeThickness = 0, YAxisKey = key };
            for (int j = 0; j < parameters.Count; j++)
            {
                for (int i = 0; i < n; i++)
                {
                    double y = outputs[o].Values[i];
                    if (double.IsFinite(y) && double.IsFinite(ranks[j][i]))
                    {
                        series.Points.Add(new ScatterPoint(j + (band * (ranks[j][i] - 0.5)), y));
                    }
                }
            }

            model.Series.Add(series);
            for (int j = 1; j < parameters.Count; j++)
            {
                model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Vertical, X = j - 0.5, YAxisKey = key, Color = OxyColor.FromRgb(0xC0, 0xC0, 0xC0), LineStyle = LineStyle.Solid, StrokeThickness = 1 });
            }
        }

        return model;
    }

    /// <summary>Each value's rank among the finite values, scaled to [0, 1] (ties share the lower rank); NaN stays NaN.</summary>
    private static double[] Ranks(IReadOnlyList<double> column)
    {
        int[] order = [.. Enumerable.Range(0, column.Count).Where(i => double.IsFinite(column[i])).OrderBy(i => column[i])];
        var rank = new double[column.Count];
        Array.Fill(rank, double.NaN);
        for (int k = 0; k < order.Length; k++)
        {
            rank[order[k]] = order.Length > 1 ? (double)k / (order.Length - 1) : 0.5;
        }

        return rank;
    }
}
