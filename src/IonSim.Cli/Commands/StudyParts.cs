using System.Globalization;
using System.Text.RegularExpressions;
using IonSim.Cli.Infrastructure;
using IonSim.Experiments.Studies;

namespace IonSim.Cli.Commands;

/// <summary>Where part files live and how they are named and read: <c>part-K-of-N.jsonl</c> in a run's folder.</summary>
internal static partial class StudyParts
{
    public static string FileName(Shard shard) => string.Create(CultureInfo.InvariantCulture, $"part-{shard.Index}-of-{shard.Count}.jsonl");

    /// <summary>The part files in a folder, with the shard their name gives.</summary>
    public static IEnumerable<(string Path, int Index, int Count)> InFolder(string folder) =>
        Directory.EnumerateFiles(folder, "part-*-of-*.jsonl")
            .Select(path => (path, PartName().Match(Path.GetFileName(path))))
            .Where(x => x.Item2.Success)
            .Select(x => (x.path, int.Parse(x.Item2.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(x.Item2.Groups[2].Value, CultureInfo.InvariantCulture)))
            .OrderBy(x => x.Item3).ThenBy(x => x.Item2);

    /// <summary>A folder, created when asked; a file or an unusable name is a usage error naming the option.</summary>
    public static string Folder(CliEnvironment environment, string option, string text, bool create)
    {
        string full;
        try
        {
            full = environment.Resolve(text);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UsageException(option, text, "expected a folder name");
        }

        if (File.Exists(full))
        {
            throw new UsageException(option, text, "this is a file; give a folder");
        }

        if (!Directory.Exists(full))
        {
            if (!create)
            {
                throw new UsageException(option, text, "the folder does not exist");
            }

            try
            {
                Directory.CreateDirectory(full);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException(option, text, $"the folder cannot be created: {Output.OutputFiles.Cause(e)}");
            }
        }

        return full;
    }

    /// <summary>Reads and checks a part; a damaged one is a usage error naming it, and nothing else is touched.</summary>
    public static StudyPart Read(string path, CliEnvironment environment)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return StudyPart.Read(stream);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException($"part file '{path}' cannot be used: {e.Message}; nothing was changed (delete it to compute its shard again)");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"part file '{path}' cannot be read: {Output.OutputFiles.Cause(e)}");
        }
    }

    [GeneratedRegex(@"^part-([0-9]{1,6})-of-([0-9]{1,6})\.jsonl$")]
    private static partial Regex PartName();
}
