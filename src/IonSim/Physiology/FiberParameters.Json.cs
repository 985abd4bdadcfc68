using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace IonSim.Physiology;

/// <content>JSON load and save.</content>
public sealed partial record FiberParameters
{
    // Unknown and repeated fields are errors (a misspelt field must not silently fall back to a default, and of two
    // values for one field neither may silently win); enums are written by name.
    // Computed, get-only properties (dissociation constants, µM views) are left out of the contract entirely: written,
    // they would invite edits that a load silently ignores; left out, such a field is rejected as unknown.
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        AllowDuplicateProperties = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OnlySettableProperties } },
    };

    private static void OnlySettableProperties(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (int i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            if (typeInfo.Properties[i].Set is null)
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// The parameter-file schema this version writes and reads: 2 since the cooperative myofilament, the series elasticity and the
    /// re-derived Mg²⁺ constants. A file without a <c>SchemaVersion</c> field is version 1.
    /// </summary>
    public const int CurrentSchemaVersion = 2;

    /// <summary>The schema version of the JSON form (always <see cref="CurrentSchemaVersion"/>; written by <see cref="ToJson"/>).</summary>
    public int SchemaVersion
    {
        get => CurrentSchemaVersion;
        init
        {
            if (value != CurrentSchemaVersion)
            {
                throw new ArgumentOutOfRangeException(nameof(SchemaVersion), value, $"{nameof(SchemaVersion)} must be {CurrentSchemaVersion}.");
            }
        }
    }

    /// <summary>Reads parameters from JSON. Fields that are absent keep their defaults; unknown fields are rejected.</summary>
    /// <param name="json">The JSON text, as written by <see cref="ToJson"/>, with <c>"SchemaVersion": 2</c>.</param>
    /// <returns>The validated parameters.</returns>
    /// <exception cref="JsonException">The text is not valid JSON for this type (including unknown fields), or it is a version-1 file.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its allowed range (the message names it).</exception>
    public static FiberParameters FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using (var document = JsonDocument.Parse(json))
        {
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                int version = document.RootElement.TryGetProperty(nameof(SchemaVersion), out JsonElement field)
                    ? (field.ValueKind == JsonValueKind.Number && field.TryGetInt32(out int v) ? v : -1)
                    : 1;
                if (version != CurrentSchemaVersion)
                {
                    throw new JsonException(SchemaMessage(version));
                }
            }
        }

        try
        {
            return JsonSerializer.Deserialize<FiberParameters>(json, JsonOptions)
                ?? throw new JsonException("The JSON text holds null instead of a fiber parameter object.");
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is { } inner)
        {
            // Where System.Text.Json sets properties by reflection (WebAssembly, no code generation), a validating init accessor's
            // exception arrives wrapped; unwrap it so every platform sees the documented exception and message.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
            throw;
        }
    }

    // Version-1 files are refused rather than migrated: their numbers were tuned to a non-cooperative myofilament without series
    // elasticity, so carrying them over would silently describe another fibre.
    private static string SchemaMessage(int version) => version switch
    {
        1 => "This parameter file is a version-1 file (IonSim 0.1: no SchemaVersion, or SchemaVersion 1), which this IonSim cannot load: version 2 " +
             "added a cooperative myofilament (Troponin.NeighbourCooperativity, Troponin.CrossBridgeCooperativity), series elasticity (Mechanics) " +
             "and re-derived the Mg²⁺ constants, so version-1 values describe a different fibre. Write a new file with 'ionsim params' and re-apply your changes.",
        > CurrentSchemaVersion => $"This parameter file has SchemaVersion {version}, written by a newer IonSim; this one reads version {CurrentSchemaVersion} only.",
        _ => $"SchemaVersion must be the whole number {CurrentSchemaVersion}, but the file's is not a valid version.",
    };

    /// <summary>Writes these parameters as indented JSON; <see cref="FromJson"/> reads them back exactly.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Reads parameters from a JSON file.</summary>
    /// <param name="path">The file to read.</param>
    /// <returns>The validated parameters.</returns>
    public static FiberParameters LoadFile(string path) => FromJson(File.ReadAllText(path));

    /// <summary>Writes these parameters to a JSON file atomically (a temporary file beside it, then a rename).</summary>
    /// <param name="path">The file to write or replace.</param>
    public void SaveFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        File.WriteAllText(temporary, ToJson());
        File.Move(temporary, path, overwrite: true);
    }
}
