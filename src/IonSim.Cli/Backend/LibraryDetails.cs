using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using IonSim.Experiments;

namespace IonSim.Cli.Backend;

/// <summary>What <c>simulate --format json</c> records beside the trace, serialised from the library's own
/// records so the file names every setting exactly as the library does.</summary>
internal static class LibraryDetails
{
    // Infinite MaxStep and NaN metrics (a time never reached) are legal values; write them by name.
    private static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static JsonObject Of(SimulationResult result) => new()
    {
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
    };

    private static JsonNode? Node<T>(T value) => JsonSerializer.SerializeToNode(value, Options);
}
