using IonSim.Cli.Infrastructure;
using IonSim.Cli.Output;
using IonSim.Plotting;

namespace IonSim.Cli.Options;

/// <summary>A checked output file: its folder exists and can be written, and its extension names a format the command writes.</summary>
/// <param name="Path">The absolute path.</param>
/// <param name="Format">The lower-case extension without the dot ("png", "svg", "pdf", "csv", "json").</param>
internal sealed record OutputTarget(string Path, string Format)
{
    /// <summary>What <c>-o</c> takes for standard output, where a command writes text.</summary>
    public const string StandardOutput = "-";

    /// <summary>The longest file name (not path) the common file systems store, in UTF-8 bytes (NAME_MAX on Linux and macOS).</summary>
    public const int MaxFileNameBytes = 255;

    /// <summary>Checks the option before any simulation runs, so that a bad path costs nothing and writes nothing.</summary>
    public static OutputTarget Resolve(CliEnvironment environment, string option, string text, IReadOnlyList<string> formats)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UsageException(option, text, "expected a file name");
        }

        if (text == StandardOutput)
        {
            throw new UsageException(option, text, "standard output takes only text data (ionsim simulate -o -, ionsim params -o -); give a file name");
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
            string shown = extension.Length == 0 ? "the file name has no extension to choose the format by" : $"'.{extension}' is not a format this command writes";
            throw new UsageException(option, text, $"{shown}; use {string.Join(", ", formats.Select(f => "." + f))}");
        }

        if (Directory.Exists(full))
        {
            throw new UsageException(option, text, "this is a folder; give a file name");
        }

        // The probe below writes a short temporary name, so a name too long for the file system would fail only at the end.
        int nameBytes = System.Text.Encoding.UTF8.GetByteCount(System.IO.Path.GetFileName(full));
        if (nameBytes > MaxFileNameBytes)
        {
            throw new UsageException(option, text, $"the file name is {nameBytes} bytes long; file systems allow at most {MaxFileNameBytes}");
        }

        string? folder = System.IO.Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder))
        {
            throw new UsageException(option, text, $"the folder '{folder}' does not exist; create it first");
        }

        // Renaming over a device or a FIFO would replace it; only regular files (or links to them) are replaced.
        if (FileKind.IsSpecial(full))
        {
            throw new UsageException(option, text, "this is not a regular file (a device, FIFO or socket); give a file name");
        }

        Probe(option, text, full);
        return new OutputTarget(full, extension);
    }

    /// <summary>Writes and deletes a temporary file where the output will go, so an unwritable folder is found before the run.</summary>
    private static void Probe(string option, string text, string full)
    {
        try
        {
            AtomicFile.Prepare(full, stream => stream.WriteByte(0)).Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException(option, text, $"the file cannot be written there: {OutputFiles.Cause(e)}");
        }
    }
}
