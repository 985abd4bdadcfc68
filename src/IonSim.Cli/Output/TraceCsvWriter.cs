using IonSim.Cli.Backend;
using IonSim.Cli.Infrastructure;
using IonSim.Plotting;

namespace IonSim.Cli.Output;

/// <summary>Writes traces as the documented CSV: [scenario,] time_ms, ca_free_uM, ca_sr_uM, tension,
/// phase, then {site}_ca_fraction and {site}_mg_fraction for each site.</summary>
internal static class TraceCsvWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<ScenarioRun> runs)
    {
        IReadOnlyList<SiteCurves> sites = runs[0].Curves.Sites;
        if (runs.Any(r => !r.Curves.Sites.Select(s => s.Name).SequenceEqual(sites.Select(s => s.Name))))
        {
            throw new SimulationFailedException("the scenarios have different binding sites, so they cannot share one CSV table; export them one at a time");
        }

        bool withScenario = runs.Count > 1;
        var header = new List<string>();
        if (withScenario)
        {
            header.Add("scenario");
        }

        header.AddRange(["time_ms", "ca_free_uM", "ca_sr_uM", "tension", "phase"]);
        foreach (SiteCurves site in sites)
        {
            string column = Csv.ColumnName(site.Name);
            header.Add($"{column}_ca_fraction");
            header.Add($"{column}_mg_fraction");
        }

        writer.Write(string.Join(',', header));
        writer.Write('\n');

        var cells = new List<string>(header.Count);
        foreach (ScenarioRun run in runs)
        {
            ScenarioCurves c = run.Curves;
            string scenario = Csv.Text(c.Name);
            for (int i = 0; i < c.TimeMs.Count; i++)
            {
                cells.Clear();
                if (withScenario)
                {
                    cells.Add(scenario);
                }

                cells.Add(Csv.Number(c.TimeMs[i]));
                cells.Add(Csv.Number(c.FreeCalciumMicromolar[i]));
                cells.Add(Csv.Number(c.SrCalciumMicromolar[i]));
                cells.Add(Csv.Number(c.Tension[i]));
                cells.Add(Csv.Text(run.SamplePhases[i]));
                foreach (SiteCurves site in c.Sites)
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
