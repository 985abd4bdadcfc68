namespace IonSim.Plotting;

/// <summary>Writes a file so that readers see either the old file, or none, or the complete new file,
/// never a half-written one.</summary>
/// <remarks>
/// The content goes to a temporary file in the target's own folder (so the final rename stays on one
/// file system and is atomic), which then replaces the target. If writing fails, the temporary file is
/// deleted and the target is left as it was.
/// </remarks>
public static class AtomicFile
{
    /// <summary>Writes a file through a temporary file and a rename.</summary>
    /// <param name="path">The target file; its folder must exist.</param>
    /// <param name="write">Writes the whole content to the stream it is given.</param>
    /// <exception cref="DirectoryNotFoundException">The target's folder does not exist.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="write"/> wrote nothing.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(write);
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{path}' has no folder.", nameof(path));
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The folder '{folder}' does not exist.");
        }

        string temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                if (stream.Length == 0)
                {
                    throw new InvalidOperationException($"Nothing was written for '{path}'.");
                }

                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            // After a successful move the temporary name no longer exists; after a failure it must go.
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
