using IonSim.Cli.Infrastructure;
using IonSim.Cli.Options;
using IonSim.Plotting;

namespace IonSim.Cli.Output;

/// <summary>A command's output files, written all or nothing: each goes to a temporary file first, and
/// only when every one is written are they renamed into place.</summary>
/// <remarks>A write that fails (disk full, permissions) becomes one line naming the target and the
/// cause, with exit code 1; the temporary files are deleted and every target is left as it was.</remarks>
internal sealed class OutputFiles(TextWriter output) : IDisposable
{
    private readonly List<PendingFile> pending = [];

    public void Add(OutputTarget target, Action<Stream> write)
    {
        string? temporary = null;
        try
        {
            // Tracked before the file exists: a signal between its creation and the first write must still find it.
            PendingFile file = AtomicFile.Prepare(target.Path, write, creating: path =>
            {
                temporary = path;
                Interruption.Track(path);
            });
            pending.Add(file);
            temporary = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SimulationFailedException($"could not write '{target.Path}': {Cause(e)}", e);
        }
        finally
        {
            if (temporary is not null)
            {
                Interruption.Forget(temporary);
            }
        }
    }

    public void Add(OutputTarget target, byte[] content) => Add(target, stream => stream.Write(content));

    /// <summary>Puts every file in place and says so on standard output.</summary>
    public void Commit()
    {
        Interruption.Commit(() =>
        {
            foreach (PendingFile file in pending)
            {
                try
                {
                    file.Commit();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new SimulationFailedException($"could not write '{file.TargetPath}': {Cause(e)}", e);
                }
            }
        });

        foreach (PendingFile file in pending)
        {
            output.WriteLine($"wrote {file.TargetPath}");
        }
    }

    public void Dispose()
    {
        foreach (PendingFile file in pending)
        {
            file.Dispose();
            Interruption.Forget(file.TemporaryPath);
        }
    }

    /// <summary>The cause without .NET's restatement of the temporary file's name.</summary>
    internal static string Cause(Exception e) => e.HResult switch
    {
        28 => "no space left on device",
        122 => "the disk quota is exceeded",
        13 or 1 => "permission denied",
        30 => "the file system is read-only",
        _ when e is UnauthorizedAccessException => "permission denied",
        _ when e is FileNotFoundException or DirectoryNotFoundException => "the folder does not accept new files",
        _ => e.Message,
    };
}
