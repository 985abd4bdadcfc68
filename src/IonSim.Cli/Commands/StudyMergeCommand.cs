using System.Globalization;
using IonSim.Cli.Infrastructure;
using IonSim.Cli.Options;
using IonSim.Cli.Output;
using IonSim.Experiments.Studies;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary><c>ionsim study merge DIR... -o results.parquet|.csv</c>: every shard of one study exactly once, complete and
/// undamaged, into one table; anything else is refused with the parts named, and nothing is written.</summary>
internal sealed class StudyMergeCommand(CliEnvironment environment) : Command<StudyMergeSettings>
{
    public override int Execute(CommandContext context, StudyMergeSettings settings, CancellationToken cancellationToken)
    {
        OutputTarget target = OutputTarget.Resolve(environment, "--output", settings.Output ?? "results.parquet", ["parquet", "csv"]);
        if (settings.Folders.Length == 0)
        {
            throw new UsageException("study merge needs at least one folder of part files (written by: ionsim study run -o DIR)");
        }

        var found = new List<(string Path, int Index, int Count)>();
        foreach (string text in settings.Folders)
        {
            string folder = StudyParts.Folder(environment, "DIR", text, create: false);
            found.AddRange(StudyParts.InFolder(folder));
        }

        if (found.Count == 0)
        {
            throw new UsageException($"no part files (part-K-of-N.jsonl) in {string.Join(", ", settings.Folders.Select(f => $"'{f}'"))}");
        }

        var parts = found.Select(f => (f.Path, Part: StudyParts.Read(f.Path, environment))).ToList();
        foreach (var (path, part) in parts)
        {
            if (Path.GetFileName(path) != StudyParts.FileName(part.Shard))
            {
                throw new UsageException($"part file '{path}' holds shard {part.Shard} under another shard's name; nothing was merged");
            }
        }

        var (firstPath, first) = parts[0];
        foreach (var (path, part) in parts.Skip(1))
        {
            if (part.StudyHash != first.StudyHash)
            {
                throw new UsageException($"the parts are of different studies: '{firstPath}' (study {first.StudyHash}) and '{path}' (study {part.StudyHash}); nothing was merged");
            }

            if (part.Shard.Count != first.Shard.Count)
            {
                throw new UsageException($"the parts cut the study differently: '{firstPath}' is shard {first.Shard}, '{path}' shard {part.Shard}; merge the parts of one run; nothing was merged");
            }
        }

        foreach (var group in parts.GroupBy(p => p.Part.Shard.Index).Where(g => g.Count() > 1))
        {
            throw new UsageException($"shard {group.First().Part.Shard} is given twice: {string.Join(" and ", group.Select(g => $"'{g.Path}'"))}; nothing was merged");
        }

        int n = first.Shard.Count;
        int[] missing = [.. Enumerable.Range(1, n).Except(parts.Select(p => p.Part.Shard.Index))];
        if (missing.Length > 0)
        {
            string list = string.Join(", ", missing.Take(10).Select(k => string.Create(CultureInfo.InvariantCulture, $"{k}/{n}"))) + (missing.Length > 10 ? $" and {missing.Length - 10} more" : "");
            throw new UsageException($"missing shard{(missing.Length > 1 ? "s" : "")} {list}: no part file for {(missing.Length > 1 ? "them" : "it")} in the folders given; nothing was merged");
        }

        Study study;
        try
        {
            study = Study.FromJson(first.StudyJson);
        }
        catch (InvalidStudyException e)
        {
            throw new UsageException($"part file '{firstPath}' holds a study this IonSim cannot rebuild: {e.Message}");
        }

        if (study.Hash != first.StudyHash)
        {
            throw new UsageException($"part file '{firstPath}' names study {first.StudyHash}, but its study rebuilds as {study.Hash} here: the parts were written by another IonSim ({study.IonSimVersion}; this is {Study.CurrentVersion}); merge them with that version");
        }

        foreach (var (path, part) in parts.OrderBy(p => p.Part.Shard.Index))
        {
            long expected = part.Shard.PointCount(study.PointCount);
            if (!part.IsComplete || part.Results.Count != expected)
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture,
                    $"shard {part.Shard} is incomplete in '{path}' ({part.Results.Count} of {expected} points): finish it with 'ionsim study run STUDY --shard {part.Shard} -o {Path.GetDirectoryName(path)}'; nothing was merged"));
            }

            if (!part.Results.Select(r => r.Index).SequenceEqual(part.Shard.Points(study.PointCount)))
            {
                throw new UsageException($"part file '{path}' does not hold exactly shard {part.Shard}'s points; nothing was merged");
            }
        }

        StudyPointResult[] all = [.. parts.SelectMany(p => p.Part.Results).OrderBy(r => r.Index)];
        StudyTable table = StudyTable.From(study, all);
        using var files = new OutputFiles(settings.Quiet ? TextWriter.Null : environment.Out);
        files.Add(target, stream =>
        {
            if (target.Format == "csv")
            {
                StudyCsv.Write(stream, table);
            }
            else
            {
                StudyParquet.Write(stream, table, new Dictionary<string, string> { ["ionsim.study"] = study.ToJson(indented: false), ["ionsim.study_hash"] = study.Hash });
            }
        });
        files.Commit();
        if (!settings.Quiet)
        {
            int failed = all.Count(r => r.Failure is not null);
            environment.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"merged {n} shard{(n > 1 ? "s" : "")} of study {study.Name} ({study.Hash}): {all.Length} points, {failed} with a failed protocol"));
        }

        return 0;
    }
}
