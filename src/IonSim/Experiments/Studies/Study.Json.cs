using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IonSim.Physiology;

namespace IonSim.Experiments.Studies;

/// <content>The study file: JSON with snake_case keys; parameters named as in the parameter file.</content>
public sealed partial class Study
{
    /// <summary>The study-file schema this version reads and writes.</summary>
    public const int CurrentSchemaVersion = 1;

    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowDuplicateProperties = false, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads a study file.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="loadParameterFile">Reads the parameter file a <c>"base": {"params": "…"}</c> names (the caller resolves it
    /// against the study file's folder and bounds its size); null refuses such bases.</param>
    /// <returns>The checked study.</returns>
    /// <exception cref="InvalidStudyException">Anything wrong, with the field's path in the message.</exception>
    public static Study FromJson(string json, Func<string, FiberParameters>? loadParameterFile = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: DocumentOptions) as JsonObject ?? throw new InvalidStudyException("a study file is a JSON object ({ … })");
        }
        catch (JsonException e)
        {
            throw new InvalidStudyException($"not valid JSON: {e.Message}", e);
        }

        var reader = new Fields(root, "");
        reader.Only("schema_version", "name", "base", "parameters", "design", "seed", "protocols", "outputs", "ionsim_version");
        int schema = reader.Integer("schema_version", CurrentSchemaVersion);
        if (schema != CurrentSchemaVersion)
        {
            throw new InvalidStudyException($"schema_version: this IonSim reads study files of version {CurrentSchemaVersion}, but the file says {schema}");
        }

        string name = reader.Text("name", null);
        (string baseName, FiberParameters baseParameters) = Base(reader.Object("base"), loadParameterFile);
        StudyParameter[] parameters = [.. reader.Array("parameters").Select((node, i) => ReadParameter(Fields.Of(node, $"parameters[{i}]")))];
        StudyDesign design = ReadDesign(reader.Object("design"));
        long seed = reader.Long("seed", 1);
        StudyProtocol[] protocols = [.. reader.Array("protocols").Select((node, i) => ReadProtocol(Fields.Of(node, $"protocols[{i}]")))];
        string[] outputs = root.ContainsKey("outputs") ? [.. reader.Array("outputs").Select((node, i) => Fields.String(node, $"outputs[{i}]"))] : [];
        string version = root.ContainsKey("ionsim_version") ? reader.Text("ionsim_version", null) : CurrentVersion;
        return new Study(name, baseName, baseParameters, parameters, design, seed, protocols, outputs, version);
    }

    /// <summary>The study as JSON, with the base fiber written out in full and the IonSim version, so that the text alone
    /// defines every point (part files carry it). The compact form is what <see cref="Hash"/> is taken of.</summary>
    /// <param name="indented">Indent for people; the hash uses the compact form.</param>
    /// <returns>The JSON text.</returns>
    public string ToJson(bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("schema_version", CurrentSchemaVersion);
            writer.WriteString("name", Name);
            writer.WriteString("ionsim_version", IonSimVersion);
            writer.WriteStartObject("base");
            writer.WriteString("name", BaseName);
            writer.WritePropertyName("parameters");
            JsonNode.Parse(BaseParameters.ToJson())!.WriteTo(writer);
            writer.WriteEndObject();
            writer.WriteStartArray("parameters");
            foreach (StudyParameter p in Parameters)
            {
                writer.WriteStartObject();
                writer.WriteString("name", p.Name);
                writer.WriteString("distribution", p.Distribution.Kind);
                if (p.Distribution is TruncatedNormalDistribution normal)
                {
                    writer.WriteNumber("mean", normal.Mean);
                    writer.WriteNumber("sd", normal.StandardDeviation);
                }

                writer.WriteNumber("min", p.Distribution.Minimum);
                writer.WriteNumber("max", p.Distribution.Maximum);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("design");
            writer.WriteString("kind", Design.KindName());
            if (Design.Kind == StudyDesignKind.Grid)
            {
                writer.WriteNumber("levels", Design.Levels);
            }
            else
            {
                writer.WriteNumber("samples", Design.Samples);
            }

            writer.WriteEndObject();
            writer.WriteNumber("seed", Seed);
            writer.WriteStartArray("protocols");
            foreach (StudyProtocol p in Protocols)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", p.Kind.ToString().ToLowerInvariant());
                writer.WriteString("name", p.Name);
                if (p.Stimulus is { } stimulus)
                {
                    writer.WriteNumber("duration_ms", stimulus.DurationMs);
                    if (p.Kind == StudyProtocolKind.Train)
                    {
                        writer.WriteNumber("frequency_hz", p.FrequencyHz!.Value);
                        writer.WriteNumber("pulses", p.Pulses!.Value);
                    }
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("outputs");
            foreach (string output in Outputs)
            {
                writer.WriteStringValue(output);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static (string Name, FiberParameters Parameters) Base(Fields b, Func<string, FiberParameters>? load)
    {
        b.Only("preset", "params", "parameters", "name");
        string[] given = [.. new[] { "preset", "params", "parameters" }.Where(b.Has)];
        if (given.Length != 1)
        {
            throw new InvalidStudyException("base: give exactly one of \"preset\" (a preset name), \"params\" (a parameter file) or \"parameters\" (the parameter object itself)");
        }

        switch (given[0])
        {
            case "preset":
                string preset = b.Text("preset", null);
                return FiberPresets.All.TryGetValue(preset, out FiberParameters? parameters)
                    ? (b.Has("name") ? b.Text("name", null) : $"preset {preset}", parameters)
                    : throw new InvalidStudyException($"base.preset: there is no preset '{preset}'; choose one of {string.Join(", ", FiberPresets.All.Keys)}");
            case "params":
                string file = b.Text("params", null);
                if (load is null)
                {
                    throw new InvalidStudyException("base.params: this study cannot name a parameter file here; give the parameters inline");
                }

                return (b.Has("name") ? b.Text("name", null) : file, load(file));
            default:
                try
                {
                    return (b.Has("name") ? b.Text("name", null) : "inline parameters", FiberParameters.FromJson(b.Node("parameters").ToJsonString()));
                }
                catch (Exception e) when (e is JsonException or ArgumentException)
                {
                    throw new InvalidStudyException($"base.parameters: not a valid parameter object: {ParameterEditor.WithoutParameterSuffix(e.Message)}", e);
                }
        }
    }

    private static StudyParameter ReadParameter(Fields p)
    {
        string kind = p.Text("distribution", "uniform");
        string name = p.Text("name", null);
        try
        {
            ParameterDistribution distribution = kind switch
            {
                "uniform" => Ranged(p, false, (min, max) => new UniformDistribution(min, max)),
                "log_uniform" => Ranged(p, false, (min, max) => new LogUniformDistribution(min, max)),
                "truncated_normal" => Ranged(p, true, (min, max) => new TruncatedNormalDistribution(p.Number("mean"), p.Number("sd"), min, max)),
                _ => throw new InvalidStudyException($"{p.Path}.distribution: '{kind}' is not a distribution; use uniform, log_uniform or truncated_normal"),
            };
            return new StudyParameter(name, distribution);
        }
        catch (ArgumentException e)
        {
            throw new InvalidStudyException($"{p.Path} ({name}): {e.Message}", e);
        }
    }

    private static ParameterDistribution Ranged(Fields p, bool normal, Func<double, double, ParameterDistribution> make)
    {
        p.Only(["name", "distribution", "min", "max", .. normal ? new[] { "mean", "sd" } : []]);
        return make(p.Number("min"), p.Number("max"));
    }

    private static StudyDesign ReadDesign(Fields d)
    {
        string kind = d.Text("kind", null);
        try
        {
            switch (kind)
            {
                case "grid":
                    d.Only("kind", "levels");
                    return StudyDesign.Grid(d.Integer("levels", null));
                case "latin_hypercube":
                    d.Only("kind", "samples");
                    return StudyDesign.LatinHypercube(d.Integer("samples", null));
                case "saltelli":
                    d.Only("kind", "samples");
                    return StudyDesign.Saltelli(d.Integer("samples", null));
                default:
                    throw new InvalidStudyException($"design.kind: '{kind}' is not a design; use grid, latin_hypercube or saltelli");
            }
        }
        catch (ArgumentException e)
        {
            throw new InvalidStudyException($"design: {ParameterEditor.WithoutParameterSuffix(e.Message)}", e);
        }
    }

    private static StudyProtocol ReadProtocol(Fields p)
    {
        string kind = p.Text("kind", null);
        try
        {
            switch (kind)
            {
                case "rest":
                    p.Only("kind", "name");
                    return StudyProtocol.Rest(p.Text("name", "rest"));
                case "twitch":
                    p.Only("kind", "name", "duration_ms");
                    return StudyProtocol.Twitch(p.OptionalNumber("duration_ms"), p.Text("name", "twitch"));
                case "train":
                    p.Only("kind", "name", "duration_ms", "frequency_hz", "pulses");
                    return StudyProtocol.Train(p.Number("frequency_hz"), p.Integer("pulses", null), p.OptionalNumber("duration_ms"), p.Text("name", "train"));
                default:
                    throw new InvalidStudyException($"{p.Path}.kind: '{kind}' is not a protocol; use twitch, train or rest");
            }
        }
        catch (ArgumentException e)
        {
            throw new InvalidStudyException($"{p.Path} ({kind}): {ParameterEditor.WithoutParameterSuffix(e.Message)}", e);
        }
    }

    /// <summary>Reads the fields of one JSON object, naming the path of whatever is missing or wrong.</summary>
    private sealed class Fields(JsonObject node, string path)
    {
        public string Path => path;

        public static Fields Of(JsonNode? node, string path) =>
            new(node as JsonObject ?? throw new InvalidStudyException($"{path}: expected an object {{ … }}"), path);

        public static string String(JsonNode? node, string path) =>
            node is JsonValue value && value.TryGetValue(out string? text) ? text : throw new InvalidStudyException($"{path}: expected a text in quotes");

        public bool Has(string key) => node.ContainsKey(key);

        public void Only(params string[] keys)
        {
            foreach (var (key, _) in node)
            {
                if (!keys.Contains(key))
                {
                    throw new InvalidStudyException($"{Name(key)}: unknown field; allowed here: {string.Join(", ", keys)}");
                }
            }
        }

        public JsonNode Node(string key) => node[key] ?? throw new InvalidStudyException($"{Name(key)}: required");

        public Fields Object(string key) => Of(Node(key), Name(key));

        public JsonArray Array(string key) => Node(key) as JsonArray ?? throw new InvalidStudyException($"{Name(key)}: expected a list [ … ]");

        public string Text(string key, string? fallback) =>
            Has(key) ? String(node[key], Name(key)) : fallback ?? throw new InvalidStudyException($"{Name(key)}: required");

        public double Number(string key) =>
            Has(key) ? Value(key) : throw new InvalidStudyException($"{Name(key)}: required");

        public double? OptionalNumber(string key) => Has(key) ? Value(key) : null;

        public int Integer(string key, int? fallback)
        {
            if (!Has(key))
            {
                return fallback ?? throw new InvalidStudyException($"{Name(key)}: required");
            }

            return node[key] is JsonValue v && v.TryGetValue(out int i) ? i : throw new InvalidStudyException($"{Name(key)}: expected a whole number, but was {node[key]?.ToJsonString()}");
        }

        public long Long(string key, long fallback) =>
            !Has(key) ? fallback : node[key] is JsonValue v && v.TryGetValue(out long l) ? l : throw new InvalidStudyException($"{Name(key)}: expected a whole number, but was {node[key]?.ToJsonString()}");

        private double Value(string key) =>
            node[key] is JsonValue v && v.TryGetValue(out double d) && double.IsFinite(d) ? d : throw new InvalidStudyException($"{Name(key)}: expected a number, but was {node[key]?.ToJsonString() ?? "null"}");

        private string Name(string key) => path.Length == 0 ? key : $"{path}.{key}";
    }
}
