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
        Assert.Equal("ionsim: error: --mg 'abc' is not allowed: free Mg²⁺ must be a finite number of mM, at least 0 (for example 1 or 0.25)", error.TrimEnd());
        Assert.Empty(Directory.GetFiles(folder));
    }
}
