using System.Globalization;
using IonSim.Cli.Infrastructure;

namespace IonSim.Cli.Options;

/// <summary>Turns option text into numbers with messages that name the option, the value and what is allowed.</summary>
/// <remarks>Options arrive as text rather than typed values so that "abc" and "NaN" get the same clear
/// message as an out-of-range number, instead of the parser's generic conversion error.</remarks>
internal static class OptionParser
{
    /// <summary>Parses a finite number (invariant culture: "0.25", "1e3") and checks it with <paramref name="isAllowed"/>.</summary>
    public static double Number(string option, string text, Func<double, bool> isAllowed, string allowed)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            || !double.IsFinite(value)
            || !isAllowed(value))
        {
            throw new UsageException(option, text, allowed);
        }

        return value;
    }

    public static double? OptionalNumber(string option, string? text, Func<double, bool> isAllowed, string allowed) =>
        text is null ? null : Number(option, text, isAllowed, allowed);

    /// <summary>Parses a whole number within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static int Integer(string option, string text, int min, int max, string what)
    {
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) || value < min || value > max)
        {
            throw new UsageException(option, text, $"{what} must be a whole number from {min} to {max}");
        }

        return value;
    }

    /// <summary>Parses a comma-separated list such as "0.1,0.25,1".</summary>
    public static IReadOnlyList<double> NumberList(string option, string text, Func<double, bool> isAllowed, string allowed)
    {
        string[] parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 0 || parts.Any(p => p.Length == 0))
        {
            throw new UsageException(option, text, $"expected a comma-separated list of numbers; {allowed}");
        }

        return [.. parts.Select(p => Number(option, p, isAllowed, allowed))];
    }

    /// <summary>Picks one of a fixed set of words, ignoring case.</summary>
    public static string Choice(string option, string text, IReadOnlyList<string> choices)
    {
        string? match = choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase));
        return match ?? throw new UsageException(option, text, $"expected one of {string.Join(", ", choices)}");
    }
}
