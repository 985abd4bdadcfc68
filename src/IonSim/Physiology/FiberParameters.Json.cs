using System.Text.Json;
using System.Text.Json.Nodes;
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
    // The contract is source-generated (FiberParametersJsonContext), so loading and saving need no run-time reflection or code
    // generation: the same code runs under the JIT, in the natively compiled tool and in WebAssembly.
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        AllowDuplicateProperties = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        Converters =
        {
            new JsonStringEnumConverter<MagnesiumMechanisms>(allowIntegerValues: false),
            new JsonStringEnumConverter<MagnesiumMode>(allowIntegerValues: false),
            new JsonStringEnumConverter<RestCondition>(allowIntegerValues: false),
        },
        TypeInfoResolver = FiberParametersJsonContext.Default.WithAddedModifier(OnlySettableProperties),
    };

    // Read and written through the contract itself (not through the options), so no reflection-based path can be reached.
    private static readonly JsonTypeInfo<FiberParameters> Contract = (JsonTypeInfo<FiberParameters>)JsonOptions.GetTypeInfo(typeof(FiberParameters));

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
        using (JsonDocument parsed = JsonDocument.Parse(json))
        {
            RefuseRepeatedFields(parsed.RootElement, "$");
        }

        if (JsonNode.Parse(json) is not JsonObject file)
        {
            // Not an object (null, a number, an array): the serializer names what it found.
            return JsonSerializer.Deserialize(json, Contract)
                ?? throw new JsonException("The JSON text holds null instead of a fiber parameter object.");
        }

        int version = file.TryGetPropertyValue(nameof(SchemaVersion), out JsonNode? field)
            ? (field is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue(out int v) ? v : -1)
            : 1;
        if (version != CurrentSchemaVersion)
        {
            throw new JsonException(SchemaMessage(version));
        }

        // The generated contract sets init-only properties while constructing, so a field the file leaves out would become 0
        // rather than its default. The file's fields therefore replace those of the default document, and that is what is read.
        // Only top-level fields have defaults (every field of a sub-record is required), so a sub-record in the file replaces
        // the default one whole, as before.
        JsonObject document = JsonNode.Parse(new FiberParameters().ToJson())!.AsObject();
        foreach (string name in file.Select(p => p.Key).ToList())
        {
            JsonNode? fileValue = file[name];
            file.Remove(name);
            document[name] = fileValue;
        }

        try
        {
            return JsonSerializer.Deserialize(document.ToJsonString(), Contract)!;
        }
        catch (JsonException e) when (e.LineNumber is { } line && e.BytePositionInLine is { } position)
        {
            // The position is in the combined document, not in the caller's text: keep the path, which is the same in both.
            // The generated constructor reports a wrong value type as a failure to convert the whole object; say what the field takes.
            string message = e.Message.Replace($" | LineNumber: {line} | BytePositionInLine: {position}", "", StringComparison.Ordinal);
            if (e.Path is ['$', '.', .. string name] && Contract.Properties.FirstOrDefault(p => p.Name == name) is { } property)
            {
                message += $" {name} takes {Takes(property.PropertyType)}.";
            }

            throw new JsonException(message, e.Path, null, null, e);
        }
    }

    // Of two values for one field neither may silently win. The parser's own check shortens long names in its message, so the
    // file is walked here and the whole name and its path reported.
    private static void RefuseRepeatedFields(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (JsonProperty property in element.EnumerateObject())
            {
                string at = $"{path}.{property.Name}";
                if (!seen.Add(property.Name))
                {
                    throw new JsonException($"Duplicate property '{property.Name}': the file gives it twice. Path: {at}.", at, null, null);
                }

                RefuseRepeatedFields(property.Value, at);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            int i = 0;
            foreach (JsonElement item in element.EnumerateArray())
            {
                RefuseRepeatedFields(item, $"{path}[{i++}]");
            }
        }
    }

    private static string Takes(Type type) =>
        type == typeof(double) ? "a number" : type.IsEnum ? $"a {type.Name} name in quotes" : $"a {type.Name} object";

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
    public string ToJson() => JsonSerializer.Serialize(this, Contract);

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
