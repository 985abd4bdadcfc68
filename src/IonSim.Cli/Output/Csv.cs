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

    /// <summary>"Troponin C III/IV" and "TroponinCaMgSites" become "troponin_c_iii_iv" and "troponin_ca_mg_sites",
    /// so site names make safe, readable column names.</summary>
    public static string ColumnName(string name)
    {
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
