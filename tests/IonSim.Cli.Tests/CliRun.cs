using IonSim.Physiology;

namespace IonSim.Cli.Tests;

/// <summary>The outcome of one in-process run of the real command line.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error, string Folder)
{
    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Files left in the run's folder, hidden temporary files included.</summary>
    public IReadOnlyList<string> Files => [.. Directory.GetFiles(Folder).Select(Path.GetFileName).Order()!];
}

/// <summary>Runs <c>ionsim</c> through its real entry point in a fresh temporary folder, with captured streams.</summary>
internal static class CliRun
{
    public static CliResult Run(params string[] args) => RunIn(NewFolder(), args);

    public static CliResult RunIn(string folder, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var environment = new CliEnvironment(output, error, folder, IsTerminal: false);
        int code = CliApp.Run(args, environment);
        return new CliResult(code, output.ToString(), error.ToString(), folder);
    }

    private static readonly string Root = Path.Combine(Path.GetTempPath(), "ionsim-cli-tests");

    // Folders stay after a run so a failure can be inspected; earlier runs' folders are cleared here.
    static CliRun()
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        foreach (string old in Directory.GetDirectories(Root).Where(d => Directory.GetCreationTimeUtc(d) < DateTime.UtcNow.AddHours(-1)))
        {
            try
            {
                Directory.Delete(old, recursive: true);
            }
            catch (IOException)
            {
                // Another test run may be using it; it will be cleared next time.
            }
        }
    }

    /// <summary>Writes a parameter file for a fiber whose SR pump is all but gone: no rest can hold its store,
    /// so every simulation of it fails in the library (a real failure, not a mock).</summary>
    public static string WriteFiberWithoutPump(string folder)
    {
        string path = Path.Combine(folder, "no-pump.json");
        FiberParameters normal = FiberPresets.Normal;
        (normal with { Serca = normal.Serca with { MaxRateMicromolarPerMs = 1e-6 } }).SaveFile(path);
        return path;
    }

    public static string NewFolder()
    {
        string folder = Path.Combine(Root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
