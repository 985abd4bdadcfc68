using IonSim.Samples;
using OxyPlot;
using OxyPlot.Series;
using OxyPlot.SkiaSharp;
using SkiaSharp;

namespace IonSim.Plotting.Tests;

/// <summary>The checks every sample figure passes before it is written (and so before CI's samples check accepts it):
/// a figure with no data, a NaN point or a hidden curve is refused.</summary>
public sealed class SampleFigureCheckTests
{
    private static readonly double[] X = [0, 1, 2, 3, 4];

    [Fact]
    public void A_figure_of_finite_visible_curves_passes()
    {
        PlotModel model = SweepPlots.Create([new SweepCurve("a", X, [0, 1, 2, 3, 4]), new SweepCurve("b", X, [4, 3, 2, 1, 0])], "x", "y");

        FigureCheck.Data(model);
        FigureCheck.Visible(model, Render(model));
    }

    [Fact]
    public void A_nan_point_is_refused_naming_the_series()
    {
        var model = new PlotModel { Title = "t" };
        var line = new LineSeries { Title = "tension" };
        line.Points.AddRange([new DataPoint(0, 0), new DataPoint(1, double.NaN)]);
        model.Series.Add(line);

        var e = Assert.Throws<InvalidOperationException>(() => FigureCheck.Data(model));
        Assert.Contains("'tension'", e.Message, StringComparison.Ordinal);
        Assert.Contains("[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_without_data_is_refused()
    {
        var model = new PlotModel { Title = "empty" };
        model.Series.Add(new LineSeries { Title = "legend only" });

        Assert.Throws<InvalidOperationException>(() => FigureCheck.Data(model));
    }

    [Fact]
    public void A_curve_hidden_under_another_is_refused()
    {
        var model = new PlotModel { Title = "hidden", Background = OxyColors.White };
        var under = new LineSeries { Title = "reference", Color = OxyColor.FromRgb(0xD5, 0x5E, 0x00), StrokeThickness = 2 };
        var over = new LineSeries { Title = "data", Color = OxyColors.Black, StrokeThickness = 12 };
        foreach (double x in X)
        {
            under.Points.Add(new DataPoint(x, x));
            over.Points.Add(new DataPoint(x, x));
        }

        model.Series.Add(under);
        model.Series.Add(over);
        FigureCheck.Data(model);

        var e = Assert.Throws<InvalidOperationException>(() => FigureCheck.Visible(model, Render(model)));
        Assert.Contains("'reference'", e.Message, StringComparison.Ordinal);
    }

    private static SKBitmap Render(PlotModel model)
    {
        using var png = new MemoryStream();
        new PngExporter { Width = 400, Height = 300 }.Export(model, png);
        return SKBitmap.Decode(png.ToArray());
    }
}
