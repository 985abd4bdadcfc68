using IonSim.Cli.Backend;
using IonSim.Cli.Options;
using IonSim.Cli.Output;
using IonSim.Plotting;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary><c>ionsim plot</c>: simulate the scenarios and draw tension (and optional panels) to an image.</summary>
internal sealed class PlotCommand(CliEnvironment environment) : Command<PlotSettings>
{
    public override int Execute(CommandContext context, PlotSettings settings, CancellationToken cancellationToken)
    {
        // Every option is checked before the simulation runs: a typo costs nothing and writes nothing.
        SimulationRequest request = ScenarioOptions.Parse(settings, environment);
        IReadOnlyList<PlotPanel> panels = PanelList.Parse(settings.Panels);
        OutputTarget target = OutputTarget.Resolve(environment, "--output", settings.Output ?? "tension.png", FigureWriter.Formats);
        FigureOptions figure = FigureOptions.Parse(settings, target);

        IReadOnlyList<ScenarioRun> runs = environment.Backend.Simulate(request, cancellationToken);
        IReadOnlyList<ScenarioCurves> curves = [.. runs.Select(r => r.Curves)];
        string title = figure.Title ?? DefaultTitle(request, curves);
        var model = TwitchPlots.Stacked(curves, panels, title, figure.Style);
        FigureWriter.Write(model, target.Path, target.Format, figure.Width, figure.Height ?? DefaultHeight(panels, curves));
        environment.Out.WriteLine($"wrote {target.Path}");
        return 0;
    }

    /// <summary>600 px for a lone tension plot; about 210 px per stacked row otherwise (occupancy has a row per site).</summary>
    private static int DefaultHeight(IReadOnlyList<PlotPanel> panels, IReadOnlyList<ScenarioCurves> curves)
    {
        int rows = panels.Count + (panels.Contains(PlotPanel.Occupancy) ? Math.Max(0, curves[0].Sites.Count - 1) : 0);
        return rows == 1 ? 600 : Math.Min(FigureOptions.MaxSize, 120 + (210 * rows));
    }

    private static string DefaultTitle(SimulationRequest request, IReadOnlyList<ScenarioCurves> curves)
    {
        string protocol = request.Protocol.Describe();
        return $"{char.ToUpperInvariant(protocol[0])}{protocol[1..]}: {string.Join(" vs ", curves.Select(c => c.Name))}";
    }
}
