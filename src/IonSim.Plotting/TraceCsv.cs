using IonSim.Experiments;

namespace IonSim.Plotting;

/// <summary>The one CSV layout of simulated traces, written by <c>ionsim simulate</c> and offered by the web lab:
/// [scenario,] time_ms, ca_free_uM, ca_sr_uM, tension, phase, then {site}_ca_fraction and {site}_mg_fraction for each
/// binding site. The scenario column appears only when there are several scenarios.</summary>
public static class TraceCsv
{
    /// <summary>Writes the traces of <paramref name="results"/>, one row per scenario and sample.</summary>
    /// <param name="writer">Where to write; lines end in "\n" whatever its NewLine says.</param>
    /// <param name="results">One or more results whose traces list the same binding sites.</param>
    /// <exception cref="ArgumentException">There is no result.</exception>
    public static void Write(TextWriter writer, IReadOnlyList<SimulationResult> results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0)
        {
            throw new ArgumentException("At least one result is needed to write a trace table.", nameof(results));
        }

        IReadOnlyList<SiteOccupancyTrace> sites = results[0].Trace.Sites;
        bool withScenario = results.Count > 1;
        var header = new List<string>();
        if (withScenario)
        {
            header.Add("scenario");
        }

        header.AddRange(["time_ms", "ca_free_uM", "ca_sr_uM", "tension", "phase"]);
        foreach (SiteOccupancyTrace site in sites)
        {
            string column = Csv.ColumnName(ScenarioCurves.SiteName(site.Site));
            header.Add($"{column}_ca_fraction");
            header.Add($"{column}_mg_fraction");
        }

        writer.Write(string.Join(',', header));
        writer.Write('\n');

        var cells = new List<string>(header.Count);
        foreach (SimulationResult result in results)
        {
            SimulationTrace t = result.Trace;
            string scenario = Csv.Text(result.ScenarioName);
            for (int i = 0; i < t.Count; i++)
            {
                cells.Clear();
                if (withScenario)
                {
                    cells.Add(scenario);
                }

                cells.Add(Csv.Number(Csv.GridTime(t.TimeMs[i])));
                cells.Add(Csv.Number(t.FreeCalciumMicromolar[i]));
                cells.Add(Csv.Number(t.SrCalciumMicromolar[i]));
                cells.Add(Csv.Number(t.Tension[i]));
                cells.Add(Csv.Text(t.Phases[i].ToString()));
                foreach (SiteOccupancyTrace site in t.Sites)
                {
                    cells.Add(Csv.Number(site.CalciumFraction[i]));
                    cells.Add(Csv.Number(site.MagnesiumFraction[i]));
                }

                writer.Write(string.Join(',', cells));
                writer.Write('\n');
            }
        }
    }

    /// <summary>The same table as text.</summary>
    /// <param name="results">One or more results.</param>
    /// <returns>The CSV text.</returns>
    public static string ToText(IReadOnlyList<SimulationResult> results)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        Write(writer, results);
        return writer.ToString();
    }
}
