using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using IonSim.Cli.Commands;
using IonSim.Experiments;
using IonSim.Plotting;

namespace IonSim.Cli.Output;

/// <summary>Writes the JSON document of <c>ionsim simulate --format json</c>: enough to reproduce any plot
/// (IonSim version, protocol, parameters and solver options) plus the trace, timeline and metrics.</summary>
/// <remarks>
/// Keys are snake_case with units (<c>time_ms</c>, <c>peak_tension</c>), the library's records included;
/// a value the library leaves undefined (NaN: a time never reached; an unbounded step) is <c>null</c>.
/// The one exception is <c>parameters</c>, which is the parameter file exactly as <c>ionsim params</c>
/// writes it, so it can be cut out and passed back with <c>--params</c>. The document is streamed in
/// chunks: a long trace is never held in memory as one string.
/// </remarks>
internal static class JsonReport
{
    private const int FlushBytes = 1 << 16;

    // Relaxed escaping keeps "Mg²⁺" and "0.1.0+abc" readable; the file is data, never embedded in HTML.
    private static readonly JsonWriterOptions Writer = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter output, SimulationPlan plan, string? preset, string? parametersFile, IReadOnlyList<SimulationResult> results)
    {
        var buffer = new ArrayBufferWriter<byte>(FlushBytes * 2);
        using var json = new Utf8JsonWriter(buffer, Writer);
        void Flush(bool always = false)
        {
            json.Flush();
            if (always || buffer.WrittenCount >= FlushBytes)
            {
                output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
                buffer.ResetWrittenCount();
            }
        }

        json.WriteStartObject();
        json.WriteString("ionsim_version", ToolVersion.Library);
        json.WriteString("ionsim_cli_version", ToolVersion.Informational);
        json.WriteStartObject("request");
        json.WriteString("protocol", ProtocolText.Describe(plan.Protocol));
        json.WriteNumber("duration_ms", plan.Protocol.DurationMs);
        json.WriteNumber("output_interval_ms", plan.Options.OutputIntervalMs);
        json.WriteString("preset", preset);
        json.WriteString("params_file", parametersFile is null ? null : Path.GetFileName(parametersFile));
        json.WriteEndObject();
        json.WriteStartArray("scenarios");
        foreach (SimulationResult result in results)
        {
            json.WriteStartObject();
            json.WriteString("name", result.ScenarioName);
            json.WriteNumber("free_mg_mM", result.Parameters.FreeMagnesiumMillimolar);
            json.WritePropertyName("parameters");
            JsonNode.Parse(result.Parameters.ToJson())!.WriteTo(json);
            json.WriteStartObject("protocol");
            Record(json, "pulse_times_ms", result.Protocol.PulseTimesMs, ReportJsonContext.Default.IReadOnlyListDouble);
            Record(json, "duration_ms", result.Protocol.DurationMs, ReportJsonContext.Default.Double);
            json.WriteEndObject();
            json.WriteNumber("output_interval_ms", result.Options.OutputIntervalMs);
            Record(json, "solver_options", result.Options.Solver, ReportJsonContext.Default.OdeOptions);
            Record(json, "contraction_options", result.Options.Contraction, ReportJsonContext.Default.ContractionOptions);
            json.WriteStartObject("timeline");
            Record(json, "initial_phase", result.Timeline.InitialPhase, ReportJsonContext.Default.Phase);
            Record(json, "transitions", result.Timeline.Transitions, ReportJsonContext.Default.IReadOnlyListPhaseTransition);
            json.WriteEndObject();
            json.WriteStartObject("metrics");
            Record(json, "twitches", result.Twitches, ReportJsonContext.Default.IReadOnlyListTwitchMetrics);
            Record(json, "train", result.Train, ReportJsonContext.Default.TrainMetrics);
            json.WriteBoolean("has_spasm", result.HasSpasm);
            json.WriteBoolean("ended_at_rest", result.EndedAtRest);
            json.WriteEndObject();
            Record(json, "statistics", result.Statistics, ReportJsonContext.Default.OdeStatistics);
            Flush();

            SimulationTrace t = result.Trace;
            json.WriteStartObject("trace");
            Numbers(json, "time_ms", t.TimeMs, Flush, Csv.GridTime);
            Numbers(json, "ca_free_uM", t.FreeCalciumMicromolar, Flush);
            Numbers(json, "ca_sr_uM", t.SrCalciumMicromolar, Flush);
            Numbers(json, "tension", t.Tension, Flush);
            json.WriteStartArray("phase");
            for (int i = 0; i < t.Count; i++)
            {
                json.WriteStringValue(t.Phases[i].ToString());
                if ((i & 1023) == 1023)
                {
                    Flush();
                }
            }

            json.WriteEndArray();
            json.WriteStartArray("sites");
            foreach (SiteOccupancyTrace site in t.Sites)
            {
                json.WriteStartObject();
                json.WriteString("name", ScenarioCurves.SiteName(site.Site));
                Numbers(json, "ca_fraction", site.CalciumFraction, Flush);
                Numbers(json, "mg_fraction", site.MagnesiumFraction, Flush);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        Flush(always: true);
        output.Write('\n');
    }

    // The library's records are written through a source-generated contract (ReportJsonContext): no reflection at run time,
    // so the natively compiled tool writes the same document as the JIT-compiled one.
    private static void Record<T>(Utf8JsonWriter json, string name, T value, JsonTypeInfo<T> contract)
    {
        json.WritePropertyName(name);
        JsonSerializer.Serialize(json, value, contract);
    }

    private static void Numbers(Utf8JsonWriter json, string name, IReadOnlyList<double> values, Action<bool> flush, Func<double, double>? clean = null)
    {
        json.WriteStartArray(name);
        for (int i = 0; i < values.Count; i++)
        {
            double v = values[i];
            if (double.IsFinite(v))
            {
                json.WriteNumberValue(clean is null ? v : clean(v));
            }
            else
            {
                json.WriteNullValue();
            }

            if ((i & 1023) == 1023)
            {
                flush(false);
            }
        }

        json.WriteEndArray();
    }
}
