using IonSim.Cli.Infrastructure;

namespace IonSim.Cli.Options;

/// <summary>A checked output file: its folder exists and its extension names a format the command writes.</summary>
/// <param name="Path">The absolute path.</param>
/// <param name="Format">The lower-case extension without the dot ("png", "svg", "pdf", "csv", "json").</param>
internal sealed record OutputTarget(string Path, string Format)
{
    /// <summary>Checks the option before any simulation runs, so that a bad path costs nothing and writes nothing.</summary>
    public static OutputTarget Resolve(CliEnvironment environment, string option, string text, IReadOnlyList<string> formats)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UsageException(option, text, "expected a file name");
        }

        string full;
        try
        {
            full = environment.Resolve(text);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UsageException(option, text, "expected a valid file name");
        }

        string extension = System.IO.Path.GetExtension(full).TrimStart('.').ToLowerInvariant();
        if (!formats.Contains(extension))
        {
            string shown = extension.Length == 0 ? "no extension" : $"extension '.{extension}'";
            throw new UsageException(option, text, $"{shown} is not a known format; use {string.Join(", ", formats.Select(f => "." + f))}");
        }

        if (Directory.Exists(full))
        {
            throw new UsageException(option, text, "this is a folder; give a file name");
        }

        string? folder = System.IO.Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder))
        {
            throw new UsageException(option, text, $"the folder '{folder}' does not exist; create it first");
        }

        return new OutputTarget(full, extension);
    }
}
