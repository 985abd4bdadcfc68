using System.Globalization;
using System.Text;

namespace IonSim.Plotting;

/// <summary>CSV cells as every IonSim table writes them (the ionsim tool and the web lab alike): invariant culture,
/// shortest round-trip numbers, an empty cell for an undefined value, "\n" line ends and UTF-8 without a byte-order
/// mark, so the same run gives the same bytes on any machine.</summary>
public static class Csv
{
    /// <summary>UTF-8 without a byte-order mark.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A number in its shortest round-trip form; an empty cell for NaN or ±∞.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The cell text.</returns>
    public static string Number(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>A sample time as the grid means it: 3 × 0.1 ms is written 0.3, not 0.30000000000000004 (the double nearest
    /// the time's 15-significant-digit decimal, which prints in its shortest form).</summary>
    /// <param name="timeMs">A grid time, ms.</param>
    /// <returns>The cleaned time, ms.</returns>
    public static double GridTime(double timeMs) =>
        double.IsFinite(timeMs) ? double.Parse(timeMs.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : timeMs;

    /// <summary>A text cell, quoted only when it holds a comma, quote or line break.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The cell text.</returns>
    public static string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>"Troponin C III/IV" and "TroponinCaMgSites" become "troponin_c_iii_iv" and "troponin_ca_mg_sites",
    /// so that names make safe, readable column names.</summary>
    /// <param name="name">A display or identifier name.</param>
    /// <returns>Lower-case ASCII letters, digits and single underscores; "site" when nothing is left.</returns>
    public static string ColumnName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length + 8);
        string trimmed = name.Trim();
        for (int i = 0; i < trimmed.Length; i++)
        {
            char c = trimmed[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                // A capital after a lower-case letter or digit starts a new word in PascalCase names.
                if (char.IsAsciiLetterUpper(c) && i > 0 && (char.IsAsciiLetterLower(trimmed[i - 1]) || char.IsAsciiDigit(trimmed[i - 1])) && builder.Length > 0 && builder[^1] != '_')
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '_')
            {
                builder.Append('_');
            }
        }

        return builder.ToString().TrimEnd('_') is { Length: > 0 } column ? column : "site";
    }
}
