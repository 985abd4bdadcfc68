namespace IonSim.Cli.Infrastructure;

/// <summary>The one check for a file the user names to be read (<c>--params</c>, <c>--model</c>, a study file, merged results):
/// it must exist and be a regular file. A folder is named as a folder; a FIFO would block the read forever and a device
/// such as /dev/zero would never end, so both are refused before anything opens them.</summary>
internal static class InputFile
{
    /// <summary>The file's full path, once it is known to be an existing regular file.</summary>
    /// <param name="option">The option or argument as the user gave it ("--model", "study file").</param>
    /// <param name="text">The path as typed.</param>
    /// <param name="environment">Resolves the path against the current folder.</param>
    /// <param name="expected">What to give instead, for the messages ("a CellML file").</param>
    /// <param name="whenMissing">Advice added when the file does not exist, or null.</param>
    /// <exception cref="UsageException">The path is empty, a folder, not a regular file, or missing.</exception>
    public static string Existing(string option, string text, CliEnvironment environment, string expected, string? whenMissing = null)
    {
        string? path = string.IsNullOrWhiteSpace(text) ? null : environment.Resolve(text);
        if (path is not null && Directory.Exists(path))
        {
            throw new UsageException(option, text, $"this is a folder; give {expected}");
        }

        if (path is not null && FileKind.IsSpecial(path))
        {
            throw new UsageException(option, text, $"this is not a regular file (a FIFO, device or socket); give {expected}");
        }

        if (path is null || !File.Exists(path))
        {
            throw new UsageException(option, text, whenMissing is null ? "the file does not exist" : $"the file does not exist ({whenMissing})");
        }

        return path;
    }
}
