using System.Buffers;
using System.Text.Json;
using IonSim.CellML.Simulation;

namespace IonSim.Cli.Output;

/// <summary>Writes a model trace as JSON: the model, the values set with --set, the solver's work, and each variable with its units and values.</summary>
/// <remarks>The document is streamed to the writer in chunks, so a long trace never has to fit in memory as one string.</remarks>
internal static class ModelJsonWriter
{
    private const int ChunkBytes = 1 << 16;

    public static void Write(TextWriter writer, ModelTrace trace, string sourceFile)
    {
        var buffer = new ArrayBufferWriter<byte>(ChunkBytes * 2);
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        var model = trace.Model;
        json.WriteStartObject();
        json.WriteString("ionsim_version", ToolVersion.Informational);
        json.WriteString("model", model.Name);
        json.WriteString("source", sourceFile);
        json.WriteString("cellml_version", model.CellMLVersion);
        json.WriteStartObject("set");
        foreach (var (variable, value) in model.Overrides)
        {
            json.WriteNumber(variable.QualifiedName, value);
        }

        json.WriteEndObject();
        json.WriteStartObject("solver");
        json.WriteNumber("rhs_evaluations", trace.Statistics.RhsEvaluations);
        json.WriteNumber("accepted_steps", trace.Statistics.AcceptedSteps);
        json.WriteNumber("rejected_steps", trace.Statistics.RejectedSteps);
        json.WriteEndObject();
        json.WriteStartObject("time");
        json.WriteString("name", model.VariableOfIntegration.QualifiedName);
        json.WriteString("units", model.VariableOfIntegration.Units);
        WriteValues(json, trace.Times, buffer, writer);
        json.WriteEndObject();
        json.WriteStartArray("variables");
        for (int i = 0; i < trace.Variables.Count; i++)
        {
            var v = trace.Variables[i];
            json.WriteStartObject();
            json.WriteString("name", v.QualifiedName);
            json.WriteString("units", v.Units);
            json.WriteString("kind", v.Kind.ToString());
            WriteValues(json, trace.Values(i), buffer, writer);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        Drain(json, buffer, writer);
    }

    /// <summary>Non-finite values (a piecewise with no matching piece) are written as null.</summary>
    private static void WriteValues(Utf8JsonWriter json, IReadOnlyList<double> values, ArrayBufferWriter<byte> buffer, TextWriter writer)
    {
        json.WriteStartArray("values");
        foreach (double value in values)
        {
            if (double.IsFinite(value))
            {
                json.WriteNumberValue(value);
            }
            else
            {
                json.WriteNullValue();
            }

            if (json.BytesPending > ChunkBytes)
            {
                Drain(json, buffer, writer);
            }
        }

        json.WriteEndArray();
    }

    private static void Drain(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, TextWriter writer)
    {
        json.Flush();
        writer.Write(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        buffer.ResetWrittenCount();
    }
}
