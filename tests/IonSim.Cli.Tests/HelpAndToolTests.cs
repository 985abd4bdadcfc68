namespace IonSim.Cli.Tests;

public sealed class HelpAndToolTests
{
    [Theory]
    [InlineData("plot")]
    [InlineData("simulate")]
    [InlineData("sweep", "mg")]
    [InlineData("sweep", "frequency")]
    [InlineData("sweep", "pca")]
    [InlineData("presets")]
    [InlineData("params")]
    public void Every_command_has_help_with_examples(params string[] command)
    {
        CliResult run = CliRun.Run([.. command, "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("EXAMPLES:", run.Out);
        Assert.Contains("ionsim " + string.Join(' ', command), run.Out);
    }

    [Fact]
    public void A_sweep_without_its_kind_shows_help_and_exits_as_a_usage_error()
    {
        CliResult run = CliRun.Run("sweep");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("ionsim sweep", run.Out);
        Assert.Equal("ionsim: error: sweep needs a kind: sweep mg, sweep frequency or sweep pca (see the usage above)\n", run.Error);
    }

    [Fact]
    public void Bare_ionsim_shows_the_usage_and_one_error_line()
    {
        CliResult run = CliRun.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("COMMANDS:", run.Out);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("mg", "--duration", "--mg")]
    [InlineData("frequency", "--duration", "--mg")]
    [InlineData("pca", "--mg", "--duration")]
    public void Each_sweep_kind_lists_its_own_options_and_the_exit_codes(string kind, string own, string foreign)
    {
        CliResult run = CliRun.Run("sweep", kind, "--help");

        Assert.Contains(own + " <", run.Out);
        Assert.DoesNotContain(foreign + " <", run.Out);
        Assert.Contains("EXIT CODES:", run.Out);
        Assert.Contains("130", run.Out);
    }

    [Fact]
    public void Help_command_shows_a_command_s_help()
    {
        CliResult help = CliRun.Run("help", "plot");

        Assert.Equal(0, help.ExitCode);
        Assert.Equal(CliRun.Run("plot", "--help").Out, help.Out);
    }

    [Fact]
    public void Quiet_prints_nothing_on_success()
    {
        CliResult loud = CliRun.Run("sweep", "frequency", "--values", "5,50", "--duration", "100", "-o", "f.csv");
        CliResult quiet = CliRun.Run("sweep", "frequency", "--values", "5,50", "--duration", "100", "-o", "f.csv", "--quiet");

        Assert.NotEqual("", loud.Out + loud.Error);
        Assert.Equal(0, quiet.ExitCode);
        Assert.Equal("", quiet.Out + quiet.Error);
        Assert.Equal(File.ReadAllBytes(loud.PathOf("f.csv")), File.ReadAllBytes(quiet.PathOf("f.csv")));
    }

    [Fact]
    public void Version_prints_the_tool_version()
    {
        CliResult run = CliRun.Run("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("0.", run.Out.Trim());
    }

    [Fact]
    public void Params_prints_a_parameter_file_that_plot_accepts_back()
    {
        CliResult written = CliRun.Run("params", "--preset", "low-magnesium", "-o", "fiber.json");
        Assert.Equal(0, written.ExitCode);

        CliResult plotted = CliRun.RunIn(written.Folder, "plot", "--params", "fiber.json", "-o", "fiber.svg");

        Assert.Equal(0, plotted.ExitCode);
        Assert.Equal(["fiber.json", "fiber.svg"], plotted.Files);
    }

    [Fact]
    public void Presets_lists_each_preset()
    {
        CliResult run = CliRun.Run("presets");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("normal", run.Out);
        Assert.Contains("low-magnesium", run.Out);
    }

    [Fact]
    public void Sweep_writes_plot_and_csv_and_reports_progress_as_plain_lines_when_redirected()
    {
        CliResult run = CliRun.Run("sweep", "mg", "--values", "0.1,0.5,1", "-o", "mg.png", "--csv", "mg.csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["mg.csv", "mg.png"], run.Files);
        Assert.Contains("sweep mg: 3/3", run.Error);
        Assert.Equal(4, File.ReadAllLines(run.PathOf("mg.csv")).Length);
    }

    /// <summary>The real process: exit codes reach the shell and no stack trace is printed.</summary>
    [Fact]
    public void The_installed_entry_point_reports_usage_errors_on_stderr_with_exit_2()
    {
        string folder = CliRun.NewFolder();
        (int code, string output, string error) = CliProcess.Run(folder, "plot", "--mg", "abc");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("ionsim: error: --mg 'abc' is not allowed: free Mg²⁺ must be a number of mM from 0.001 to 20 (for example 1 or 0.25)", error.TrimEnd());
        Assert.Empty(Directory.GetFiles(folder));
    }
}
