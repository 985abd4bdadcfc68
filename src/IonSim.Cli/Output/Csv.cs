using System.Globalization;
using System.Text;

namespace IonSim.Cli.Output;

/// <summary>CSV formatting shared by the trace and sweep writers: invariant culture, shortest round-trip
/// numbers, "\n" line ends, no BOM, so the same run gives the same bytes on any machine.</summary>
internal static class Csv
{
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static string Number(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>Quotes a text cell only when it holds a comma, quote or line break.</summary>
    public static string Text(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>"Fast troponin C" becomes "fast_troponin_c", so site names make safe column names.</summary>
    public static string ColumnName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (char c in name.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '_')
            {
                builder.Append('_');
            }
        }

        return builder.ToString().TrimEnd('_') is { Length: > 0 } column ? column : "site";
    }
}
