using System.Text.Json;
using System.Text.Json.Serialization;
using IonSim.Contraction;
using IonSim.Integration;

namespace IonSim.Cli.Output;

/// <summary>
/// The source-generated JSON contract of the library records in <c>ionsim simulate --format json</c> (see <see cref="JsonReport"/>):
/// snake_case keys, enums by name, NaN and infinities as null.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, UseStringEnumConverter = true, Converters = [typeof(ReportJsonContext.FiniteOrNull)])]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(IReadOnlyList<double>))]
[JsonSerializable(typeof(OdeOptions))]
[JsonSerializable(typeof(ContractionOptions))]
[JsonSerializable(typeof(Phase))]
[JsonSerializable(typeof(IReadOnlyList<PhaseTransition>))]
[JsonSerializable(typeof(IReadOnlyList<TwitchMetrics>))]
[JsonSerializable(typeof(TrainMetrics))]
[JsonSerializable(typeof(OdeStatistics))]
internal sealed partial class ReportJsonContext : JsonSerializerContext
{
    /// <summary>Writes NaN and infinities as null: JSON has no such numbers, and a string "NaN" is not a number.</summary>
    internal sealed class FiniteOrNull : JsonConverter<double>
    {
        public override bool HandleNull => false;

        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (double.IsFinite(value))
            {
                writer.WriteNumberValue(value);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
