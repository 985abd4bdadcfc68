using IonSim.Experiments.Studies;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace IonSim.Plotting.Tests;

public class StudyPlotsTests
{
    private static SobolIndices Indices(params double[] first) => new(
        64, 0, 1.0, [.. first.Select(f => new SobolIndex(f, f - 0.05, f + 0.05, f + 0.1, f + 0.05, f + 0.15, 0.02, 0.02))], 0.95);

    [Fact]
    public void Each_output_is_a_panel_with_a_bar_pair_and_whiskers_per_parameter()
    {
        PlotModel model = StudyPlots.Indices(["A", "B", "C"], [("out.one", Indices(0.5, 0.2, 0)), ("out.two", Indices(0.1, 0.1, 0.7))]);
        Assert.Equal(2, model.Axes.OfType<CategoryAxis>().Count());
        Assert.All(model.Axes.OfType<CategoryAxis>(), a => Assert.Equal(["A", "B", "C"], a.Labels));
        Assert.Equal(2 * 3 * 2, model.Annotations.OfType<RectangleAnnotation>().Count());
        Assert.Equal(2, model.Annotations.OfType<TextAnnotation>().Count(t => t.Text?.StartsWith("out.", StringComparison.Ordinal) == true));

        // Whiskers: three strokes per index, two indices per parameter, separated by undefined points.
        LineSeries whiskers = model.Series.OfType<LineSeries>().First();
        Assert.Equal(3 * 2 * 3, whiskers.Points.Count(p => !p.IsDefined()));
    }

    [Fact]
    public void An_undefined_index_draws_nothing_rather_than_a_NaN_bar()
    {
        PlotModel model = StudyPlots.Indices(["A"], [("out", new SobolIndices(64, 0, 1, [new SobolIndex(double.NaN, double.NaN, double.NaN, 0.3, 0.2, 0.4, double.NaN, 0.05)], 0.95))]);
        RectangleAnnotation bar = Assert.Single(model.Annotations.OfType<RectangleAnnotation>());
        Assert.Equal(0.3, bar.MaximumX);
    }

    [Fact]
    public void Indices_that_do_not_match_the_parameters_are_refused()
    {
        Assert.Throws<ArgumentException>(() => StudyPlots.Indices(["A", "B"], [("out", Indices(0.5))]));
        Assert.Throws<ArgumentException>(() => StudyPlots.Indices(["A"], []));
    }

    [Fact]
    public void A_scatter_puts_each_point_in_its_parameters_band_at_its_rank_and_leaves_undefined_outputs_out()
    {
        PlotModel model = StudyPlots.Scatter(["A", "B"], [[3, 1, 2], [10, 30, 20]], [("out", [1.0, double.NaN, 2.0])]);
        ScatterSeries series = Assert.Single(model.Series.OfType<ScatterSeries>());
        // Parameter A: values 3 and 2 rank 1 and 0.5 of its band around 0; parameter B: 10 and 20 rank 0 and 0.5 around 1.
        Assert.Equal([0.4, 0.0, 0.6, 1.0], series.Points.Select(p => Math.Round(p.X, 9)));
        Assert.Equal([1.0, 2.0, 1.0, 2.0], series.Points.Select(p => p.Y));
        Assert.Throws<ArgumentException>(() => StudyPlots.Scatter(["A"], [[1, 2]], [("out", [1.0])]));
    }
}
