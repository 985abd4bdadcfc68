using System.Text.Json;

namespace IonSim.Cli.Tests;

/// <summary>What the real library puts into the outputs: legends, JSON records and sweep results.</summary>
public sealed class LibraryOutputTests
{
    [Fact]
    public void Default_plot_legend_names_each_preset_with_its_free_mg_and_twitch_metrics()
    {
        CliResult run = CliRun.Run("plot", "-o", "tension.svg");

        Assert.Equal(0, run.ExitCode);
        string svg = File.ReadAllText(run.PathOf("tension.svg"));
        Assert.Matches("normal · Mg²⁺ 1 mM · peak 0\\.\\d\\d · RT50 \\d+\\.\\d ms", svg);
        Assert.Matches("low-magnesium · Mg²⁺ 0\\.25 mM · peak 0\\.\\d\\d · RT50 \\d+\\.\\d ms", svg);
    }

    [Fact]
    public void Json_parameters_are_the_library_s_own_parameter_file()
    {
        CliResult run = CliRun.Run("simulate", "--preset", "low-magnesium", "--format", "json", "--dt", "5");

        using JsonDocument document = JsonDocument.Parse(run.Out);
        JsonElement scenario = document.RootElement.GetProperty("scenarios")[0];
        Assert.Equal(0.25, scenario.GetProperty("parameters").GetProperty("FreeMagnesiumMillimolar").GetDouble());
        Assert.Equal(0.25, Physiology.FiberParameters.FromJson(scenario.GetProperty("parameters").GetRawText()).FreeMagnesiumMillimolar);
        Assert.True(scenario.GetProperty("solver_options").GetProperty("relative_tolerance").GetDouble() > 0);
        Assert.True(scenario.GetProperty("metrics").GetProperty("twitches")[0].GetProperty("peak_tension").GetDouble() > 0);
        Assert.NotEqual(0, scenario.GetProperty("timeline").GetProperty("transitions").GetArrayLength());
    }

    /// <summary>One naming convention (snake_case, units as written: free_mg_mM) outside the embedded parameter file,
    /// and null, never the string "NaN", for a value the library leaves undefined.</summary>
    [Fact]
    public void Json_keys_are_snake_case_and_undefined_values_are_null()
    {
        CliResult run = CliRun.Run("simulate", "--format", "json", "--dt", "5");

        using JsonDocument document = JsonDocument.Parse(run.Out);
        var keys = new List<string>();
        var strings = new List<string>();
        Walk(document.RootElement, keys, strings);
        Assert.DoesNotContain(keys, k => System.Text.RegularExpressions.Regex.IsMatch(k, "[A-Z][a-z]"));
        Assert.DoesNotContain(strings, v => v is "NaN" or "Infinity" or "-Infinity");
        JsonElement solver = document.RootElement.GetProperty("scenarios")[0].GetProperty("solver_options");
        Assert.Equal(JsonValueKind.Null, solver.GetProperty("max_step").ValueKind); // unbounded
    }

    private static void Walk(JsonElement element, List<string> keys, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject().Where(p => p.Name != "parameters"))
                {
                    keys.Add(property.Name);
                    Walk(property.Value, keys, strings);
                }

                break;
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Walk(item, keys, strings);
                }

                break;
            case JsonValueKind.String:
                strings.Add(element.GetString()!);
                break;
        }
    }

    [Fact]
    public void Force_pca_sweep_reports_each_hill_fit_and_writes_its_table()
    {
        CliResult run = CliRun.Run("sweep", "pca", "--mg", "1", "--mg", "0.25", "-o", "pca.csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Mg²⁺ 0.25 mM: pCa50 = ", run.Out);
        Assert.Contains("Mg²⁺ 1 mM: pCa50 = ", run.Out);
        string[] lines = File.ReadAllLines(run.PathOf("pca.csv"));
        Assert.Equal("pCa,tension_mg_0_25mM,hill_fit_mg_0_25mM,tension_mg_1mM,hill_fit_mg_1mM", lines[0]);
    }

    /// <summary>The plot marks the levels the table reports as spasm, and only those: the legend names the mark
    /// exactly when the CSV's spasm column holds a 1 (no model number is pinned here).</summary>
    [Fact]
    public void Mg_sweep_plot_marks_spasm_where_the_table_reports_it()
    {
        CliResult run = CliRun.Run("sweep", "mg", "--values", "0.05,0.1,1,2", "-o", "mg.svg", "--csv", "mg.csv");

        Assert.Equal(0, run.ExitCode);
        string[] rows = File.ReadAllLines(run.PathOf("mg.csv"));
        int spasmColumn = Array.IndexOf(rows[0].Split(','), "spasm");
        int spasms = rows.Skip(1).Count(r => r.Split(',')[spasmColumn] == "1");
        string svg = File.ReadAllText(run.PathOf("mg.svg"));
        Assert.Equal(spasms > 0, svg.Contains("spasm: tension does not relax", StringComparison.Ordinal));
        Assert.True(spasms > 0, "0.05 mM Mg²⁺ no longer spasms: choose a level that does, so the mark is exercised");
    }

    [Fact]
    public void Force_frequency_sweep_draws_a_png()
    {
        CliResult run = CliRun.Run("sweep", "frequency", "--values", "5,20,50", "--duration", "200", "-o", "ff.png");

        Assert.Equal(0, run.ExitCode);
        using var bitmap = Images.DecodePng(run.PathOf("ff.png"));
        Assert.Equal((1000, 600), (bitmap.Width, bitmap.Height));
    }
}
