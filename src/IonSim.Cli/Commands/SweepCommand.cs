using System.Globalization;
using IonSim.Cli.Infrastructure;
using IonSim.Cli.Options;
using IonSim.Cli.Output;
using IonSim.Experiments;
using IonSim.Physiology;
using IonSim.Plotting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary>What <c>ionsim sweep mg|frequency|pca</c> share: checking the fiber and the outputs, reporting
/// progress, and writing the plot and/or CSV. Each kind parses its own values and runs its library sweep.</summary>
internal abstract class SweepCommand<TSettings>(CliEnvironment environment, IAnsiConsole console) : Command<TSettings>
    where TSettings : SweepSettings
{
    private static readonly IReadOnlyList<string> OutputFormats = [.. FigureWriter.Formats, "csv"];

    public override int Execute(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        // Every option is checked before the sweep runs: a typo costs nothing and writes nothing.
        string name = context.Name;
        Scenario fiber = ScenarioOptions.Fiber(settings.Preset, settings.Params, environment) ?? new Scenario("normal", FiberPresets.Normal);
        Func<IProgress<SweepProgress>, CancellationToken, SweepTable> sweep = Plan(settings, fiber);
        OutputTarget target = OutputTarget.Resolve(environment, "--output", settings.Output ?? $"sweep-{name}.png", OutputFormats);
        OutputTarget? csv = settings.Csv is null ? null : OutputTarget.Resolve(environment, "--csv", settings.Csv, ["csv"]);
        FigureOptions? figure = target.Format == "csv" ? null : FigureOptions.Parse(settings, target);

        SweepTable table = LibraryErrors.Run(() => Run(sweep, name, settings.Quiet, cancellationToken));
        foreach (string note in table.Notes)
        {
            environment.Out.WriteLine(note);
        }

        // All or nothing: the figure and the table are renamed into place only when both are written.
        using var files = new OutputFiles(settings.Quiet ? TextWriter.Null : environment.Out);
        if (figure is not null)
        {
            var model = SweepPlots.Create(table.Plot, table.XTitle, table.YTitle, figure.Title ?? table.Title, table.XDescending, yFromZero: true, figure.Style);
            files.Add(target, FigureWriter.Render(model, target.Format, figure.Width, figure.Height ?? 600));
        }

        foreach (OutputTarget file in new[] { target.Format == "csv" ? target : null, csv }.OfType<OutputTarget>())
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            SweepCsv.Write(writer, table.XColumn, table.X, table.Columns);
            files.Add(file, Csv.Utf8.GetBytes(writer.ToString()));
        }

        files.Commit();
        return 0;
    }

    /// <summary>Checks this kind's options and returns the sweep to run: the library call and the table of its results.</summary>
    protected abstract Func<IProgress<SweepProgress>, CancellationToken, SweepTable> Plan(TSettings settings, Scenario fiber);

    /// <summary>A plotted curve keeps only the points the library could compute (a level without a rest is left out).</summary>
    protected static SweepCurve Curve(string name, IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        int[] keep = [.. Enumerable.Range(0, x.Count).Where(i => double.IsFinite(y[i]))];
        return new SweepCurve(name, [.. keep.Select(i => x[i])], [.. keep.Select(i => y[i])]);
    }

    protected static string Join(IReadOnlyList<double> values) => string.Join(",", values.Select(Number));

    protected static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A progress bar for a person at a terminal; plain lines on stderr when redirected, so logs stay readable and stdout stays clean.</summary>
    private SweepTable Run(Func<IProgress<SweepProgress>, CancellationToken, SweepTable> sweep, string name, bool quiet, CancellationToken cancellationToken)
    {
        if (quiet)
        {
            return sweep(new LockedProgress<SweepProgress>(_ => { }), cancellationToken);
        }

        if (!environment.IsTerminal)
        {
            var lines = new LockedProgress<SweepProgress>(p => environment.Error.WriteLine($"sweep {name}: {p.Completed}/{p.Total}"));
            return sweep(lines, cancellationToken);
        }

        return console.Progress().Start(ctx =>
        {
            ProgressTask task = ctx.AddTask($"sweep {name}");
            var bar = new LockedProgress<SweepProgress>(p =>
            {
                task.MaxValue = p.Total;
                task.Value = p.Completed;
            });
            return sweep(bar, cancellationToken);
        });
    }
}
