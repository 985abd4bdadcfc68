using System.Globalization;
using System.Text.Json;

namespace IonSim.Cli.Tests;

public sealed class SimulateCommandTests
{
    private const string Columns = "time_ms,ca_free_uM,ca_sr_uM,tension,phase";

    [Fact]
    public void One_scenario_csv_has_the_documented_header_and_increasing_time()
    {
        CliResult run = CliRun.Run("simulate", "--preset", "normal", "-o", "twitch.csv");

        Assert.Equal(0, run.ExitCode);
        string[] lines = File.ReadAllLines(run.PathOf("twitch.csv"));
        Assert.StartsWith(Columns + ",", lines[0]);
        Assert.Matches("^" + Columns + "(,[a-z0-9_]+_ca_fraction,[a-z0-9_]+_mg_fraction)+$", lines[0]);
        AssertIncreasing(lines.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public void Several_scenarios_get_a_first_scenario_column_and_time_increases_within_each()
    {
        CliResult run = CliRun.Run("simulate", "--mg", "1", "--mg", "0.25");

        Assert.Equal(0, run.ExitCode);
        string[] lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("scenario," + Columns + ",", lines[0]);
        var groups = lines.Skip(1).Select(l => l.Split(',')).GroupBy(cells => cells[0]).ToList();
        Assert.Equal(2, groups.Count);
        foreach (var group in groups)
        {
            AssertIncreasing(group.Select(cells => cells[1]));
        }
    }

    /// <summary>The k-th time is k × dt as a person writes it: 0.3, never 0.30000000000000004.</summary>
    [Fact]
    public void Csv_times_are_the_shortest_form_of_the_grid_value()
    {
        CliResult run = CliRun.Run("simulate", "--preset", "normal", "--dt", "0.1", "--duration", "50");

        string[] times = [.. run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0])];
        Assert.Equal(501, times.Length);
        for (int k = 0; k < times.Length; k++)
        {
            Assert.Equal((k / 10.0).ToString("0.#", CultureInfo.InvariantCulture), times[k]);
        }
    }

    [Fact]
    public void The_same_command_writes_byte_identical_csv()
    {
        CliResult first = CliRun.Run("simulate", "--dt", "0.5", "-o", "a.csv");
        CliResult second = CliRun.Run("simulate", "--dt", "0.5", "-o", "a.csv");

        Assert.Equal(File.ReadAllBytes(first.PathOf("a.csv")), File.ReadAllBytes(second.PathOf("a.csv")));
    }

    [Fact]
    public void Json_records_versions_parameters_solver_options_and_trace()
    {
        CliResult run = CliRun.Run("simulate", "--format", "json", "--dt", "1");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(run.Out);
        JsonElement root = document.RootElement;
        Assert.False(string.IsNullOrEmpty(root.GetProperty("ionsim_version").GetString()));
        JsonElement scenario = root.GetProperty("scenarios")[0];
        foreach (string key in new[] { "parameters", "solver_options", "timeline", "metrics", "trace" })
        {
            Assert.True(scenario.TryGetProperty(key, out _), $"missing {key}");
        }

        Assert.Equal(
            scenario.GetProperty("trace").GetProperty("time_ms").GetArrayLength(),
            scenario.GetProperty("trace").GetProperty("tension").GetArrayLength());
    }

    [Fact]
    public void Format_that_contradicts_the_extension_is_a_usage_error()
    {
        CliResult run = CliRun.Run("simulate", "--format", "json", "-o", "data.csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format", run.Error);
        Assert.Empty(run.Files);
    }

    private static void AssertIncreasing(IEnumerable<string> cells)
    {
        double[] times = [.. cells.Select(c => double.Parse(c, CultureInfo.InvariantCulture))];
        Assert.True(times.Length > 10);
        for (int i = 1; i < times.Length; i++)
        {
            Assert.True(times[i] > times[i - 1], $"time {times[i]} follows {times[i - 1]}");
        }
    }
}
