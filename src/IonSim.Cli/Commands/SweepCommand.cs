using IonSim.Experiments;
using IonSim.Cli.Backend;
using IonSim.Cli.Infrastructure;
using IonSim.Cli.Options;
using IonSim.Cli.Output;
using IonSim.Plotting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary><c>ionsim sweep mg|frequency|pca</c>: run one of the library's sweeps and write a plot and/or CSV.</summary>
internal abstract class SweepCommand(CliEnvironment environment, IAnsiConsole console, SweepKind kind) : Command<SweepSettings>
{
    private static readonly IReadOnlyList<string> OutputFormats = [.. FigureWriter.Formats, "csv"];

    public override int Execute(CommandContext context, SweepSettings settings, CancellationToken cancellationToken)
    {
        ScenarioSource source = ScenarioOptions.Source([], settings.Preset, settings.Params, environment);
        IReadOnlyList<double>? values = SweepValues.Parse(kind, settings);
        double? duration = ScenarioOptions.Duration(settings.Duration);
        string name = context.Name;
        OutputTarget target = OutputTarget.Resolve(environment, "--output", settings.Output ?? $"sweep-{name}.png", OutputFormats);
        OutputTarget? csv = settings.Csv is null ? null : OutputTarget.Resolve(environment, "--csv", settings.Csv, ["csv"]);
        FigureOptions? figure = target.Format == "csv" ? null : FigureOptions.Parse(settings, target);

        var request = new SweepRequest(kind, source, values, duration);
        SweepRun sweep = Run(request, name, cancellationToken);

        if (figure is not null)
        {
            var model = SweepPlots.Create(sweep.Plot, sweep.XTitle, sweep.YTitle, figure.Title ?? sweep.Title, sweep.XDescending, figure.Style);
            FigureWriter.Write(model, target.Path, target.Format, figure.Width, figure.Height ?? 600);
            environment.Out.WriteLine($"wrote {target.Path}");
        }

        foreach (OutputTarget table in new[] { target.Format == "csv" ? target : null, csv }.OfType<OutputTarget>())
        {
            using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
            SweepCsvWriter.Write(writer, sweep);
            AtomicFile.Write(table.Path, stream => stream.Write(Csv.Utf8.GetBytes(writer.ToString())));
            environment.Out.WriteLine($"wrote {table.Path}");
        }

        return 0;
    }

    /// <summary>A progress bar for a person at a terminal; plain lines on stderr when redirected, so logs stay readable and stdout stays clean.</summary>
    private SweepRun Run(SweepRequest request, string name, CancellationToken cancellationToken)
    {
        if (!environment.IsTerminal)
        {
            var lines = new LockedProgress<SweepProgress>(p => environment.Error.WriteLine($"sweep {name}: {p.Completed}/{p.Total}"));
            return environment.Backend.Sweep(request, lines, cancellationToken);
        }

        return console.Progress().Start(ctx =>
        {
            ProgressTask task = ctx.AddTask($"sweep {name}");
            var bar = new LockedProgress<SweepProgress>(p =>
            {
                task.MaxValue = p.Total;
                task.Value = p.Completed;
            });
            return environment.Backend.Sweep(request, bar, cancellationToken);
        });
    }
}

/// <summary><c>ionsim sweep mg</c>.</summary>
internal sealed class MagnesiumSweepCommand(CliEnvironment environment, IAnsiConsole console)
    : SweepCommand(environment, console, SweepKind.Magnesium);

/// <summary><c>ionsim sweep frequency</c>.</summary>
internal sealed class FrequencySweepCommand(CliEnvironment environment, IAnsiConsole console)
    : SweepCommand(environment, console, SweepKind.Frequency);

/// <summary><c>ionsim sweep pca</c>.</summary>
internal sealed class PcaSweepCommand(CliEnvironment environment, IAnsiConsole console)
    : SweepCommand(environment, console, SweepKind.Pca);
