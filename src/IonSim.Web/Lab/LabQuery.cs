using System.Collections.Specialized;
using System.Globalization;
using System.Web;
using Microsoft.AspNetCore.Components;

namespace IonSim.Web.Lab;

/// <summary>
/// Reads a lab's state from the page address (so a shared link restores it) and writes it back. A value
/// that is missing, unreadable or out of range falls back to the lab's default: a link can never break a lab.
/// </summary>
internal sealed class LabQuery
{
    private readonly NameValueCollection _values;

    private LabQuery(NameValueCollection values) => _values = values;

    /// <summary>Reads the query of the current address.</summary>
    public static LabQuery Of(NavigationManager navigation) => new(HttpUtility.ParseQueryString(new Uri(navigation.Uri).Query));

    /// <summary>A number within [min, max], or the fallback.</summary>
    public double Number(string key, double fallback, double min, double max) =>
        double.TryParse(_values[key], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v >= min && v <= max ? v : fallback;

    /// <summary>A comma-separated list of numbers within [min, max]; unreadable entries are skipped.</summary>
    public IReadOnlyList<double> Numbers(string key, double min, double max) =>
        [.. (_values[key] ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : double.NaN)
            .Where(v => v >= min && v <= max)];

    /// <summary>The raw text of a key, or null.</summary>
    public string? Text(string key) => _values[key];

    /// <summary>Replaces the address's query with the given state, without a new history entry.</summary>
    public static void Write(NavigationManager navigation, IReadOnlyDictionary<string, object?> state) =>
        navigation.NavigateTo(navigation.GetUriWithQueryParameters(state), replace: true);

    /// <summary>A number as the address and the command line write it (invariant, shortest round-trip).</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Numbers as a comma-separated list.</summary>
    public static string Format(IEnumerable<double> values) => string.Join(',', values.Select(Format));
}
