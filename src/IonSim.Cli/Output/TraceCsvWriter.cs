using IonSim.Experiments;
using IonSim.Plotting;

namespace IonSim.Cli.Output;

/// <summary>Writes traces as the documented CSV: [scenario,] time_ms, ca_free_uM, ca_sr_uM, tension,
/// phase, then {site}_ca_fraction and {site}_mg_fraction for each site.</summary>
internal static class TraceCsvWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<SimulationResult> results)
    {
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

                cells.Add(Csv.Number(GridTime.Clean(t.TimeMs[i])));
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
}
