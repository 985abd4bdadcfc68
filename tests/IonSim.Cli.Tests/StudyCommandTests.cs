using IonSim.Experiments.Studies;

namespace IonSim.Cli.Tests;

/// <summary><c>ionsim study</c>: sharded runs merge to exactly the single run; every refusal of issue 15 §7 is one line,
/// exit code 2, and leaves the parts already computed as they were.</summary>
public sealed class StudyCommandTests
{
    private const string Study = """
        { "name": "cli-small", "base": { "preset": "normal" },
          "parameters": [ { "name": "FreeMagnesiumMillimolar", "distribution": "uniform", "min": 0.5, "max": 1.5 },
                          { "name": "Serca.MaxRateMicromolarPerMs", "distribution": "log_uniform", "min": 4, "max": 9 } ],
          "design": { "kind": "saltelli", "samples": 4 }, "seed": 5,
          "protocols": [ { "kind": "twitch", "duration_ms": 60 }, { "kind": "rest" } ],
          "outputs": [ "twitch.peak_tension", "twitch.spasm", "rest.tension" ] }
        """;

    private static readonly Lazy<CliResult> Shards = new(() =>
    {
        CliResult run = Write(Study);
        Assert.Equal(0, CliRun.RunIn(run.Folder, "study", "run", "study.json", "--shard", "1/2", "-o", "a", "-q").ExitCode);
        Assert.Equal(0, CliRun.RunIn(run.Folder, "study", "run", "study.json", "--shard", "2/2", "-o", "b", "-q").ExitCode);
        Assert.Equal(0, CliRun.RunIn(run.Folder, "study", "run", "study.json", "-o", "single", "-q", "--threads", "1").ExitCode);
        return run;
    });

    [Fact]
    public void Two_shards_merged_are_byte_for_byte_the_single_run_in_CSV_and_Parquet_reads_the_same()
    {
        string folder = Shards.Value.Folder;
        Assert.Equal(0, CliRun.RunIn(folder, "study", "merge", "a", "b", "-o", "sharded.csv", "-q").ExitCode);
        Assert.Equal(0, CliRun.RunIn(folder, "study", "merge", "single", "-o", "single.csv", "-q").ExitCode);
        Assert.Equal(0, CliRun.RunIn(folder, "study", "merge", "a", "b", "-o", "sharded.parquet", "-q").ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "single.csv")), File.ReadAllBytes(Path.Combine(folder, "sharded.csv")));
        string[] rows = File.ReadAllLines(Path.Combine(folder, "single.csv"));
        Assert.Equal(17, rows.Length);
        Assert.StartsWith("point,sample,matrix,FreeMagnesiumMillimolar,Serca.MaxRateMicromolarPerMs,twitch.peak_tension", rows[0], StringComparison.Ordinal);

        Assert.Equal(0, CliRun.RunIn(folder, "study", "analyze", "sharded.parquet", "-o", "from-parquet.csv", "--figure", "indices.svg", "--scatter", "scatter.svg", "-q").ExitCode);
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(folder, "indices.svg")), StringComparison.Ordinal);
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(folder, "scatter.svg")), StringComparison.Ordinal);
        Assert.Equal(0, CliRun.RunIn(folder, "study", "analyze", "sharded.csv", "-o", "from-csv.csv", "-q").ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "from-csv.csv")), File.ReadAllText(Path.Combine(folder, "from-parquet.csv")));
        Assert.Contains("twitch.peak_tension,FreeMagnesiumMillimolar,", File.ReadAllText(Path.Combine(folder, "from-csv.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rerun_after_a_partial_part_computes_only_the_missing_points_and_ends_identical()
    {
        CliResult run = Write(Study);
        string full = Path.Combine(Shards.Value.Folder, "a", "part-1-of-2.jsonl");
        StudyPart complete = StudyPart.Read(File.OpenRead(full));
        Directory.CreateDirectory(run.PathOf("resume"));
        using (FileStream stream = File.Create(run.PathOf("resume/part-1-of-2.jsonl")))
        {
            (complete with { Results = complete.Results.Take(3).ToList(), IsComplete = false }).Write(stream);
        }

        CliResult resumed = CliRun.RunIn(run.Folder, "study", "run", "study.json", "--shard", "1/2", "-o", "resume");
        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains("resuming shard 1/2: 3 of 8 points", resumed.Out, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(full), File.ReadAllBytes(run.PathOf("resume/part-1-of-2.jsonl")));
    }

    public static TheoryData<string, string[], string> Refusals => new()
    {
        { Study.Replace("\"FreeMagnesiumMillimolar\"", "\"FreeMagnesium\"", StringComparison.Ordinal), ["study", "run", "study.json"], "unknown parameter 'FreeMagnesium'" },
        { Study.Replace("\"max\": 1.5", "\"max\": 40", StringComparison.Ordinal), ["study", "plan", "study.json", "--no-estimate"], "its max 40 is outside the parameter's valid range" },
        { Study, ["study", "run", "study.json", "--shard", "0/4"], "--shard '0/4' is not allowed" },
        { Study, ["study", "run", "study.json", "--shard", "5/4"], "--shard '5/4' is not allowed" },
        { Study, ["study", "run", "study.json", "--shard", "a/b"], "--shard 'a/b' is not allowed" },
        { Study.Replace("\"kind\": \"saltelli\", \"samples\": 4", "\"kind\": \"grid\", \"levels\": 300", StringComparison.Ordinal), ["study", "run", "study.json"], "above the cap of 50,000" },
        { Study.Replace("\"kind\": \"saltelli\", \"samples\": 4", "\"kind\": \"grid\", \"levels\": 300", StringComparison.Ordinal), ["study", "slurm", "study.json", "--tasks", "4"], "add --force" },
        { Study, ["study", "slurm", "study.json"], "--tasks is required" },
        { Study, ["study", "slurm", "study.json", "--tasks", "4", "--throttle", "5"], "--throttle '5' is not allowed" },
        { Study, ["study", "merge", "nowhere"], "DIR 'nowhere' is not allowed: the folder does not exist" },
        { Study, ["study", "analyze", "study.json"], "RESULTS 'study.json' is not allowed" },
        { Study, ["study"], "study needs a step" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Bad_study_input_is_one_line_and_exit_code_2(string study, string[] args, string message)
    {
        CliResult before = Write(study);
        CliResult run = CliRun.RunIn(before.Folder, args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Merge_refuses_missing_duplicated_foreign_corrupt_and_unfinished_parts_naming_them_and_writes_nothing()
    {
        CliResult run = Write(Study);
        string a = Path.Combine(Shards.Value.Folder, "a"), b = Path.Combine(Shards.Value.Folder, "b");
        byte[] partA = File.ReadAllBytes(Path.Combine(a, "part-1-of-2.jsonl"));

        Refused(run, ["study", "merge", a, "-o", "r.csv"], "missing shard 2/2");
        Refused(run, ["study", "merge", a, a, b, "-o", "r.csv"], "shard 1/2 is given twice");

        string foreign = run.PathOf("foreign");
        File.WriteAllText(run.PathOf("other.json"), Study.Replace("\"seed\": 5", "\"seed\": 6", StringComparison.Ordinal));
        Assert.Equal(0, CliRun.RunIn(run.Folder, "study", "run", "other.json", "--shard", "2/2", "-o", foreign, "-q").ExitCode);
        Refused(run, ["study", "merge", a, foreign, "-o", "r.csv"], "the parts are of different studies");

        string corrupt = Folder(run, "corrupt", Path.Combine(b, "part-2-of-2.jsonl"));
        byte[] bytes = File.ReadAllBytes(Path.Combine(corrupt, "part-2-of-2.jsonl"));
        File.WriteAllBytes(Path.Combine(corrupt, "part-2-of-2.jsonl"), bytes[..(bytes.Length / 2)]);
        Refused(run, ["study", "merge", a, corrupt, "-o", "r.csv"], "part-2-of-2.jsonl' cannot be used: line ");

        string unfinished = Folder(run, "unfinished", Path.Combine(b, "part-2-of-2.jsonl"));
        StudyPart part = StudyPart.Read(new MemoryStream(File.ReadAllBytes(Path.Combine(b, "part-2-of-2.jsonl"))));
        using (FileStream stream = File.Create(Path.Combine(unfinished, "part-2-of-2.jsonl")))
        {
            (part with { Results = part.Results.Take(2).ToList(), IsComplete = false }).Write(stream);
        }

        Refused(run, ["study", "merge", a, unfinished, "-o", "r.csv"], "shard 2/2 is incomplete");

        // A run into a folder holding another study's part changes nothing.
        Refused(run, ["study", "run", "study.json", "--shard", "2/2", "-o", foreign], "is a part of another study");
        Assert.Equal(partA, File.ReadAllBytes(Path.Combine(a, "part-1-of-2.jsonl")));
    }

    [Fact]
    public void Slurm_writes_an_array_of_one_shard_per_task_and_a_merge_that_waits_for_all_of_it()
    {
        CliResult run = Write(Study);
        CliResult slurm = CliRun.RunIn(run.Folder, "study", "slurm", "study.json", "--tasks", "4", "--throttle", "2", "--seconds-per-point", "0.5", "-o", "job");
        Assert.Equal(0, slurm.ExitCode);
        string array = File.ReadAllText(run.PathOf("job/study.sbatch"));
        Assert.Contains("#SBATCH --array=0-3%2", array, StringComparison.Ordinal);
        Assert.Contains("--shard \"$((SLURM_ARRAY_TASK_ID + 1))/4\"", array, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --time=0-00:05:04", array, StringComparison.Ordinal);
        Assert.Contains("study merge", File.ReadAllText(run.PathOf("job/merge.sbatch")), StringComparison.Ordinal);
        Assert.Contains("--dependency=afterok:", File.ReadAllText(run.PathOf("job/submit.sh")), StringComparison.Ordinal);
    }

    private static void Refused(CliResult folder, string[] args, string message)
    {
        CliResult run = CliRun.RunIn(folder.Folder, args);
        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}: {run.Error}");
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.PathOf("r.csv")));
    }

    private static string Folder(CliResult run, string name, string copy)
    {
        string folder = run.PathOf(name);
        Directory.CreateDirectory(folder);
        File.Copy(copy, Path.Combine(folder, Path.GetFileName(copy)), overwrite: true);
        return folder;
    }

    private static CliResult Write(string study)
    {
        CliResult run = CliRun.Run("presets");
        File.WriteAllText(run.PathOf("study.json"), study);
        return run;
    }
}
