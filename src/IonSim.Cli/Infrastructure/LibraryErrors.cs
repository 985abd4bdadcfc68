using System.Text.Json;
using IonSim.Experiments;
using IonSim.Integration;
using IonSim.Physiology;

namespace IonSim.Cli.Infrastructure;

/// <summary>Turns the library's exceptions into the CLI's two kinds of error, keeping the library's message.</summary>
internal static class LibraryErrors
{
    /// <summary>Runs a simulation or sweep; solver and rest-state failures become exit code 1.</summary>
    public static T Run<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (Failure(e) is { } failure)
        {
            throw failure;
        }
    }

    /// <summary>Applies a command-line value to the library (a parameter, a protocol); a refusal names the option.</summary>
    public static T Option<T>(string option, string value, Func<T> apply)
    {
        try
        {
            return apply();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(option, value, WithoutParameterSuffix(e.Message));
        }
    }

    /// <summary>Reads a parameter file; anything wrong with it is a usage error naming the file.</summary>
    public static FiberParameters LoadParameters(string path, string shownAs)
    {
        try
        {
            return FiberParameters.LoadFile(path);
        }
        catch (JsonException e)
        {
            throw new UsageException("--params", shownAs, $"not a valid parameter file: {e.Message}");
        }
        catch (ArgumentException e)
        {
            throw new UsageException("--params", shownAs, $"the file holds a value out of range: {WithoutParameterSuffix(e.Message)}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException("--params", shownAs, $"the file cannot be read: {e.Message}");
        }
    }

    private static Exception? Failure(Exception e) => e switch
    {
        UsageException or SimulationFailedException or OperationCanceledException => null,
        SweepPointException { InnerException: { } inner } => Failure(inner) ?? inner,
        AggregateException { InnerExceptions.Count: 1 } a => Failure(a.InnerExceptions[0]) ?? a.InnerExceptions[0],
        NoRestStateException or OdeSolverException or ArgumentException or InvalidOperationException or ArithmeticException
            => new SimulationFailedException($"the simulation failed: {WithoutParameterSuffix(e.Message)}", e),
        _ => null,
    };

    // ArgumentException appends " (Parameter 'x')"; the CLI's message already says which option it was.
    private static string WithoutParameterSuffix(string message)
    {
        int at = message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }
}
