using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using IonSim.Cli.Commands;
using IonSim.Experiments;
using IonSim.Plotting;

namespace IonSim.Cli.Output;

/// <summary>Builds the JSON document of <c>ionsim simulate --format json</c>: enough to reproduce any plot
/// (IonSim version, protocol, parameters and solver options) plus the trace, timeline and metrics,
/// serialised from the library's own records so the file names every setting exactly as the library does.</summary>
internal static class JsonReport
{
    // Relaxed escaping keeps "Mg²⁺" and "0.1.0+abc" readable; the file is data, never embedded in HTML.
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // Infinite MaxStep and NaN metrics (a time never reached) are legal values; write them by name.
    private static readonly JsonSerializerOptions Records = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Build(SimulationPlan plan, string? preset, string? parametersFile, IReadOnlyList<SimulationResult> results)
    {
        var scenarios = new JsonArray();
        foreach (SimulationResult result in results)
        {
            SimulationTrace t = result.Trace;
            scenarios.Add(new JsonObject
            {
                ["name"] = result.ScenarioName,
                ["free_mg_mM"] = result.Parameters.FreeMagnesiumMillimolar,
                ["parameters"] = JsonNode.Parse(result.Parameters.ToJson()),
                ["protocol"] = new JsonObject
                {
                    ["pulse_times_ms"] = Node(result.Protocol.PulseTimesMs),
                    ["duration_ms"] = result.Protocol.DurationMs,
                },
                ["output_interval_ms"] = result.Options.OutputIntervalMs,
                ["solver_options"] = Node(result.Options.Solver),
                ["contraction_options"] = Node(result.Options.Contraction),
                ["timeline"] = new JsonObject
                {
                    ["initial_phase"] = result.Timeline.InitialPhase.ToString(),
                    ["transitions"] = Node(result.Timeline.Transitions),
                },
                ["metrics"] = new JsonObject
                {
                    ["twitches"] = Node(result.Twitches),
                    ["train"] = result.Train is null ? null : Node(result.Train),
                    ["has_spasm"] = result.HasSpasm,
                    ["ended_at_rest"] = result.EndedAtRest,
                },
                ["statistics"] = Node(result.Statistics),
                ["trace"] = new JsonObject
                {
                    ["time_ms"] = Numbers(t.TimeMs),
                    ["ca_free_uM"] = Numbers(t.FreeCalciumMicromolar),
                    ["ca_sr_uM"] = Numbers(t.SrCalciumMicromolar),
                    ["tension"] = Numbers(t.Tension),
                    ["phase"] = new JsonArray([.. t.Phases.Select(p => (JsonNode?)JsonValue.Create(p.ToString()))]),
                    ["sites"] = new JsonArray([.. t.Sites.Select(s => (JsonNode?)new JsonObject
                    {
                        ["name"] = ScenarioCurves.SiteName(s.Site),
                        ["ca_fraction"] = Numbers(s.CalciumFraction),
                        ["mg_fraction"] = Numbers(s.MagnesiumFraction),
                    })]),
                },
            });
        }

        var document = new JsonObject
        {
            ["ionsim_version"] = ToolVersion.Library,
            ["ionsim_cli_version"] = ToolVersion.Informational,
            ["request"] = new JsonObject
            {
                ["protocol"] = ProtocolText.Describe(plan.Protocol),
                ["duration_ms"] = plan.Protocol.DurationMs,
                ["output_interval_ms"] = plan.Options.OutputIntervalMs,
                ["preset"] = preset,
                ["params_file"] = parametersFile is null ? null : Path.GetFileName(parametersFile),
            },
            ["scenarios"] = scenarios,
        };
        return document.ToJsonString(Indented) + "\n";
    }

    private static JsonNode? Node<T>(T value) => JsonSerializer.SerializeToNode(value, Records);

    private static JsonArray Numbers(IReadOnlyList<double> values) =>
        new([.. values.Select(v => (JsonNode?)(double.IsFinite(v) ? JsonValue.Create(v) : null))]);
}
