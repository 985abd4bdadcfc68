using IonSim.CellML.Simulation;
using IonSim.Cli.Infrastructure;
using IonSim.Cli.Options;
using IonSim.Cli.Output;
using IonSim.Experiments;
using IonSim.Plotting;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary><c>ionsim simulate</c>: the same scenarios as <c>plot</c> (or a CellML model's variables), as CSV or JSON data.</summary>
internal sealed class SimulateCommand(CliEnvironment environment) : Command<SimulateSettings>
{
    private static readonly IReadOnlyList<string> DataFormats = ["csv", "json"];

    public override int Execute(CommandContext context, SimulateSettings settings, CancellationToken cancellationToken)
    {
        bool isModel = ModelOptions.Check(settings);
        SimulationPlan? plan = isModel ? null : ScenarioOptions.Parse(settings, environment);
        ModelPlan? modelPlan = isModel ? ModelOptions.Parse(settings, environment) : null;
        string? format = settings.Format is null ? null : OptionParser.Choice("--format", settings.Format, DataFormats);
        OutputTarget? target = settings.Output is null or OutputTarget.StandardOutput ? null : OutputTarget.Resolve(environment, "--output", settings.Output, DataFormats);
        if (format is not null && target is not null && format != target.Format)
        {
            throw new UsageException("--format", settings.Format!, $"it contradicts the extension of --output '{settings.Output}'; give one or make them agree");
        }

        format ??= target?.Format ?? "csv";

        Action<TextWriter> render;
        if (modelPlan is not null)
        {
            ModelTrace trace = LibraryErrors.Run(() => ModelSimulation.Run(modelPlan.Model, modelPlan.Duration, modelPlan.Interval, modelPlan.Variables, null, cancellationToken));
            render = format == "json"
                ? writer => ModelJsonWriter.Write(writer, trace, Path.GetFileName(settings.Model!))
                : writer => ModelCsvWriter.Write(writer, trace);
        }
        else
        {
            IReadOnlyList<SimulationResult> results = LibraryErrors.Run(() => Experiment.Compare(plan!.Scenarios, plan.Protocol, plan.Options, null, cancellationToken));
            render = format == "json"
                ? writer => JsonReport.Write(writer, plan!, settings.Preset, settings.Params, results)
                : writer => TraceCsv.Write(writer, results);
        }

        if (target is null)
        {
            render(environment.Out);
            environment.Out.Flush();
        }
        else
        {
            // Streamed into the temporary file: a long trace never has to fit in memory as one string.
            using var files = new OutputFiles(settings.Quiet ? TextWriter.Null : environment.Out);
            files.Add(target, stream =>
            {
                using var writer = new StreamWriter(stream, Csv.Utf8, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
                render(writer);
            });
            files.Commit();
        }

        return 0;
    }
}
