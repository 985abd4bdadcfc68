using System.Globalization;
using IonSim.Cli.Infrastructure;
using IonSim.Experiments.Studies;

namespace IonSim.Cli.Commands;

/// <summary>Reads a study file (a regular file of at most 1 MB) and the parameter file its base may name, resolved against the
/// study file's folder; anything wrong is one usage error naming the file and the field.</summary>
internal static class StudyFile
{
    /// <summary>Studies above this many points need <c>--force</c>: about a day of one core for twitch-and-train points.</summary>
    public const long SizeCap = 50_000;

    public static Study Load(string text, CliEnvironment environment, bool force)
    {
        string path = Existing(text, environment);
        string json = ReadText(path, text);
        string folder = Path.GetDirectoryName(path)!;
        Study study;
        try
        {
            study = Study.FromJson(json, file => LibraryErrors.LoadParameters(Existing(file, environment with { CurrentDirectory = folder }, "base.params"), file));
        }
        catch (InvalidStudyException e)
        {
            throw new UsageException($"study file '{text}': {e.Message}");
        }
        catch (UsageException e)
        {
            throw new UsageException($"study file '{text}': base.params: {e.Message}");
        }

        CheckSize(study, force);
        return study;
    }

    /// <summary>A study above <see cref="SizeCap"/> points runs only with <c>--force</c>.</summary>
    public static void CheckSize(Study study, bool force)
    {
        if (study.PointCount > SizeCap && !force)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture,
                $"study '{study.Name}' has {study.PointCount:N0} points, above the cap of {SizeCap:N0}; check it with 'ionsim study plan', spread it with 'ionsim study slurm', and add --force to run it"));
        }
    }

    private static string Existing(string text, CliEnvironment environment, string what = "study file")
    {
        return InputFile.Existing(what, text, environment, "a JSON file");
    }

    private static string ReadText(string path, string shownAs)
    {
        try
        {
            return LibraryErrors.ReadBounded(path, "study file", shownAs, "a study file is a few KB");
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw new UsageException($"study file '{shownAs}' is not allowed: it is not UTF-8 text");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"study file '{shownAs}' cannot be read: {e.Message}");
        }
    }
}
