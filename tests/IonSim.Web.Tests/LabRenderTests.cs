using Bunit;
using IonSim.Experiments;
using IonSim.Physiology;
using IonSim.Web.Lab;
using IonSim.Web.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace IonSim.Web.Tests;

/// <summary>The labs rendered in-process: controls change the figure, the metrics and the address.</summary>
public sealed class LabRenderTests : BunitContext
{
    public LabRenderTests() => JSInterop.Mode = JSRuntimeMode.Loose;

    // Generous: on a loaded 2-core machine one simulation can take seconds; the wait ends as soon as it passes.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private string Address => Uri.UnescapeDataString(Navigation.Uri);

    [Fact]
    public void Moving_the_magnesium_slider_changes_the_figure_metrics_address_and_command()
    {
        Navigation.NavigateTo("magnesium?mg=1");
        IRenderedComponent<MagnesiumLab> lab = Render<MagnesiumLab>();
        string svg = lab.Find("[data-figure='magnesium']").InnerHtml;
        string metrics = lab.Find("[data-testid='metrics']").TextContent;

        lab.Find("#mg").Input("200");

        lab.WaitForAssertion(() => Assert.NotEqual(svg, lab.Find("[data-figure='magnesium']").InnerHtml), Patience);
        // The address is rewritten once the new curves are drawn; the lab is settled (not busy) after that.
        lab.WaitForAssertion(() => Assert.Equal("false", lab.Find(".results").GetAttribute("aria-busy")), Patience);
        Assert.NotEqual(metrics, lab.Find("[data-testid='metrics']").TextContent);
        string shown = lab.Find("[data-testid='mg-value']").TextContent.Replace(" mM", "");
        Assert.Contains($"mg={shown}", Address);
        Assert.Contains($"--mg {shown} ", lab.Find("[data-testid='cli']").TextContent);
    }

    [Fact]
    public void Inputs_arriving_together_draw_the_last_one()
    {
        // Three input events in one turn of the event loop, as a fast drag delivers them while the page is busy: the
        // slider, the address, the metrics and the command all end at the last position, as if it had been the only one.
        Navigation.NavigateTo("magnesium?mg=1");
        IRenderedComponent<MagnesiumLab> lab = Render<MagnesiumLab>();
        string svg = lab.Find("[data-figure='magnesium']").InnerHtml;

        lab.Find("#mg").Input("100");
        lab.Find("#mg").Input("700");
        lab.Find("#mg").Input("300");

        double last = MagnesiumScale.FromPosition(300);
        string text = LabQuery.Format(last);
        lab.WaitForAssertion(() => Assert.Equal("false", lab.Find(".results").GetAttribute("aria-busy")), Patience);
        Assert.NotEqual(svg, lab.Find("[data-figure='magnesium']").InnerHtml);
        Assert.Equal($"{text} mM", lab.Find("[data-testid='mg-value']").TextContent);
        Assert.Contains($"mg={text}", Address);
        Assert.Contains($"--mg {text} ", lab.Find("[data-testid='cli']").TextContent);
        SimulationResult expected = Experiment.Simulate(
            FiberPresets.Normal with { FreeMagnesiumMillimolar = last }, StimulusProtocol.SinglePulse(), new SimulationOptions { OutputIntervalMs = 1 });
        string peak = expected.Twitches[0].PeakTension.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"this fibre{peak}", lab.Find("[data-testid='metrics']").TextContent);
    }

    [Fact]
    public void A_refused_parameter_file_shows_the_library_message_and_changes_nothing()
    {
        Navigation.NavigateTo("magnesium");
        IRenderedComponent<MagnesiumLab> lab = Render<MagnesiumLab>();
        string svg = lab.Find("[data-figure='magnesium']").InnerHtml;
        string address = Navigation.Uri;

        lab.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("""{ "Mechanisms": "Telepathy" }""", "odd.json"));

        lab.WaitForAssertion(() => Assert.StartsWith("odd.json was not loaded: ", lab.Find("[data-testid='params-error']").TextContent), Patience);
        Assert.Equal(svg, lab.Find("[data-figure='magnesium']").InnerHtml);
        Assert.Equal(address, Navigation.Uri);
    }

    [Fact]
    public void An_accepted_parameter_file_sets_the_controls_and_the_command_names_it()
    {
        Navigation.NavigateTo("magnesium");
        IRenderedComponent<MagnesiumLab> lab = Render<MagnesiumLab>();
        FiberParameters fiber = FiberPresets.Normal with { FreeMagnesiumMillimolar = 0.4, Mechanisms = MagnesiumMechanisms.RyrInhibition };

        lab.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(fiber.ToJson(), "mine.json"));

        lab.WaitForAssertion(() => Assert.Equal("0.4 mM", lab.Find("[data-testid='mg-value']").TextContent), Patience);
        lab.WaitForAssertion(() => Assert.Equal("false", lab.Find(".results").GetAttribute("aria-busy")), Patience);
        Assert.Contains("mech=ryr", Address);
        Assert.False(lab.Find("[data-testid='mech-serca']").HasAttribute("checked"));
        Assert.Contains("--params lab-fiber.json", lab.Find("[data-testid='cli']").TextContent);
    }

    [Fact]
    public void Choosing_a_frequency_adds_a_point_to_the_force_frequency_curve()
    {
        Navigation.NavigateTo("summation?f=10&train=200");
        IRenderedComponent<SummationLab> lab = Render<SummationLab>();
        string curve = lab.Find("[data-figure='force-frequency']").InnerHtml;

        lab.Find("#frequency").Input("40");

        lab.WaitForAssertion(() => Assert.NotEqual(curve, lab.Find("[data-figure='force-frequency']").InnerHtml), Patience);
        lab.WaitForAssertion(() => Assert.Equal("false", lab.Find(".results").GetAttribute("aria-busy")), Patience);
        Assert.Contains("tried=10,40", Address);
        Assert.Contains("--values 10,40 --duration 200", lab.Find("[data-testid='cli']").TextContent);
    }

    [Fact]
    public void Each_chosen_magnesium_level_gets_a_hill_fit_row()
    {
        Navigation.NavigateTo("force-pca?mg=1");
        IRenderedComponent<ForcePcaLab> lab = Render<ForcePcaLab>();
        Assert.Single(lab.FindAll("[data-testid='metrics'] tbody tr"));

        lab.Find("[data-testid='level-0.1']").Change(true);

        lab.WaitForAssertion(() => Assert.Equal(2, lab.FindAll("[data-testid='metrics'] tbody tr").Count), Patience);
        Assert.Contains("mg=0.1,1", Address);
    }
}
