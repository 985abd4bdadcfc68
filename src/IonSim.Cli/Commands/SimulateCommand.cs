using IonSim.Cli.Infrastructure;
using IonSim.Cli.Options;
using IonSim.Cli.Output;
using IonSim.Experiments;
using IonSim.Plotting;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary><c>ionsim simulate</c>: the same scenarios as <c>plot</c>, as CSV or JSON data.</summary>
internal sealed class SimulateCommand(CliEnvironment environment) : Command<SimulateSettings>
{
    private static readonly IReadOnlyList<string> DataFormats = ["csv", "json"];

    public override int Execute(CommandContext context, SimulateSettings settings, CancellationToken cancellationToken)
    {
        SimulationPlan plan = ScenarioOptions.Parse(settings, environment);
        string? format = settings.Format is null ? null : OptionParser.Choice("--format", settings.Format, DataFormats);
        OutputTarget? target = settings.Output is null ? null : OutputTarget.Resolve(environment, "--output", settings.Output, DataFormats);
        if (format is not null && target is not null && format != target.Format)
        {
            throw new UsageException("--format", settings.Format!, $"it contradicts the extension of --output '{settings.Output}'; give one or make them agree");
        }

        format ??= target?.Format ?? "csv";

        IReadOnlyList<SimulationResult> results = LibraryErrors.Run(() => Experiment.Compare(plan.Scenarios, plan.Protocol, plan.Options, null, cancellationToken));
        Action<TextWriter> render = format == "json"
            ? writer => JsonReport.Write(writer, plan, settings.Preset, settings.Params, results)
            : writer => TraceCsvWriter.Write(writer, results);

        if (target is null)
        {
            render(environment.Out);
            environment.Out.Flush();
        }
        else
        {
            // Streamed into the temporary file: a long trace never has to fit in memory as one string.
            using var files = new OutputFiles(environment.Out);
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
