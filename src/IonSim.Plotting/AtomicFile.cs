namespace IonSim.Plotting;

/// <summary>Writes a file so that readers see either the old file, or none, or the complete new file,
/// never a half-written one.</summary>
/// <remarks>
/// The content goes to a temporary file in the target's own folder (so the final rename stays on one
/// file system and is atomic), which then replaces the target. If writing fails, the temporary file is
/// deleted and the target is left as it was. A target that is a symbolic link is written through: the
/// file it points to is replaced and the link stays. A target that already exists keeps its permissions.
/// To write several files all or nothing, <see cref="Prepare"/> each and commit them only when all are written.
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
        using PendingFile pending = Prepare(path, write);
        pending.Commit();
    }

    /// <summary>Writes the content to a temporary file beside the target, without replacing the target yet.</summary>
    /// <param name="path">The target file (or a symbolic link to it); its folder must exist.</param>
    /// <param name="write">Writes the whole content to the stream it is given.</param>
    /// <param name="creating">
    /// Optional: told the temporary file's path just before the file is created, so that a caller who must clean up
    /// on a signal knows the file before it exists (it may throw to stop the write before anything is created).
    /// </param>
    /// <returns>The written temporary file: <see cref="PendingFile.Commit"/> puts it in place; disposing it uncommitted deletes it.</returns>
    /// <exception cref="DirectoryNotFoundException">The target's folder does not exist.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="write"/> wrote nothing.</exception>
    public static PendingFile Prepare(string path, Action<Stream> write, Action<string>? creating = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(write);
        string target = FinalTarget(Path.GetFullPath(path));
        string folder = Path.GetDirectoryName(target) ?? throw new ArgumentException($"'{path}' has no folder.", nameof(path));
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The folder '{folder}' does not exist.");
        }

        // Not named after the target: a legal 255-byte file name plus a suffix would exceed the limit.
        var pending = new PendingFile(target, Path.Combine(folder, $".ionsim-{Guid.NewGuid():N}.tmp"));
        creating?.Invoke(pending.TemporaryPath);
        try
        {
            using (var stream = new FileStream(pending.TemporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                if (!OperatingSystem.IsWindows() && File.Exists(target))
                {
                    File.SetUnixFileMode(stream.SafeFileHandle, File.GetUnixFileMode(target));
                }

                write(stream);
                if (stream.Length == 0)
                {
                    throw new InvalidOperationException($"Nothing was written for '{path}'.");
                }

                stream.Flush(flushToDisk: true);
            }

            return pending;
        }
        catch
        {
            pending.Dispose();
            throw;
        }
    }

    /// <summary>The file a path finally names: itself, or for a symbolic link (even a dangling one) the file the link chain ends at.</summary>
    private static string FinalTarget(string full)
    {
        var info = new FileInfo(full);
        if (info.LinkTarget is null)
        {
            return full;
        }

        // ResolveLinkTarget returns null-free results only for links that resolve; follow a dangling chain by hand.
        string current = full;
        for (int hops = 0; hops < 40 && new FileInfo(current).LinkTarget is { } next; hops++)
        {
            current = Path.GetFullPath(next, Path.GetDirectoryName(current)!);
        }

        return current;
    }
}

/// <summary>A written temporary file waiting to replace its target (see <see cref="AtomicFile.Prepare"/>).</summary>
public sealed class PendingFile : IDisposable
{
    private bool _committed;

    internal PendingFile(string targetPath, string temporaryPath)
    {
        TargetPath = targetPath;
        TemporaryPath = temporaryPath;
    }

    /// <summary>Gets the file that <see cref="Commit"/> replaces (a link's final target, not the link).</summary>
    public string TargetPath { get; }

    /// <summary>Gets the temporary file holding the content, beside the target.</summary>
    public string TemporaryPath { get; }

    /// <summary>Replaces the target with the written content, in one rename.</summary>
    /// <exception cref="InvalidOperationException">Already committed or disposed.</exception>
    public void Commit()
    {
        if (_committed || !File.Exists(TemporaryPath))
        {
            throw new InvalidOperationException($"The content for '{TargetPath}' was already committed or discarded.");
        }

        File.Move(TemporaryPath, TargetPath, overwrite: true);
        _committed = true;
    }

    /// <summary>Deletes the temporary file unless it was committed; the target is left as it was.</summary>
    public void Dispose()
    {
        if (!_committed && File.Exists(TemporaryPath))
        {
            File.Delete(TemporaryPath);
        }
    }
}
