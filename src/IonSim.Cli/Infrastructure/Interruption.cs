using System.Runtime.InteropServices;

namespace IonSim.Cli.Infrastructure;

/// <summary>Ctrl+C (SIGINT), SIGTERM and SIGHUP: stop at once, delete the temporary files being written,
/// leave every target as it was, and exit with <see cref="ExitCodes.Cancelled"/> after one line on stderr.</summary>
/// <remarks>
/// A simulation cannot be interrupted mid-solve, and until its outputs are committed nothing of it is on
/// disk but temporary files; so the handler deletes those and exits, rather than waiting for the run to
/// notice a cancellation. Commits take the same lock, so a signal lands either before the first rename
/// (nothing written) or after the last (everything written), never between.
/// </remarks>
internal static class Interruption
{
    private static readonly Lock Gate = new();
    private static readonly HashSet<string> Temporary = [];
    private static readonly List<PosixSignalRegistration> Registrations = [];
    private static bool interrupted;

    /// <summary>Installs the handlers for this process; the in-process tests never call it.</summary>
    public static void Listen(TextWriter error)
    {
        foreach (PosixSignal signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP })
        {
            Registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                Stop(error, context.Signal);
            }));
        }
    }

    /// <summary>Records a temporary file that a signal must delete, before it is created; after a signal it refuses, so no file is created.</summary>
    public static void Track(string temporaryPath)
    {
        lock (Gate)
        {
            if (interrupted)
            {
                throw new OperationCanceledException();
            }

            Temporary.Add(temporaryPath);
        }
    }

    /// <summary>Forgets a temporary file that was committed or deleted.</summary>
    public static void Forget(string temporaryPath)
    {
        lock (Gate)
        {
            Temporary.Remove(temporaryPath);
        }
    }

    /// <summary>Runs the renames of a command's outputs so that no signal is handled between them.</summary>
    public static void Commit(Action commit)
    {
        lock (Gate)
        {
            if (interrupted)
            {
                throw new OperationCanceledException();
            }

            commit();
        }
    }

    /// <summary>What a signal does before the process exits: no commit may follow, and every temporary file goes.</summary>
    internal static void Interrupt()
    {
        lock (Gate)
        {
            interrupted = true;
            foreach (string path in Temporary)
            {
                try
                {
                    File.Delete(path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Nothing better to do while exiting; the file is hidden and named .tmp.
                }
            }

            Temporary.Clear();
        }
    }

    /// <summary>Lets commits happen again after <see cref="Interrupt"/>; only tests, which share one process, need it.</summary>
    internal static void Reset()
    {
        lock (Gate)
        {
            interrupted = false;
        }
    }

    private static void Stop(TextWriter error, PosixSignal signal)
    {
        lock (Gate)
        {
            Interrupt();
            error.WriteLine($"ionsim: error: cancelled by {signal}");
            error.Flush();
            Environment.Exit(ExitCodes.Cancelled);
        }
    }
}
