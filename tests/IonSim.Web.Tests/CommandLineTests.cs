using Bunit;
using IonSim.Cli;
using IonSim.Physiology;
using IonSim.Web.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace IonSim.Web.Tests;

/// <summary>
/// The command line each lab shows is run through the real <c>ionsim</c> entry point: it must parse, simulate and
/// write its figure. So the lab cannot drift from the CLI's actual options.
/// </summary>
public sealed class CommandLineTests : BunitContext
{
    public CommandLineTests() => JSInterop.Mode = JSRuntimeMode.Loose;

    public static TheoryData<string> Views => new()
    {
        "magnesium?mg=0.3",
        "magnesium?mg=0.2&rest=closed&mech=ryr,serca",
        "summation?f=30&train=200&tried=10,30",
        "force-pca?mg=0.25,1",
    };

    [Theory]
    [MemberData(nameof(Views))]
    public void The_command_line_of_each_view_runs_in_the_real_cli(string view)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(view);
        string command = view.Split('?')[0] switch
        {
            "magnesium" => Render<MagnesiumLab>().Find("[data-testid='cli']").TextContent,
            "summation" => Render<SummationLab>().Find("[data-testid='cli']").TextContent,
            _ => Render<ForcePcaLab>().Find("[data-testid='cli']").TextContent,
        };
        string folder = Directory.CreateTempSubdirectory("ionsim-web-cli-").FullName;
        try
        {
            // What the lab's "Parameters (JSON)" button would save for this view.
            (FiberPresets.Normal with { RestCondition = RestCondition.TotalCalciumFixed, Mechanisms = MagnesiumMechanisms.RyrInhibition | MagnesiumMechanisms.SercaDependence })
                .SaveFile(Path.Combine(folder, "lab-fiber.json"));
            foreach (string line in command.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                string[] words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                Assert.Equal("ionsim", words[0]);
                var output = new StringWriter();
                var error = new StringWriter();

                int exit = CliApp.Run(words[1..], new CliEnvironment(output, error, folder, IsTerminal: false));

                Assert.True(exit == 0, $"`{line}` exited {exit}: {error}{output}");
                string figure = Path.Combine(folder, words[Array.IndexOf(words, "-o") + 1]);
                Assert.StartsWith("<?xml", File.ReadAllText(figure));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>The lab's CSV downloads are the tool's own tables: for the command line a view shows, <c>ionsim</c> writes
/// the same bytes (one layout, written by IonSim.Plotting for both shells).</summary>
public sealed class CsvLayoutTests : BunitContext
{
    public CsvLayoutTests() => JSInterop.Mode = JSRuntimeMode.Loose;

    [Fact]
    public void The_force_pca_csv_is_the_tools_sweep_table()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("force-pca?mg=0.25,1");
        IRenderedComponent<ForcePcaLab> lab = Render<ForcePcaLab>();
        string command = lab.Find("[data-testid='cli']").TextContent.Trim();

        string tool = RunForCsv(command + " --csv lab.csv", "lab.csv");

        Assert.Equal(tool, Csv(lab.FindComponent<IonSim.Web.Components.LabTools>(), "force-pca"));
    }

    [Fact]
    public void The_train_csv_is_the_tools_simulate_table()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("summation?f=30&train=200");
        IRenderedComponent<SummationLab> lab = Render<SummationLab>();
        string plot = lab.Find("[data-testid='cli']").TextContent.Split('\n')[0].Trim();
        // The same run as the figure's command line, asked for its data instead.
        string simulate = plot.Replace("ionsim plot", "ionsim simulate", StringComparison.Ordinal)
            .Replace(" --panels tension,calcium", "", StringComparison.Ordinal).Replace("-o summation.svg", "-o lab.csv", StringComparison.Ordinal);

        string tool = RunForCsv(simulate, "lab.csv");

        Assert.Equal(tool, Csv(lab.FindComponent<IonSim.Web.Components.LabTools>(), "summation"));
    }

    private static string Csv(IRenderedComponent<IonSim.Web.Components.LabTools> tools, string stem) =>
        Assert.Single(tools.Instance.CsvFiles, f => f.FileStem == stem).Text();

    private static string RunForCsv(string line, string file)
    {
        string folder = Directory.CreateTempSubdirectory("ionsim-web-csv-").FullName;
        try
        {
            string[] words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var output = new StringWriter();
            var error = new StringWriter();
            int exit = CliApp.Run(words[1..], new CliEnvironment(output, error, folder, IsTerminal: false));
            Assert.True(exit == 0, $"`{line}` exited {exit}: {error}{output}");
            return File.ReadAllText(Path.Combine(folder, file));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
