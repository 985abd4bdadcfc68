using System.Text.Json;
using System.Text.Json.Nodes;
using IonSim.Physiology;

namespace IonSim.Experiments.Studies;

/// <summary>Sets parameters by their parameter-file names. A point's fiber is the base parameter file with the point's values
/// written into it and read back by <see cref="FiberParameters.FromJson"/>, so every value passes the parameters' own
/// validation (one check per parameter, the one the library already has) and names follow the file exactly.</summary>
internal sealed class ParameterEditor
{
    private readonly JsonObject baseFile;

    public ParameterEditor(FiberParameters baseParameters)
    {
        baseFile = JsonNode.Parse(baseParameters.ToJson())!.AsObject();
    }

    /// <summary>Checks that <paramref name="name"/> is a numeric field of the parameter file; the message lists what is allowed.</summary>
    public void CheckName(string name)
    {
        if (Find(baseFile, name) is not { } node)
        {
            string? near = NumericNames().FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
                ?? NumericNames().FirstOrDefault(n => n.EndsWith("." + name, StringComparison.OrdinalIgnoreCase));
            string hint = near is null ? "" : $" (did you mean '{near}'?)";
            throw new ArgumentException($"unknown parameter '{name}'{hint}: a varied parameter is a number field of the parameter file, named as there with a dot after its group, such as 'Serca.MaxRateMicromolarPerMs' (list them with: ionsim params)");
        }

        if (node.GetValueKind() != JsonValueKind.Number || name == nameof(FiberParameters.SchemaVersion))
        {
            throw new ArgumentException($"parameter '{name}' is not a number that can vary (it is {Describe(node)})");
        }
    }

    /// <summary>The base fiber with each named field set to its value; a value outside the field's valid range throws
    /// <see cref="ArgumentOutOfRangeException"/> with the parameters' own message, prefixed by the name.</summary>
    public FiberParameters Apply(IReadOnlyList<string> names, ReadOnlySpan<double> values)
    {
        var file = (JsonObject)baseFile.DeepClone();
        for (int i = 0; i < names.Count; i++)
        {
            string[] path = names[i].Split('.');
            JsonObject parent = file;
            foreach (string group in path[..^1])
            {
                parent = parent[group]!.AsObject();
            }

            parent[path[^1]] = JsonValue.Create(values[i]);
        }

        try
        {
            return FiberParameters.FromJson(file.ToJsonString());
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"{string.Join(", ", names)}: {e.Message}", e);
        }
        catch (ArgumentOutOfRangeException e)
        {
            string which = names.FirstOrDefault(n => n.EndsWith(e.ParamName ?? "\0", StringComparison.Ordinal)) ?? string.Join(", ", names);
            throw new ArgumentOutOfRangeException(e.ParamName, $"{which}: {WithoutParameterSuffix(e.Message)}");
        }
    }

    /// <summary>The value the base fiber has for <paramref name="name"/>.</summary>
    public double BaseValue(string name) => Find(baseFile, name)!.GetValue<double>();

    /// <summary>Every numeric field's name, in file order.</summary>
    public IEnumerable<string> NumericNames() => Numbers(baseFile, "");

    private static IEnumerable<string> Numbers(JsonObject node, string prefix)
    {
        foreach (var (key, value) in node)
        {
            if (value is JsonObject child)
            {
                foreach (string name in Numbers(child, prefix + key + "."))
                {
                    yield return name;
                }
            }
            else if (value?.GetValueKind() == JsonValueKind.Number && key != nameof(FiberParameters.SchemaVersion))
            {
                yield return prefix + key;
            }
        }
    }

    private static JsonNode? Find(JsonObject root, string name)
    {
        JsonNode? node = root;
        foreach (string part in name.Split('.'))
        {
            if (node is not JsonObject group || !group.TryGetPropertyValue(part, out node))
            {
                return null;
            }
        }

        return node;
    }

    private static string Describe(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.Object => "a group of fields; name one of its fields after a dot",
        JsonValueKind.String => $"the choice \"{node.GetValue<string>()}\"",
        _ => "the schema version",
    };

    internal static string WithoutParameterSuffix(string message)
    {
        int at = message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }
}
