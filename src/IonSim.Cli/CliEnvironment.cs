namespace IonSim.Cli;

/// <summary>Everything a command touches outside itself, passed in so that tests can run the real
/// commands in-process with their own streams and folder.</summary>
/// <param name="Out">Standard output: data, tables, help.</param>
/// <param name="Error">Standard error: the one-line error messages and progress lines.</param>
/// <param name="CurrentDirectory">The folder relative paths are resolved against.</param>
/// <param name="IsTerminal">True when a person watches the output, so a progress bar may be drawn.</param>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error, string CurrentDirectory, bool IsTerminal)
{
    public static CliEnvironment FromProcess() => new(
        Console.Out,
        Console.Error,
        Environment.CurrentDirectory,
        !Console.IsOutputRedirected && !Console.IsErrorRedirected);

    public string Resolve(string path) => Path.GetFullPath(path, CurrentDirectory);
}
