using System.Diagnostics;

namespace IonSim.Cli.Tests;

/// <summary>Runs the built tool as its own process, for what only a process shows: exit codes reaching the
/// shell, signals, and file systems mounted for one run.</summary>
internal static class CliProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "IonSim.Cli.dll");

    public static Process Start(string folder, string fileName, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(fileName, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        return Process.Start(start)!;
    }

    /// <summary>
    /// Starts <c>ionsim</c> with SIGINT and SIGTERM at their default disposition, to be signalled. A shell without job
    /// control starts background jobs with SIGINT ignored, and an ignored signal stays ignored across exec (the runtime
    /// keeps it so, as a program should), so a suite run from such a job would see Ctrl+C have no effect at all.
    /// </summary>
    public static Process StartSignallable(string folder, IEnumerable<string> args) =>
        Start(folder, "env", ["--default-signal=INT,TERM", "dotnet", Dll, .. args]);

    /// <summary>Runs <c>ionsim</c> to the end; output is read concurrently so a full pipe cannot stall it.</summary>
    public static (int ExitCode, string Out, string Error) Run(string folder, params string[] args) =>
        Finish(Start(folder, "dotnet", [Dll, .. args]));

    public static (int ExitCode, string Out, string Error) Finish(Process process)
    {
        using (process)
        {
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(120_000), "the process did not finish within two minutes");
            return (process.ExitCode, output.Result, error.Result);
        }
    }

    /// <summary>Sends a POSIX signal (INT, TERM) to a process.</summary>
    public static void Signal(Process process, string signal)
    {
        using Process kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    public static void MakeFifo(string path)
    {
        using Process mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
