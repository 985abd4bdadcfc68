namespace IonSim.Cli.Infrastructure;

/// <summary>The command line asked for something not allowed; reported as one line on stderr with exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    /// <summary>The standard shape: which option, which value, and what is allowed instead.</summary>
    public UsageException(string option, string value, string allowed)
        : base($"{option} '{value}' is not allowed: {allowed}")
    {
    }
}
