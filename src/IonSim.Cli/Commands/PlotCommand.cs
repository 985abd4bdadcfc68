using IonSim.CellML.Simulation;
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
        if (ModelOptions.Check(settings, ("--panels", settings.Panels is not null)))
        {
            return PlotModel(settings, cancellationToken);
        }

        SimulationPlan plan = ScenarioOptions.Parse(settings, environment);
        IReadOnlyList<PlotPanel> panels = PanelList.Parse(settings.Panels);
        OutputTarget target = OutputTarget.Resolve(environment, "--output", settings.Output ?? "tension.png", FigureWriter.Formats);
        FigureOptions figure = FigureOptions.Parse(settings, target);

        IReadOnlyList<SimulationResult> results = LibraryErrors.Run(() => Experiment.Compare(plan.Scenarios, plan.Protocol, plan.Options, null, cancellationToken));
        IReadOnlyList<ScenarioCurves> curves = [.. results.Select(Curves)];
        string protocol = ProtocolText.Describe(plan.Protocol);
        string subject = plan.Fiber is null ? protocol : $"{protocol} of the {plan.Fiber} fiber";
        string title = figure.Title ?? $"{char.ToUpperInvariant(subject[0])}{subject[1..]}: {string.Join(" vs ", curves.Select(c => c.Name))}";
        var model = TwitchPlots.Stacked(curves, panels, title, figure.Style);
        byte[] image = FigureWriter.Render(model, target.Format, figure.Width, figure.Height ?? DefaultHeight(panels, curves));
        using var files = new OutputFiles(settings.Quiet ? TextWriter.Null : environment.Out);
        files.Add(target, image);
        files.Commit();
        return 0;
    }

    /// <summary><c>plot --model</c>: one stacked panel per recorded variable.</summary>
    private int PlotModel(PlotSettings settings, CancellationToken cancellationToken)
    {
        ModelPlan plan = ModelOptions.Parse(settings, environment);
        if (plan.Variables.Count > ModelPlots.MaxPanels)
        {
            string shown = settings.Var.Length == 0 ? $"{plan.Variables.Count} states (the default)" : $"{plan.Variables.Count} variables";
            throw new UsageException($"a figure stacks at most {ModelPlots.MaxPanels} variables, but {shown} were asked for; choose some with --var component.variable");
        }

        OutputTarget target = OutputTarget.Resolve(environment, "--output", settings.Output ?? "model.png", FigureWriter.Formats);
        FigureOptions figure = FigureOptions.Parse(settings, target);
        ModelTrace trace = LibraryErrors.Run(() => ModelSimulation.Run(plan.Model, plan.Duration, plan.Interval, plan.Variables, null, cancellationToken));
        OxyPlot.PlotModel model;
        try
        {
            model = ModelPlots.Stacked(trace, figure.Title, figure.Style);
        }
        catch (ArgumentException e)
        {
            throw new SimulationFailedException($"the run of {plan.Model.Name} produced values that cannot be drawn: {e.Message}", e);
        }

        byte[] image = FigureWriter.Render(model, target.Format, figure.Width, figure.Height ?? Math.Min(FigureOptions.MaxSize, 120 + (210 * plan.Variables.Count)));
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
