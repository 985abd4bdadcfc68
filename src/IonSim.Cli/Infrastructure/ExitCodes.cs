namespace IonSim.Cli.Infrastructure;

/// <summary>The exit codes scripts can rely on.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The run failed: the solver's or the system's message is on stderr.</summary>
    public const int Failure = 1;

    /// <summary>The command line was not acceptable: stderr names the option, the value and what is allowed.</summary>
    public const int Usage = 2;

    /// <summary>Interrupted with Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
