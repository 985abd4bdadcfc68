using System.Globalization;
using System.Text.Json;

namespace IonSim.Cli.Tests;

/// <summary><c>ionsim model</c>, and <c>simulate</c> / <c>plot</c> with <c>--model</c>.</summary>
public sealed class ModelCommandTests
{
    private static readonly string HodgkinHuxley = Path.Combine(AppContext.BaseDirectory, "Models", "hodgkin_huxley_1952.cellml");
    private static readonly string Shorten = Path.Combine(AppContext.BaseDirectory, "Models", "shorten_ocallaghan_davidson_soboleva_2007.cellml");

    [Fact]
    public void Model_lists_components_states_and_parameters_with_units()
    {
        CliResult run = CliRun.Run("model", Shorten);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Fast_Twitch (CellML 1.0", run.Out);
        Assert.Contains("components (14)", run.Out);
        Assert.Contains("states (56)", run.Out);
        Assert.Matches(@"razumova\.A_2\s+│ micromolar\s+│\s+0\.23", run.Out);
        Assert.Matches(@"razumova\.k_T_on\s+│ per_micromolar_per_millisecond", run.Out);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void Simulate_writes_the_chosen_variables_with_units_in_the_header()
    {
        CliResult run = CliRun.Run("simulate", "--model", HodgkinHuxley, "--duration", "20", "--dt", "0.1", "--var", "membrane.V", "--var", "sodium_channel.i_Na", "-o", "hh.csv");

        Assert.Equal(0, run.ExitCode);
        string[] lines = File.ReadAllLines(run.PathOf("hh.csv"));
        Assert.Equal("environment.time (millisecond),membrane.V (millivolt),sodium_channel.i_Na (microA_per_cm2)", lines[0]);
        Assert.Equal(202, lines.Length);
        double[] v = [.. lines.Skip(1).Select(l => double.Parse(l.Split(',')[1], CultureInfo.InvariantCulture))];
        Assert.InRange(v.Min(), -110, -90);   // the spike after the stimulus at 10 ms (depolarisation negative)
        Assert.Equal(0, v[0]);
        Assert.Equal(["hh.csv"], run.Files);
    }

    [Fact]
    public void Simulate_json_carries_units_kinds_set_values_and_every_sample()
    {
        CliResult run = CliRun.Run("simulate", "--model", HodgkinHuxley, "--duration", "5", "--dt", "1", "--set", "membrane.Cm=2", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("hodgkin_huxley_squid_axon_model_1952", root.GetProperty("model").GetString());
        Assert.Equal(2, root.GetProperty("set").GetProperty("membrane.Cm").GetDouble());
        Assert.Equal(6, root.GetProperty("time").GetProperty("values").GetArrayLength());
        var variables = root.GetProperty("variables").EnumerateArray().ToList();
        Assert.Equal(4, variables.Count); // the states, by default
        Assert.All(variables, v => Assert.Equal(6, v.GetProperty("values").GetArrayLength()));
        Assert.Equal("State", variables[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void Set_changes_the_run()
    {
        string[] common = ["simulate", "--model", HodgkinHuxley, "--duration", "12", "--dt", "1", "--var", "membrane.V"];
        CliResult normal = CliRun.Run(common);
        CliResult heavier = CliRun.Run([.. common, "--set", "membrane.Cm=2"]);

        Assert.Equal(0, normal.ExitCode);
        Assert.Equal(0, heavier.ExitCode);
        Assert.NotEqual(normal.Out, heavier.Out);
    }

    [Fact]
    public void Plot_draws_one_panel_per_variable()
    {
        CliResult run = CliRun.Run("plot", "--model", HodgkinHuxley, "--duration", "20", "--var", "membrane.V", "--var", "sodium_channel_m_gate.m", "-o", "hh.svg");

        Assert.Equal(0, run.ExitCode);
        string svg = File.ReadAllText(run.PathOf("hh.svg"));
        Assert.Contains("membrane.V (millivolt)", svg);
        Assert.Contains("sodium_channel_m_gate.m (dimensionless)", svg);
    }

    [Theory]
    [InlineData("--mg", "1")]
    [InlineData("--preset", "normal")]
    [InlineData("--protocol", "train")]
    [InlineData("--panels", "tension")]
    public void Options_of_the_built_in_fibre_are_refused_with_a_model(string option, string value)
    {
        CliResult run = CliRun.Run("plot", "--model", HodgkinHuxley, "--duration", "5", option, value, "-o", "x.png");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{option} applies to the built-in fibre only", run.Error);
        Assert.Empty(run.Files);
    }

    [Theory]
    [InlineData("--var", "membrane.V")]
    [InlineData("--set", "membrane.Cm=2")]
    public void Model_options_without_a_model_are_refused(string option, string value)
    {
        CliResult run = CliRun.Run("simulate", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{option} applies to a model file only", run.Error);
    }

    [Fact]
    public void Unknown_variable_is_a_usage_error_with_a_suggestion()
    {
        CliResult run = CliRun.Run("simulate", "--model", HodgkinHuxley, "--duration", "5", "--var", "V");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--var 'V' is not allowed", run.Error);
        Assert.Contains("membrane.V", run.Error);
    }

    [Fact]
    public void Too_many_panels_are_refused_before_running()
    {
        CliResult run = CliRun.Run("plot", "--model", Shorten, "--duration", "45000");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("at most 12 variables, but 56 states (the default)", run.Error);
    }

    [Theory]
    [InlineData("<model xmlns=\"http://www.cellml.org/cellml/1.0#\" name=\"m\"><component name=\"c\"></model>", "bad.cellml:1: malformed XML")]
    [InlineData("<!DOCTYPE m [<!ENTITY a \"aaaa\">]><model xmlns=\"http://www.cellml.org/cellml/1.0#\" name=\"&a;\"/>", "DOCTYPE")]
    [InlineData("<model xmlns=\"urn:other\" name=\"m\"/>", "CellML namespace")]
    [InlineData("<model xmlns=\"http://www.cellml.org/cellml/1.0#\" name=\"m\"><component name=\"c\"><variable name=\"k\" units=\"dimensionless\" initial_value=\"1\"/></component></model>", "no differential equation")]
    public void A_bad_model_file_is_one_line_and_exit_2(string content, string expected)
    {
        string folder = CliRun.NewFolder();
        File.WriteAllText(Path.Combine(folder, "bad.cellml"), content);
        CliResult run = CliRun.RunIn(folder, "simulate", "--model", "bad.cellml", "--duration", "5", "-o", "out.csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Equal(["bad.cellml"], run.Files);
    }

    [Fact]
    public void A_100_MB_model_file_is_refused_before_it_is_read()
    {
        string folder = CliRun.NewFolder();
        using (var file = File.Create(Path.Combine(folder, "huge.cellml")))
        {
            file.SetLength(100L * 1024 * 1024); // sparse: nothing is written
        }

        CliResult run = CliRun.RunIn(folder, "model", "huge.cellml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("104,857,600 bytes, more than the limit", run.Error);
        File.Delete(Path.Combine(folder, "huge.cellml"));
    }

    [Fact]
    public void A_failing_run_exits_1_with_the_solvers_message_and_writes_nothing()
    {
        // At V = -10 mV the model's alpha_n is 0/0: the right-hand side is NaN at t = 0.
        CliResult run = CliRun.Run("simulate", "--model", HodgkinHuxley, "--duration", "5", "--set", "membrane.V=-10", "-o", "out.csv");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("NaN", run.Error);
        Assert.Empty(run.Files);
    }
}
