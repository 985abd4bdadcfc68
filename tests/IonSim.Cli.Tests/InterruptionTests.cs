using System.Diagnostics;
using IonSim.Cli.Infrastructure;
using IonSim.Cli.Options;
using IonSim.Cli.Output;

namespace IonSim.Cli.Tests;

/// <summary>The signal handler's state is process-wide: these tests run alone, after the parallel ones.</summary>
[CollectionDefinition(nameof(InterruptionTests), DisableParallelization = true)]
public sealed class InterruptionCollection;

/// <summary>Ctrl+C and SIGTERM: exit 130 with one line, no temporary file, every target untouched.</summary>
[Collection(nameof(InterruptionTests))]
public sealed class InterruptionTests
{
    /// <summary>A real signal to a real process, in the middle of a sweep (sent once the first point has reported, so
    /// the handler is surely installed).</summary>
    [Theory]
    [InlineData("INT", "SIGINT")]
    [InlineData("TERM", "SIGTERM")]
    public void A_signal_during_a_run_exits_130_with_one_line_and_leaves_the_old_output(string signal, string name)
    {
        string folder = CliRun.NewFolder();
        File.WriteAllText(Path.Combine(folder, "mg.csv"), "old");
        string values = string.Join(',', Enumerable.Range(1, 40).Select(i => (i * 0.05).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Process process = CliProcess.StartSignallable(folder, ["sweep", "mg", "--values", values, "--duration", "3000", "-o", "mg.csv"]);

        string? first = process.StandardError.ReadLine();
        Assert.StartsWith("sweep mg: 1/40", first);
        CliProcess.Signal(process, signal);
        (int code, string output, string error) = CliProcess.Finish(process);

        Assert.Equal(130, code);
        Assert.Equal($"ionsim: error: cancelled by {name}", error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last(l => !l.StartsWith("sweep mg:", StringComparison.Ordinal)));
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("ionsim:", StringComparison.Ordinal));
        Assert.Equal("", output);
        Assert.Equal(["mg.csv"], Directory.GetFiles(folder).Select(Path.GetFileName));
        Assert.Equal("old", File.ReadAllText(Path.Combine(folder, "mg.csv")));
    }

    /// <summary>SIGTERM (what <c>scancel</c> sends) in the middle of a study run: exit 130, and the part file holds the last
    /// checkpoint, complete and checksummed, for a re-run to resume from.</summary>
    [Fact]
    public void A_signal_during_a_study_run_leaves_its_last_checkpoint_to_resume_from()
    {
        string folder = CliRun.NewFolder();
        File.WriteAllText(Path.Combine(folder, "study.json"), """
            { "name": "interrupted", "base": { "preset": "normal" },
              "parameters": [ { "name": "FreeMagnesiumMillimolar", "distribution": "uniform", "min": 0.5, "max": 1.5 },
                              { "name": "Serca.MaxRateMicromolarPerMs", "distribution": "uniform", "min": 4, "max": 9 } ],
              "design": { "kind": "grid", "levels": 20 }, "protocols": [ { "kind": "twitch", "duration_ms": 300 } ] }
            """);
        Process process = CliProcess.StartSignallable(folder, ["study", "run", "study.json", "-o", "parts", "--threads", "1", "--checkpoint", "0"]);
        Assert.StartsWith("study shard 1/1: 20/400", process.StandardError.ReadLine());
        CliProcess.Signal(process, "TERM");
        (int code, _, string error) = CliProcess.Finish(process);

        Assert.Equal(130, code);
        Assert.EndsWith("ionsim: error: cancelled by SIGTERM", error.TrimEnd('\n'), StringComparison.Ordinal);
        Assert.Equal(["part-1-of-1.jsonl"], Directory.GetFiles(Path.Combine(folder, "parts")).Select(Path.GetFileName));
        using FileStream stream = File.OpenRead(Path.Combine(folder, "parts", "part-1-of-1.jsonl"));
        IonSim.Experiments.Studies.StudyPart part = IonSim.Experiments.Studies.StudyPart.Read(stream);
        Assert.False(part.IsComplete);
        Assert.InRange(part.Results.Count, 20, 399);
    }

    /// <summary>A signal while an output is being written: the handler deletes the half-written temporary file,
    /// and no rename can follow it.</summary>
    [Fact]
    public void A_signal_while_writing_deletes_the_temporary_file_and_nothing_is_committed()
    {
        string folder = CliRun.NewFolder();
        File.WriteAllText(Path.Combine(folder, "t.csv"), "old");
        var output = new StringWriter();
        var environment = new CliEnvironment(output, new StringWriter(), folder, IsTerminal: false);
        OutputTarget target = OutputTarget.Resolve(environment, "--output", "t.csv", ["csv"]);
        try
        {
            using var files = new OutputFiles(output);
            files.Add(target, stream =>
            {
                stream.Write(new byte[1 << 20]);
                Interruption.Interrupt(); // the signal arrives mid-write
                Assert.Equal(["t.csv"], Directory.GetFiles(folder).Select(Path.GetFileName));
                stream.Write(new byte[1 << 20]);
            });

            Assert.Throws<OperationCanceledException>(files.Commit);
        }
        finally
        {
            Interruption.Reset();
        }

        Assert.Equal(["t.csv"], Directory.GetFiles(folder).Select(Path.GetFileName));
        Assert.Equal("old", File.ReadAllText(Path.Combine(folder, "t.csv")));
        Assert.Equal("", output.ToString());
    }
}
