using IonSim.Plotting;

namespace IonSim.Cli.Tests;

public sealed class PlotCommandTests
{
    [Fact]
    public void Plot_without_options_writes_tension_png_with_both_scenarios_in_the_plot_area()
    {
        CliResult run = CliRun.Run("plot");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal(["tension.png"], run.Files);
        using var bitmap = Images.DecodePng(run.PathOf("tension.png"));
        Assert.Equal((1000, 600), (bitmap.Width, bitmap.Height));
        for (int i = 0; i < 2; i++)
        {
            int pixels = Images.CountInPlotArea(bitmap, PlotStyle.Default.ScenarioColor(i));
            Assert.True(pixels > 150, $"scenario {i} colour has only {pixels} pixels in the plot area");
        }
    }

    [Fact]
    public void Each_mg_value_gets_its_own_curve_at_the_requested_size()
    {
        CliResult run = CliRun.Run("plot", "--mg", "1", "--mg", "0.25", "--mg", "0.1", "--width", "800", "--height", "500", "-o", "mg.png");

        Assert.Equal(0, run.ExitCode);
        using var bitmap = Images.DecodePng(run.PathOf("mg.png"));
        Assert.Equal((800, 500), (bitmap.Width, bitmap.Height));
        for (int i = 0; i < 3; i++)
        {
            Assert.True(Images.CountInPlotArea(bitmap, PlotStyle.Default.ScenarioColor(i)) > 150, $"no curve for scenario {i}");
        }
    }

    [Fact]
    public void The_same_command_draws_the_same_png_bytes()
    {
        CliResult first = CliRun.Run("plot", "--panels", "tension,calcium");
        CliResult second = CliRun.Run("plot", "--panels", "tension,calcium");

        Assert.Equal(File.ReadAllBytes(first.PathOf("tension.png")), File.ReadAllBytes(second.PathOf("tension.png")));
    }

    [Fact]
    public void Svg_output_is_an_svg_document_with_each_scenario_colour()
    {
        CliResult run = CliRun.Run("plot", "-o", "tension.svg");

        Assert.Equal(0, run.ExitCode);
        string text = Images.Svg(run.PathOf("tension.svg")).ToString();
        Assert.Contains(Images.Hex(PlotStyle.Default.ScenarioColor(0)), text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Images.Hex(PlotStyle.Default.ScenarioColor(1)), text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Mg²⁺", text);
    }

    [Fact]
    public void Pdf_output_is_a_complete_pdf()
    {
        CliResult run = CliRun.Run("plot", "--panels", "tension,calcium,occupancy,phases", "-o", "panels.PDF");

        Assert.Equal(0, run.ExitCode);
        Images.AssertPdf(run.PathOf("panels.PDF"));
    }

    [Fact]
    public void All_four_panels_render_to_png()
    {
        CliResult run = CliRun.Run("plot", "--panels", "tension,calcium,occupancy,phases", "-o", "panels.png");

        Assert.Equal(0, run.ExitCode);
        using var bitmap = Images.DecodePng(run.PathOf("panels.png"));
        Assert.Equal((1000, 120 + (210 * 7)), (bitmap.Width, bitmap.Height)); // four sites: seven rows
    }

    [Fact]
    public void A_failed_simulation_exits_1_with_the_solver_message_and_writes_nothing()
    {
        string folder = CliRun.NewFolder();
        CliRun.WriteFiberWithoutPump(folder);

        CliResult run = CliRun.RunIn(folder, "plot", "--params", "no-pump.json", "-o", "fiber.png");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.StartsWith("ionsim: error: the simulation failed: No resting state", run.Error);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.Equal(["no-pump.json"], run.Files);
    }

    /// <summary>Scenarios that differ only in Mg²⁺ are named by their Mg²⁺, the shared fiber once in the title,
    /// and the legend does not repeat what the name says.</summary>
    [Fact]
    public void Mg_scenarios_are_named_by_what_differs()
    {
        CliResult run = CliRun.Run("plot", "--preset", "low-magnesium", "--mg", "1", "--mg", "0.25", "-o", "mg.svg");

        string svg = File.ReadAllText(run.PathOf("mg.svg"));
        Assert.Contains("Single twitch of the low-magnesium fiber: Mg 1 mM vs Mg 0.25 mM", svg);
        Assert.DoesNotContain("low-magnesium (", svg);
        Assert.DoesNotContain("Mg 1 mM · Mg²⁺ 1 mM", svg);
        Assert.Contains("Mg²⁺ 0.25 mM · peak", svg);
    }
}
