using System.Globalization;
using System.Text;
using IonSim.Plotting;

namespace IonSim.Web.Lab;

/// <summary>The curves a lab shows, as CSV text (invariant numbers, one header row).</summary>
internal static class CurveCsv
{
    /// <summary>Time courses: one row per scenario and sample, with every binding site's Ca²⁺ and Mg²⁺ fractions.</summary>
    public static string Traces(IReadOnlyList<ScenarioCurves> scenarios)
    {
        var csv = new StringBuilder();
        csv.Append("scenario,free_mg_mM,time_ms,ca_free_uM,ca_sr_uM,tension");
        foreach (SiteCurves site in scenarios[0].Sites)
        {
            string column = Column(site.Name);
            csv.Append(CultureInfo.InvariantCulture, $",{column}_ca_fraction,{column}_mg_fraction");
        }

        csv.Append('\n');
        foreach (ScenarioCurves s in scenarios)
        {
            for (int i = 0; i < s.TimeMs.Count; i++)
            {
                csv.Append(Text(s.Name)).Append(',').Append(Number(s.FreeMagnesiumMillimolar)).Append(',')
                   .Append(Number(s.TimeMs[i])).Append(',').Append(Number(s.FreeCalciumMicromolar[i])).Append(',')
                   .Append(Number(s.SrCalciumMicromolar[i])).Append(',').Append(Number(s.Tension[i]));
                foreach (SiteCurves site in s.Sites)
                {
                    csv.Append(',').Append(Number(site.CalciumFraction[i])).Append(',').Append(Number(site.MagnesiumFraction[i]));
                }

                csv.Append('\n');
            }
        }

        return csv.ToString();
    }

    /// <summary>Sweep curves in long form: one row per curve and point.</summary>
    public static string Sweeps(IReadOnlyList<SweepCurve> curves, string xColumn, string yColumn)
    {
        var csv = new StringBuilder();
        csv.Append(CultureInfo.InvariantCulture, $"curve,{xColumn},{yColumn}\n");
        foreach (SweepCurve c in curves)
        {
            for (int i = 0; i < c.X.Count; i++)
            {
                csv.Append(Text(c.Name)).Append(',').Append(Number(c.X[i])).Append(',').Append(Number(c.Y[i])).Append('\n');
            }
        }

        return csv.ToString();
    }

    private static string Number(double v) => double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static string Text(string v) => v.IndexOfAny([',', '"', '\n', '\r']) < 0 ? v : "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Column(string name) =>
        new string([.. name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]).Trim('_');
}
