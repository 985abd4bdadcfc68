using System.Diagnostics.CodeAnalysis;
using IonSim.Cli.Commands;
using IonSim.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace IonSim.Cli;

/// <summary>The <c>ionsim</c> command line: its commands, help and the error contract
/// (one line on stderr; exit 2 for usage errors, 1 for failed runs; never a stack trace).</summary>
internal static class CliApp
{
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Spectre.Console.Cli reflects over command and settings types; the native build keeps IonSim.Cli and Spectre.Console.Cli whole (TrimmerRootAssembly), and benchmarks/startup/aot-check.sh runs every command through it.")]
    public static int Run(string[] args, CliEnvironment environment)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = environment.IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = environment.IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = environment.IsTerminal ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(environment.Out),
        });
        if (!environment.IsTerminal)
        {
            // Redirected output has no window to fit; 80 columns would wrap the presets table mid-word.
            console.Profile.Width = 120;
        }

        var app = new CommandApp(new TypeRegistrar(environment, console));
        app.Configure(config => Configure(config, console));
        Arguments? arguments = null;
        try
        {
            arguments = Arguments.Normalize(args);
            string[] normalized = arguments.Normalized;
            int code = app.Run(normalized);

            // Spectre answers a missing command ("ionsim", "ionsim sweep") with help on stdout; it is still a usage error.
            if (normalized is [] or ["sweep"] or ["study"])
            {
                string what = normalized switch
                {
                    [] => "a command: plot, simulate, sweep, study, presets or params",
                    ["sweep"] => "a kind: sweep mg, sweep frequency or sweep pca",
                    _ => "a step: study plan, run, merge, analyze or slurm",
                };
                environment.Error.WriteLine($"ionsim: error: {(normalized is [] ? "ionsim" : normalized[0])} needs {what} (see the usage above)");
                return ExitCodes.Usage;
            }

            return code;
        }
        catch (Exception e)
        {
            return Report(e, environment.Error, arguments);
        }
    }

    private static void Configure(IConfigurator config, IAnsiConsole console)
    {
        config.SetApplicationName("ionsim");
        config.SetApplicationVersion(ToolVersion.Informational);
        config.ConfigureConsole(console);
        config.SetHelpProvider(new ExitCodeHelp(config.Settings));
        // Without strict parsing a misspelt option ("--wdth 900") would be silently ignored.
        config.UseStrictParsing();
        // Spectre would print its own multi-line error on stdout with exit code 255; we report instead.
        config.PropagateExceptions();
        config.AddExample("plot");
        config.AddExample("plot", "--mg", "1", "--mg", "0.25", "--mg", "0.1", "-o", "mg.svg");
        config.AddExample("simulate", "--preset", "low-magnesium", "-o", "low.csv");

        config.AddCommand<PlotCommand>("plot")
            .WithDescription("Simulate and draw tension versus time: normal vs low-magnesium stores unless told otherwise.")
            .WithExample("plot")
            .WithExample("plot", "--mg", "1", "--mg", "0.25", "--title", "\"Mg stores and the twitch\"")
            .WithExample("plot", "--protocol", "train", "--frequency", "20", "--pulses", "8", "-o", "train.png")
            .WithExample("plot", "--panels", "tension,calcium,occupancy,phases", "-o", "panels.pdf", "--height", "1100")
            .WithExample("plot", "--params", "my-fiber.json", "--duration", "400", "-o", "fiber.svg")
            .WithExample("plot", "--model", "shorten_2007.cellml", "--duration", "45", "--var", "wal_environment.vS", "--var", "razumova.Ca_2", "-o", "shorten.png");

        config.AddCommand<SimulateCommand>("simulate")
            .WithDescription("Run the same scenarios as plot and write the data as CSV (default) or JSON.")
            .WithExample("simulate")
            .WithExample("simulate", "--mg", "1", "--mg", "0.25", "--dt", "0.5", "-o", "twitch.csv")
            .WithExample("simulate", "--preset", "low-magnesium", "--format", "json", "-o", "low.json")
            .WithExample("simulate", "--model", "shorten_2007.cellml", "--duration", "45", "--var", "razumova.A_2", "-o", "shorten.csv");

        config.AddBranch("sweep", sweep =>
        {
            sweep.SetDescription("Run a parameter sweep and write a plot and/or CSV.");
            sweep.AddCommand<MagnesiumSweepCommand>("mg")
                .WithDescription("Twitch metrics versus free Mg²⁺: --values in mM from 0.001 to 20, default 0.1,0.15,0.25,0.35,0.5,0.75,1,1.5,2.")
                .WithExample("sweep", "mg")
                .WithExample("sweep", "mg", "--from", "0.05", "--to", "2", "--steps", "12", "-o", "mg.png", "--csv", "mg.csv");
            sweep.AddCommand<FrequencySweepCommand>("frequency")
                .WithDescription("Force–frequency relation, train tension versus stimulus frequency: --values in Hz from 0.001 to 1000, default 1,5,10,20,30,40,50,70,100,150.")
                .WithExample("sweep", "frequency", "--values", "1,5,10,20,50,100", "-o", "force-frequency.png");
            sweep.AddCommand<PcaSweepCommand>("pca")
                .WithDescription("Steady-state force–pCa relation with its Hill fit: --values in pCa from 3 to 10, at least 4, default 4.0 to 7.0 in steps of 0.2.")
                .WithExample("sweep", "pca", "--from", "7", "--to", "4", "--steps", "16", "-o", "force-pca.csv");
        });

        config.AddBranch("study", study =>
        {
            study.SetDescription("Parameter studies: plan, run (sharded, resumable), merge, analyse (Sobol' indices), and Slurm job arrays.");
            study.AddCommand<StudyPlanCommand>("plan")
                .WithDescription("Show a study's parameters, design, points, protocols and outputs, and its run time on this machine.")
                .WithExample("study", "plan", "samples/studies/low-mg-relaxation.json");
            study.AddCommand<StudyRunCommand>("run")
                .WithDescription("Run a study, or one shard K/N of it, on every core; re-run into the same folder to resume.")
                .WithExample("study", "run", "study.json", "-o", "parts")
                .WithExample("study", "run", "study.json", "--shard", "3/8", "-o", "parts");
            study.AddCommand<StudyMergeCommand>("merge")
                .WithDescription("Merge the part files of every shard into one table (.parquet or .csv).")
                .WithExample("study", "merge", "parts", "-o", "results.parquet");
            study.AddCommand<StudyAnalyzeCommand>("analyze")
                .WithDescription("First-order and total Sobol' indices with bootstrap intervals (.csv) and their bar chart (.png, .svg, .pdf).")
                .WithExample("study", "analyze", "results.parquet", "-o", "indices.csv", "--figure", "indices.png");
            study.AddCommand<StudySlurmCommand>("slurm")
                .WithDescription("Write an sbatch job array (one shard per task) and a merge job that depends on it (afterok).")
                .WithExample("study", "slurm", "study.json", "--tasks", "100", "--throttle", "20", "-o", "slurm");
        });

        config.AddCommand<ModelCommand>("model")
            .WithDescription("List a CellML model's components, states and parameters with their units.")
            .WithExample("model", "shorten_2007.cellml")
            .WithExample("model", "shorten_2007.cellml", "--all");

        config.AddCommand<PresetsCommand>("presets")
            .WithDescription("List the presets with their key parameters.")
            .WithExample("presets");

        config.AddCommand<ParamsCommand>("params")
            .WithDescription("Print a preset's full parameter file (JSON) to edit and pass back with --params.")
            .WithExample("params", "--preset", "normal", "-o", "my-fiber.json");
    }

    /// <summary>One line on stderr and the documented exit code, whatever went wrong; options named as the user typed them.</summary>
    private static int Report(Exception e, TextWriter error, Arguments? arguments)
    {
        (int code, string message) = e switch
        {
            UsageException u => (ExitCodes.Usage, u.Message),
            CommandAppException c => (ExitCodes.Usage, arguments?.UnknownOption(c.Message) ?? arguments?.UnknownCommand(c.Message) ?? $"{c.Message} (see ionsim --help)"),
            SimulationFailedException f => (ExitCodes.Failure, f.Message),
            OperationCanceledException => (ExitCodes.Cancelled, "cancelled"),
            IOException or UnauthorizedAccessException => (ExitCodes.Failure, $"could not write the output: {e.Message}"),
            _ => (ExitCodes.Failure, $"unexpected {e.GetType().Name}: {e.Message}"),
        };

        message = arguments?.InTheUsersWords(message) ?? message;
        error.WriteLine($"ionsim: error: {OneLine(message)}");
        return code;
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
