using IonSim.Experiments;
using IonSim.Physiology;
using IonSim.Plotting;

namespace IonSim.Plotting.Tests;

/// <summary>The package README's example, run against the real library so the text cannot rot.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void The_readme_example_builds_both_figures_and_writes_the_svg()
    {
        string folder = Path.Combine(Path.GetTempPath(), "ionsim-plotting-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);

        var results = Experiment.Compare(
            [new Scenario("normal", FiberPresets.Normal), new Scenario("low Mg", FiberPresets.LowMagnesium)],
            StimulusProtocol.SinglePulse());

        var tension = TwitchPlots.Tension(results, "Single twitch");
        var panels = TwitchPlots.Stacked(results, [PlotPanel.Tension, PlotPanel.Calcium, PlotPanel.Occupancy, PlotPanel.Phases]);
        SvgExport.Save(tension, Path.Combine(folder, "tension.svg"), 1000, 600);

        Assert.StartsWith("normal · Mg²⁺ 1 mM · peak ", tension.Series[0].Title);
        Assert.StartsWith("low Mg · Mg²⁺ 0.25 mM · peak ", tension.Series[1].Title);
        Assert.Equal(4 + 3, panels.Axes.Count(a => a.Position == OxyPlot.Axes.AxisPosition.Left)); // four sites: one row each
        Assert.True(new FileInfo(Path.Combine(folder, "tension.svg")).Length > 1000);

        // The README's table line: one header, then a row per scenario and sample, each naming its scenario.
        string[] rows = TraceCsv.ToText(results).TrimEnd('\n').Split('\n');
        Assert.StartsWith("scenario,time_ms,ca_free_uM,ca_sr_uM,tension,phase,", rows[0]);
        Assert.Equal(1 + results.Sum(r => r.Trace.Count), rows.Length);
        Assert.All(rows.Skip(1), row => Assert.Equal(rows[0].Split(',').Length, row.Split(',').Length));
    }
}
