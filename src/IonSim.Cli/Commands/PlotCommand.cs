using IonSim.Cli.Infrastructure;
using IonSim.Cli.Options;
using IonSim.Cli.Output;
using IonSim.Experiments;
using IonSim.Plotting;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary><c>ionsim plot</c>: simulate the scenarios and draw tension (and optional panels) to an image.</summary>
internal sealed class PlotCommand(CliEnvironment environment) : Command<PlotSettings>
{
    public override int Execute(CommandContext context, PlotSettings settings, CancellationToken cancellationToken)
    {
        // Every option is checked before the simulation runs: a typo costs nothing and writes nothing.
        SimulationPlan plan = ScenarioOptions.Parse(settings, environment);
        IReadOnlyList<PlotPanel> panels = PanelList.Parse(settings.Panels);
        OutputTarget target = OutputTarget.Resolve(environment, "--output", settings.Output ?? "tension.png", FigureWriter.Formats);
        FigureOptions figure = FigureOptions.Parse(settings, target);

        IReadOnlyList<SimulationResult> results = LibraryErrors.Run(() => Experiment.Compare(plan.Scenarios, plan.Protocol, plan.Options, null, cancellationToken));
        IReadOnlyList<ScenarioCurves> curves = [.. results.Select(Curves)];
        string protocol = ProtocolText.Describe(plan.Protocol);
        string title = figure.Title ?? $"{char.ToUpperInvariant(protocol[0])}{protocol[1..]}: {string.Join(" vs ", curves.Select(c => c.Name))}";
        var model = TwitchPlots.Stacked(curves, panels, title, figure.Style);
        byte[] image = FigureWriter.Render(model, target.Format, figure.Width, figure.Height ?? DefaultHeight(panels, curves));
        using var files = new OutputFiles(environment.Out);
        files.Add(target, image);
        files.Commit();
        return 0;
    }

    /// <summary>600 px for a lone tension plot; about 210 px per stacked row otherwise (occupancy has a row per site).</summary>
    private static int DefaultHeight(IReadOnlyList<PlotPanel> panels, IReadOnlyList<ScenarioCurves> curves)
    {
        int rows = panels.Count + (panels.Contains(PlotPanel.Occupancy) ? Math.Max(0, curves[0].Sites.Count - 1) : 0);
        return rows == 1 ? 600 : Math.Min(FigureOptions.MaxSize, 120 + (210 * rows));
    }

    private static ScenarioCurves Curves(SimulationResult result)
    {
        try
        {
            return ScenarioCurves.From(result);
        }
        catch (ArgumentException e)
        {
            throw new SimulationFailedException($"the simulation of {result.ScenarioName} produced values that cannot be drawn: {e.Message}", e);
        }
    }
}
