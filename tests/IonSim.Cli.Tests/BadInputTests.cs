namespace IonSim.Cli.Tests;

/// <summary>Every bad input named by the issue: one line on stderr naming the option and value, the
/// documented exit code, and no file left behind (not even a temporary one).</summary>
public sealed class BadInputTests
{
    public static TheoryData<string[], string, string> UsageErrors => new()
    {
        { ["plot", "--mg", "-1"], "--mg '-1'", "from 0.001 to 20" },
        { ["plot", "--mg", "abc"], "--mg 'abc'", "a number of mM" },
        { ["plot", "--mg", "NaN"], "--mg 'NaN'", "a number of mM" },
        { ["plot", "--mg", "Infinity"], "--mg 'Infinity'", "a number of mM" },
        { ["plot", "--mg", "-Infinity"], "--mg '-Infinity'", "a number of mM" },
        { ["plot", "--frequency", "0"], "--frequency '0'", "from 0.001 to 1000" },
        { ["plot", "--duration", "1e12"], "--duration '1e12'", "at most 60000" },
        { ["plot", "--preset", "nope"], "--preset 'nope'", "normal" },
        { ["plot", "--params", "missing.json"], "--params 'missing.json'", "does not exist" },
        { ["plot", "-o", "no-such-folder/t.png"], "-o 'no-such-folder/t.png'", "does not exist" },
        { ["plot", "-o", "tension.gif"], "-o 'tension.gif'", ".png, .svg, .pdf" },
        { ["plot", "--output", "tension"], "--output 'tension'", "no extension" },
        { ["plot", "--width", "10"], "--width '10'", "200 to 8000" },
        { ["plot", "--panels", "tension,force"], "--panels 'tension,force'", "calcium" },
        { ["plot", "--protocol", "tetanus"], "--protocol 'tetanus'", "twitch, train" },
        { ["plot", "--pulses", "0"], "--pulses '0'", "from 1 to" },
        { ["plot", "--mg"], "--mg needs a value", "" },
        { ["plot", "--wdth", "900"], "ionsim plot has no option --wdth", "see ionsim plot --help" },
        { ["simulate", "--dt", "0"], "--dt '0'", "0.001" },
        { ["simulate", "-o", "out.png"], "-o 'out.png'", ".csv, .json" },
        { ["sweep", "mg", "--values", "1,x"], "--values 'x'", "from 0.001 to 20" },
        { ["frobnicate"], "Unknown command 'frobnicate'", "" },
        { ["presets", "extra"], "'extra' is not something ionsim presets takes", "see ionsim presets --help" },
        { ["sweep", "magnesium"], "'magnesium' is not something ionsim sweep takes", "see ionsim sweep --help" },
        // Ranges only the library knows: its message is passed on under the option's name.
        { ["plot", "--mg", "0"], "--mg '0'", "from 0.001 to 20" },
        { ["simulate", "--protocol", "train", "--frequency", "1", "--pulses", "100"], "--pulses '100'", "60000 ms" },
        { ["simulate", "--protocol", "train", "--frequency", "1", "--pulses", "10", "--dt", "0.001"], "--dt '0.001'", "use a larger --dt" },
        { ["sweep", "mg", "--values", "1,0.5"], "--values", "ascend" },
        { ["sweep", "frequency", "--mg", "1"], "ionsim sweep frequency has no option --mg", "" },
        // Sweep ranges are checked before the first point runs: usage errors, exit 2 (they used to exit 1 mid-sweep).
        { ["sweep", "mg", "--from", "0.1", "--to", "1e308", "--steps", "3"], "--to '1e308'", "from 0.001 to 20" },
        { ["sweep", "mg", "--values", "0.0001,1"], "--values '0.0001'", "from 0.001 to 20" },
        { ["sweep", "pca", "--values", "5,6"], "--values '5,6'", "give 4 to 200 values" },
        { ["sweep", "pca", "--from", "4", "--to", "7", "--steps", "2"], "--steps '2'", "from 4 to 200" },
        { ["sweep", "pca", "--duration", "100"], "ionsim sweep pca has no option --duration", "" },
        // Misleading messages: each names the option the user typed and what is allowed.
        { ["plot", "-o", "-"], "-o '-'", "standard output takes only text data" },
        { ["plot", "-o", "out"], "-o 'out'", "has no extension" },
        { ["plot", "--params", "."], "--params '.'", "this is a folder" },
        // Duplicates are refused, not silently resolved.
        { ["plot", "--mg", "1", "--mg", "1"], "--mg '1'", "already given" },
        { ["plot", "-o", "a.png", "--output", "b.png"], "-o and --output give the same option twice ('a.png' and 'b.png')", "" },
        { ["plot", "-o", "a.png", "-o=b.png"], "-o is given twice ('a.png' and 'b.png')", "" },
        // Every message names the option as the user typed it: -o where -o was typed, and the command it lacks.
        { ["simulate", "-o", "a.csv", "--format", "json"], "--format 'json'", "the extension of -o 'a.csv'" },
        { ["simulate", "--output", "a.csv", "--format", "json"], "--format 'json'", "the extension of --output 'a.csv'" },
        { ["sweep", "mg", "-o", "x.gif"], "-o 'x.gif'", ".png, .svg, .pdf, .csv" },
        { ["params", "-o", "p.csv"], "-o 'p.csv'", ".json" },
        { ["presets", "-o", "x.json"], "ionsim presets has no option -o", "see ionsim presets --help" },
        { ["plot", "-o="], "-o needs a value, but an empty one was given", "" },
        { ["plot", "--title", ""], "--title needs a value, but an empty one was given", "" },
        { ["simulate", "--dt", "1", "--dt", "2"], "--dt is given twice", "" },
        { ["sweep"], "sweep needs a kind", "" },
        // A parameter file must be a regular file of sensible size: a FIFO would hang, /dev/zero would exhaust memory.
        { ["plot", "--params", "/dev/zero"], "--params '/dev/zero'", "not a regular file" },
        { ["plot", "--params", "/tmp"], "--params '/tmp'", "this is a folder" },
        // Every file the CLI reads goes through the same check: a model file or a study file on a FIFO would hang.
        { ["model", "/dev/zero"], "model file '/dev/zero'", "not a regular file" },
        { ["model", "/tmp"], "model file '/tmp'", "this is a folder" },
        { ["simulate", "--model", "/dev/zero", "--duration", "5"], "--model '/dev/zero'", "not a regular file" },
        { ["study", "run", "/dev/zero"], "study file '/dev/zero'", "not a regular file" },
        // A file name longer than the file system allows is a usage error found before the run, not a write failure after it.
        { ["simulate", "-o", new string('a', 252) + ".csv"], "-o 'aaa", "the file name is 256 bytes long; file systems allow at most 255" },
        // One limit on the trace, checked before simulating, whatever side of it the grid's rounding falls.
        { ["simulate", "--duration", "60000", "--dt", "0.03"], "--dt '0.03'", "limit of 2000000" },
        { ["simulate", "--duration", "60000", "--dt", "0.029"], "--dt '0.029'", "limit of 2000000" },
        { ["simulate", "--duration", "60000", "--dt", "0.1", "--mg", "1", "--mg", "0.5", "--mg", "0.25", "--mg", "0.1"], "--dt '0.1'", "each of 4 scenarios" },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public void Usage_errors_exit_2_with_one_line_naming_option_and_value(string[] args, string names, string allowed)
    {
        CliResult run = CliRun.Run(args);

        Assert.Equal(2, run.ExitCode);
        AssertOneErrorLine(run, names, allowed);
        Assert.Empty(run.Files);
    }

    [Fact]
    public void A_sweep_where_no_point_could_be_simulated_fails_instead_of_writing_an_empty_table()
    {
        string folder = CliRun.NewFolder();
        CliRun.WriteFiberWithoutPump(folder);

        CliResult run = CliRun.RunIn(folder, "sweep", "mg", "--params", "no-pump.json", "--values", "0.5,1", "-o", "mg.csv");

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("ionsim: error: no Mg²⁺ level could be simulated", StringComparison.Ordinal));
        Assert.Equal(["no-pump.json"], run.Files);
    }

    [Theory]
    [InlineData("simulate", "--duration", "5")]
    [InlineData("params", "--preset", "normal")]
    public void Dash_writes_text_to_standard_output(string command, string option, string value)
    {
        CliResult run = CliRun.Run(command, option, value, "-o", "-");
        CliResult plain = CliRun.Run(command, option, value);

        Assert.Equal(0, run.ExitCode);
        Assert.NotEqual("", run.Out);
        Assert.Equal(plain.Out, run.Out);
        Assert.Empty(run.Files);
    }

    [Fact]
    public void A_malformed_params_file_is_a_usage_error_and_nothing_is_written()
    {
        string folder = CliRun.NewFolder();
        File.WriteAllText(Path.Combine(folder, "broken.json"), "{ \"FreeMagnesiumMillimolar\": ");

        CliResult run = CliRun.RunIn(folder, "plot", "--params", "broken.json");

        Assert.Equal(2, run.ExitCode);
        AssertOneErrorLine(run, "--params", "broken.json");
        Assert.Equal(["broken.json"], run.Files);
    }

    [Theory]
    [InlineData("model", "fiber.cellml")]
    [InlineData("simulate", "--model", "fiber.cellml", "--duration", "5")]
    public void A_fifo_as_model_is_refused_at_once_instead_of_waiting_for_a_writer(params string[] args)
    {
        string folder = CliRun.NewFolder();
        CliProcess.MakeFifo(Path.Combine(folder, "fiber.cellml"));

        CliResult run = CliRun.RunIn(folder, args);

        Assert.Equal(2, run.ExitCode);
        AssertOneErrorLine(run, "'fiber.cellml'", "not a regular file");
    }

    [Fact]
    public void A_fifo_as_params_is_refused_at_once_instead_of_waiting_for_a_writer()
    {
        string folder = CliRun.NewFolder();
        CliProcess.MakeFifo(Path.Combine(folder, "fiber.json"));

        CliResult run = CliRun.RunIn(folder, "plot", "--params", "fiber.json");

        Assert.Equal(2, run.ExitCode);
        AssertOneErrorLine(run, "--params 'fiber.json'", "not a regular file");
    }

    [Fact]
    public void A_params_file_over_the_size_limit_is_refused_naming_the_limit()
    {
        string folder = CliRun.NewFolder();
        File.WriteAllText(Path.Combine(folder, "huge.json"), new string(' ', (1 << 20) + 1));

        CliResult run = CliRun.RunIn(folder, "plot", "--params", "huge.json");

        Assert.Equal(2, run.ExitCode);
        AssertOneErrorLine(run, "--params 'huge.json'", "larger than 1024 KB");
    }

    [Fact]
    public void A_params_file_naming_a_field_twice_is_refused()
    {
        string folder = CliRun.NewFolder();
        string json = Physiology.FiberPresets.Normal.ToJson();
        File.WriteAllText(Path.Combine(folder, "twice.json"), "{ \"FreeMagnesiumMillimolar\": 0.5," + json.TrimStart()[1..]);

        CliResult run = CliRun.RunIn(folder, "plot", "--params", "twice.json");

        Assert.Equal(2, run.ExitCode);
        AssertOneErrorLine(run, "--params 'twice.json'", "FreeMagnesiumMillimolar");
    }

    /// <summary>A concentration no cell could hold is refused when the file is read, naming the field.</summary>
    [Fact]
    public void A_params_file_with_an_impossible_concentration_is_a_usage_error()
    {
        string folder = CliRun.NewFolder();
        WriteEdited(Path.Combine(folder, "huge-pool.json"), "Parvalbumin", "TotalMicromolar", 1e308);

        CliResult run = CliRun.RunIn(folder, "plot", "--params", "huge-pool.json");

        Assert.Equal(2, run.ExitCode);
        AssertOneErrorLine(run, "--params 'huge-pool.json'", "TotalMicromolar must be greater than 0 and at most 1000000 µM");
    }

    /// <summary>Troponin and release constants have physical bounds too: a 1e308 on-rate is refused when the file is
    /// read, naming the field and the limit (it used to surface deep in the rest-state solve).</summary>
    [Theory]
    [InlineData("Troponin", "CalciumOnRatePerMicromolarPerMs", "at most 1000 per µM per ms")]
    [InlineData("Troponin", "AttachRatePerMs", "at most 1000000 per ms")]
    [InlineData("Troponin", "TotalMicromolar", "at most 1000000 µM")]
    [InlineData("Release", "StimulusPermeabilityPerMs", "at most 1000000 per ms")]
    [InlineData("Release", "LeakPermeabilityPerMs", "at least 0 and at most 1000000 per ms")]
    [InlineData("Release", "StimulusMagnesiumHalfInhibitionMillimolar", "at most 1000 mM")]
    public void A_params_file_with_an_impossible_troponin_or_release_constant_is_a_usage_error(string section, string field, string limit)
    {
        string folder = CliRun.NewFolder();
        WriteEdited(Path.Combine(folder, "fast.json"), section, field, 1e308);

        CliResult run = CliRun.RunIn(folder, "simulate", "--params", "fast.json", "-o", "t.csv");

        Assert.Equal(2, run.ExitCode);
        AssertOneErrorLine(run, "--params 'fast.json'", $"{field} must be");
        AssertOneErrorLine(run, "--params 'fast.json'", limit);
        Assert.Equal(["fast.json"], run.Files);
    }

    /// <summary>A fibre that is possible value by value but has no rest fails as a run (exit 1), and the message names
    /// the side that wins: a pump this fast outpaces every outflow (it used to say "release outpaces uptake").</summary>
    [Fact]
    public void A_failure_deep_in_the_library_is_reported_by_its_cause()
    {
        string folder = CliRun.NewFolder();
        WriteEdited(Path.Combine(folder, "fast.json"), "Serca", "MaxRateMicromolarPerMs", 1e6);

        CliResult run = CliRun.RunIn(folder, "simulate", "--params", "fast.json", "-o", "t.csv");

        Assert.Equal(1, run.ExitCode);
        AssertOneErrorLine(run, "SERCA uptake outpaces the SR's outflow", "Lower SERCA's rate");
        Assert.DoesNotContain("unexpected", run.Error);
        Assert.DoesNotContain("release outpaces", run.Error);
        Assert.Equal(["fast.json"], run.Files);
    }

    private static void WriteEdited(string path, string section, string field, double value)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(Physiology.FiberPresets.Normal.ToJson())!;
        json[section]![field] = value;
        File.WriteAllText(path, json.ToJsonString());
    }

    [Fact]
    public void A_failed_run_leaves_an_existing_output_untouched()
    {
        string folder = CliRun.NewFolder();
        File.WriteAllText(Path.Combine(folder, "tension.png"), "old");
        CliRun.WriteFiberWithoutPump(folder);

        CliResult run = CliRun.RunIn(folder, "plot", "--params", "no-pump.json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("old", File.ReadAllText(Path.Combine(folder, "tension.png")));
        Assert.Equal(["no-pump.json", "tension.png"], run.Files);
    }

    private static void AssertOneErrorLine(CliResult run, string names, string allowed)
    {
        if (!names.EndsWith("needs a kind", StringComparison.Ordinal))
        {
            Assert.Equal("", run.Out); // a missing sweep kind shows the sweep usage on stdout
        }

        Assert.EndsWith("\n", run.Error);
        string line = Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("ionsim: error: ", line);
        Assert.Contains(names, line);
        Assert.Contains(allowed, line);
        Assert.DoesNotContain("   at ", line);
    }
}
