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
            return FiberParameters.FromJson(ReadBounded(path, "--params", shownAs, "a parameter file is a few KB (write one with: ionsim params)"));
        }
        catch (JsonException e)
        {
            throw new UsageException("--params", shownAs, $"not a valid parameter file: {e.Message}");
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw new UsageException("--params", shownAs, "not a valid parameter file: it is not UTF-8 text");
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

    /// <summary>The largest parameter file read, in bytes: a full parameter file is about 3 KB.</summary>
    public const int MaxParameterFileBytes = 1 << 20;

    /// <summary>Reads at most <see cref="MaxParameterFileBytes"/> bytes of UTF-8 text, so a huge or endless file cannot exhaust memory.</summary>
    /// <exception cref="System.Text.DecoderFallbackException">The file is not UTF-8.</exception>
    internal static string ReadBounded(string path, string option, string shownAs, string usual)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffer = new byte[MaxParameterFileBytes + 1];
        int length = 0;
        for (int read; length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0;)
        {
            length += read;
        }

        if (length > MaxParameterFileBytes)
        {
            throw new UsageException(option, shownAs, $"the file is larger than {MaxParameterFileBytes / 1024} KB; {usual}");
        }

        return new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, length).TrimStart('\uFEFF');
    }

    private static Exception? Failure(Exception e) => e switch
    {
        UsageException or SimulationFailedException or OperationCanceledException => null,
        SweepPointException { InnerException: { } inner } => Failure(inner) ?? inner,
        AggregateException { InnerExceptions.Count: 1 } a => Failure(a.InnerExceptions[0]) ?? a.InnerExceptions[0],
        OdeSolverException { Status: OdeStatus.MaxStepsExceeded } solver => new SimulationFailedException(
            FormattableString.Invariant($"the simulation failed: the solver reached its step limit at t = {solver.Time:0.###} ms (step {solver.StepSize:G3} ms); the model is too stiff or unstable with these parameters to finish in the steps the CLI allows ({Commands.ScenarioOptions.MinSolverSteps} plus {Commands.ScenarioOptions.SolverStepsPerMs} per simulated ms)"),
            solver),
        MathNet.Numerics.NonConvergenceException => new SimulationFailedException(
            "the simulation failed: the fiber's rest state could not be computed (the root finder did not converge); a parameter is probably far outside its physical range", e),
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
