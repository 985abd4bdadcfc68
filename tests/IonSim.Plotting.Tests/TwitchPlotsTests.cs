using IonSim.Plotting;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace IonSim.Plotting.Tests;

public sealed class TwitchPlotsTests
{
    [Fact]
    public void Tension_legend_names_mg_in_mM_peak_and_rt50_with_invariant_numbers()
    {
        var model = TwitchPlots.Tension([Curves.Scenario("normal", 1.0), Curves.Scenario("low", 0.25, rt50: null)], "t");

        string[] titles = [.. model.Series.Select(s => s.Title).OfType<string>()];
        Assert.Equal("normal · Mg²⁺ 1 mM · peak 0.80 · RT50 41.3 ms", titles[0]);
        Assert.Equal("low · Mg²⁺ 0.25 mM · peak 0.80 · no RT50", titles[1]);
    }

    [Fact]
    public void Stacked_panels_share_one_time_axis_and_occupancy_gets_a_row_per_site()
    {
        var model = TwitchPlots.Stacked([Curves.Scenario(), Curves.Scenario("low", 0.25)], [PlotPanel.Tension, PlotPanel.Calcium, PlotPanel.Occupancy, PlotPanel.Phases]);

        Assert.Single(model.Axes, a => a.Position == AxisPosition.Bottom);
        Assert.Equal(5, model.Axes.Count(a => a.Position == AxisPosition.Left));
        Assert.All(model.Series.OfType<XYAxisSeries>(), s => Assert.Equal(TwitchPlots.TimeAxisKey, s.XAxisKey));
        var leftAxes = model.Axes.Where(a => a.Position == AxisPosition.Left).OrderByDescending(a => a.EndPosition).ToList();
        for (int i = 1; i < leftAxes.Count; i++)
        {
            Assert.True(leftAxes[i].EndPosition <= leftAxes[i - 1].StartPosition, "panels overlap");
        }
    }

    [Fact]
    public void Phase_bands_are_one_series_per_phase_in_a_fixed_order()
    {
        var model = TwitchPlots.Stacked([Curves.Scenario()], [PlotPanel.Phases]);

        Assert.Equal(["Rest", "Contraction", "Relaxation"], model.Series.OfType<RectangleBarSeries>().Select(s => s.Title));
    }

    [Fact]
    public void Repeated_panels_and_empty_input_are_refused()
    {
        Assert.Throws<ArgumentException>(() => TwitchPlots.Stacked([Curves.Scenario()], [PlotPanel.Tension, PlotPanel.Tension]));
        Assert.Throws<ArgumentException>(() => TwitchPlots.Tension(Array.Empty<ScenarioCurves>()));
    }

    [Fact]
    public void The_default_font_has_the_superscript_glyphs()
    {
        Assert.Equal("DejaVu Sans", TwitchPlots.Tension([Curves.Scenario()]).DefaultFont);
    }
}

/// <summary>A one-panel figure keeps its legend inside only where no curve passes; otherwise the legend goes below.</summary>
public sealed class TwitchLegendPlacementTests
{
    private static ScenarioCurves WithTension(double[] tension)
    {
        ScenarioCurves s = Curves.Scenario();
        return new ScenarioCurves(s.Name, s.FreeMagnesiumMillimolar, s.TimeMs, tension, s.FreeCalciumMicromolar, s.SrCalciumMicromolar, s.Sites, s.Phases, s.Twitches);
    }

    private static OxyPlot.Legends.LegendPlacement Placement(ScenarioCurves s) =>
        TwitchPlots.Stacked([s], [PlotPanel.Tension]).Legends.Single().LegendPlacement;

    [Fact]
    public void A_relaxed_twitch_keeps_the_legend_inside_top_right()
    {
        Assert.Equal(OxyPlot.Legends.LegendPlacement.Inside, Placement(WithTension([0, 0.8, 0.3, 0.1, 0.05])));
    }

    [Fact]
    public void A_plateau_at_the_right_moves_the_legend_below_the_plot()
    {
        // A train's (or a spasm's) tension stays high to the end: an inside legend would cover it.
        Assert.Equal(OxyPlot.Legends.LegendPlacement.Outside, Placement(WithTension([0, 0.4, 0.8, 0.85, 0.9])));
    }

    [Fact]
    public void Several_panels_put_the_legend_below()
    {
        Assert.Equal(OxyPlot.Legends.LegendPlacement.Outside, TwitchPlots.Stacked([Curves.Scenario()], [PlotPanel.Tension, PlotPanel.Calcium]).Legends.Single().LegendPlacement);
    }
}
