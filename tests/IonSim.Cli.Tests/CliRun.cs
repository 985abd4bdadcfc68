using IonSim.Cli.Backend;

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
    /// <summary>The backend the end-to-end tests use.</summary>
    public static ISimulationBackend DefaultBackend { get; } = new FakeBackend();

    public static CliResult Run(params string[] args) => RunWith(DefaultBackend, args);

    public static CliResult RunWith(ISimulationBackend backend, params string[] args) => RunIn(NewFolder(), backend, args);

    public static CliResult RunIn(string folder, ISimulationBackend backend, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var environment = new CliEnvironment(output, error, folder, backend, IsTerminal: false);
        int code = CliApp.Run(args, environment);
        return new CliResult(code, output.ToString(), error.ToString(), folder);
    }

    public static string NewFolder()
    {
        string folder = Path.Combine(Path.GetTempPath(), "ionsim-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
