using System.Diagnostics;
using System.Globalization;
using IonSim.Cli.Infrastructure;
using IonSim.Cli.Options;
using IonSim.Cli.Output;
using IonSim.Experiments;
using IonSim.Experiments.Studies;
using Spectre.Console;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary><c>ionsim study run FILE [--shard K/N] -o DIR</c>: runs a shard on every core, rewriting its part file atomically
/// as it goes; a re-run into the same folder reads the part and computes only the points it lacks.</summary>
internal sealed class StudyRunCommand(CliEnvironment environment, IAnsiConsole console) : Command<StudyRunSettings>
{
    public override int Execute(CommandContext context, StudyRunSettings settings, CancellationToken cancellationToken)
    {
        Study study = StudyFile.Load(settings.File, environment, settings.Force);
        Shard shard = ParseShard(settings.Shard);
        int? threads = settings.Threads is null ? null : OptionParser.Integer("--threads", settings.Threads, 1, 1024, "the number of threads");
        double checkpoint = OptionParser.OptionalNumber("--checkpoint", settings.Checkpoint, v => v is >= 0 and <= 3600,
            "the checkpoint interval must be a number of seconds from 0 to 3600") ?? 10;
        string folder = StudyParts.Folder(environment, "--output", settings.Output ?? "parts", create: true);
        string path = Path.Combine(folder, StudyParts.FileName(shard));

        var done = new SortedDictionary<long, StudyPointResult>();
        if (File.Exists(path))
        {
            StudyPart existing = StudyParts.Read(path, environment);
            if (existing.StudyHash != study.Hash)
            {
                throw new UsageException($"'{path}' is a part of another study (hash {existing.StudyHash}; this study's is {study.Hash}): nothing was changed; give this study its own folder with -o");
            }

            if (existing.Results.Any(r => !shard.Contains(r.Index) || r.Index >= study.PointCount))
            {
                throw new UsageException($"'{path}' holds points that are not shard {shard}'s (the file is damaged): nothing was changed; delete it to compute the shard again");
            }

            foreach (StudyPointResult result in existing.Results)
            {
                done[result.Index] = result;
            }
        }

        long total = shard.PointCount(study.PointCount);
        TextWriter info = settings.Quiet ? TextWriter.Null : environment.Out;
        if (done.Count == total && total > 0 && File.Exists(path))
        {
            info.WriteLine($"shard {shard} of study {study.Name} is already complete ({total} points) in {path}");
            Save(study, shard, path, done, complete: true);
            return 0;
        }

        if (done.Count > 0)
        {
            info.WriteLine($"resuming shard {shard}: {done.Count} of {total} points already in {path}");
        }

        Save(study, shard, path, done, complete: total == 0);
        var clock = Stopwatch.StartNew();
        IReadOnlySet<long> skip = new HashSet<long>(done.Keys);
        LibraryErrors.Run(() => Progress(settings.Quiet, shard, total, done.Count, (progress, token) => StudyRunner.Run(
            study, shard, skip,
            result =>
            {
                done[result.Index] = result;
                if (clock.Elapsed.TotalSeconds >= checkpoint)
                {
                    Save(study, shard, path, done, complete: false);
                    clock.Restart();
                }
            },
            ScenarioOptions.SweepPoint, progress, token, threads), cancellationToken));

        Save(study, shard, path, done, complete: true);
        int failed = done.Values.Count(r => r.Failure is not null);
        info.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path} (shard {shard}: {done.Count} points, {failed} with a failed protocol)"));
        return 0;
    }

    internal static Shard ParseShard(string? text)
    {
        if (text is null)
        {
            return Shard.All;
        }

        try
        {
            return Shard.Parse(text);
        }
        catch (FormatException e)
        {
            throw new UsageException("--shard", text, e.Message);
        }
    }

    private static void Save(Study study, Shard shard, string path, SortedDictionary<long, StudyPointResult> done, bool complete)
    {
        var part = new StudyPart { StudyHash = study.Hash, StudyJson = study.ToJson(indented: false), Shard = shard, Results = [.. done.Values], IsComplete = complete };
        using var files = new OutputFiles(TextWriter.Null);
        files.Add(new OutputTarget(path, "jsonl"), part.Write);
        files.Commit();
    }

    private IReadOnlyList<StudyPointResult> Progress(bool quiet, Shard shard, long total, int already, Func<IProgress<SweepProgress>, CancellationToken, IReadOnlyList<StudyPointResult>> run, CancellationToken token)
    {
        string label = $"study shard {shard}";
        if (quiet)
        {
            return run(new LockedProgress<SweepProgress>(_ => { }), token);
        }

        if (!environment.IsTerminal)
        {
            int every = (int)Math.Max(1, total / 20);
            return run(new LockedProgress<SweepProgress>(p =>
            {
                if (p.Completed % every == 0 || p.Completed == p.Total)
                {
                    environment.Error.WriteLine($"{label}: {already + p.Completed}/{total}");
                }
            }), token);
        }

        return console.Progress().Start(ctx =>
        {
            ProgressTask task = ctx.AddTask(label, maxValue: total);
            task.Value = already;
            return run(new LockedProgress<SweepProgress>(p => task.Value = already + p.Completed), token);
        });
    }
}
