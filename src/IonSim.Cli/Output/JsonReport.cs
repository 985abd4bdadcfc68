using System.Text.Json;
using System.Text.Json.Nodes;
using IonSim.Cli.Backend;
using IonSim.Plotting;

namespace IonSim.Cli.Output;

/// <summary>Builds the JSON document of <c>ionsim simulate --format json</c>: enough to reproduce any plot
/// (IonSim version, protocol, parameters and solver options) plus the trace, timeline and metrics.</summary>
internal static class JsonReport
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, NewLine = "\n" };

    public static string Build(string toolVersion, string libraryVersion, SimulationRequest request, IReadOnlyList<ScenarioRun> runs)
    {
        var scenarios = new JsonArray();
        foreach (ScenarioRun run in runs)
        {
            ScenarioCurves c = run.Curves;
            var trace = new JsonObject
            {
                ["time_ms"] = Numbers(c.TimeMs),
                ["ca_free_uM"] = Numbers(c.FreeCalciumMicromolar),
                ["ca_sr_uM"] = Numbers(c.SrCalciumMicromolar),
                ["tension"] = Numbers(c.Tension),
                ["phase"] = new JsonArray([.. run.SamplePhases.Select(p => (JsonNode?)JsonValue.Create(p))]),
                ["sites"] = new JsonArray([.. c.Sites.Select(s => (JsonNode?)new JsonObject
                {
                    ["name"] = s.Name,
                    ["ca_fraction"] = Numbers(s.CalciumFraction),
                    ["mg_fraction"] = Numbers(s.MagnesiumFraction),
                })]),
            };
            var scenario = new JsonObject
            {
                ["name"] = c.Name,
                ["free_mg_mM"] = c.FreeMagnesiumMillimolar,
            };
            foreach (KeyValuePair<string, JsonNode?> detail in run.Details)
            {
                scenario[detail.Key] = detail.Value?.DeepClone();
            }

            scenario["trace"] = trace;
            scenarios.Add(scenario);
        }

        var document = new JsonObject
        {
            ["ionsim_version"] = libraryVersion,
            ["ionsim_cli_version"] = toolVersion,
            ["request"] = new JsonObject
            {
                ["protocol"] = request.Protocol.Describe(),
                ["duration_ms"] = request.DurationMs,
                ["output_interval_ms"] = request.OutputIntervalMs,
                ["preset"] = request.Scenarios.Preset,
                ["params_file"] = request.Scenarios.ParametersPath is null ? null : Path.GetFileName(request.Scenarios.ParametersPath),
            },
            ["scenarios"] = scenarios,
        };
        return document.ToJsonString(Indented) + "\n";
    }

    private static JsonArray Numbers(IReadOnlyList<double> values) =>
        new([.. values.Select(v => (JsonNode?)(double.IsFinite(v) ? JsonValue.Create(v) : null))]);
}
