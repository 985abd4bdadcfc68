using IonSim.CellML.Xml;

namespace IonSim.CellML.Structure;

/// <summary>
/// Joins connected variables into classes that share one value, after checking each connection
/// against the encapsulation hierarchy and the variables' interfaces.
/// </summary>
internal static class Connections
{
    /// <summary>Returns, for every variable key, the id of its class; ids are 0..count-1 in first-seen order.</summary>
    public static (Dictionary<string, int> ClassOf, int Count) Join(RawModel model, Source source)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var component in model.ComponentOrder)
        {
            foreach (var variable in component.VariableOrder)
            {
                parent[variable.Key] = variable.Key;
            }
        }

        foreach (var mapping in model.Mappings)
        {
            var v1 = model.Components[mapping.Component1].Variables[mapping.Variable1];
            var v2 = model.Components[mapping.Component2].Variables[mapping.Variable2];
            CheckInterfaces(model, v1, v2, mapping, source);
            string r1 = Find(parent, v1.Key), r2 = Find(parent, v2.Key);
            if (r1 != r2)
            {
                parent[r2] = r1;
            }
        }

        var classOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var component in model.ComponentOrder)
        {
            foreach (var variable in component.VariableOrder)
            {
                string root = Find(parent, variable.Key);
                if (!ids.TryGetValue(root, out int id))
                {
                    id = ids.Count;
                    ids[root] = id;
                }

                classOf[variable.Key] = id;
            }
        }

        return (classOf, ids.Count);
    }

    private static void CheckInterfaces(RawModel model, RawVariable v1, RawVariable v2, RawMapping mapping, Source source)
    {
        string? p1 = model.Parents.GetValueOrDefault(v1.Component);
        string? p2 = model.Parents.GetValueOrDefault(v2.Component);
        (Direction d1, string n1, Direction d2, string n2) = true switch
        {
            _ when p2 == v1.Component => (v1.Private, "private", v2.Public, "public"),
            _ when p1 == v2.Component => (v1.Public, "public", v2.Private, "private"),
            _ when p1 == p2 => (v1.Public, "public", v2.Public, "public"),
            _ => throw source.Error(mapping.Element, $"components '{v1.Component}' and '{v2.Component}' may not be connected: they are neither siblings nor parent and child in the encapsulation hierarchy."),
        };

        bool ok = model.Version == 20
            ? d1 != Direction.None && d2 != Direction.None
            : (d1, d2) is (Direction.In, Direction.Out) or (Direction.Out, Direction.In);
        if (!ok)
        {
            string allowed = model.Version == 20
                ? "both must expose that interface"
                : "one must be 'out' and the other 'in'";
            throw source.Error(mapping.Element, $"cannot connect '{v1.Key}' ({n1} interface {Describe(d1)}) with '{v2.Key}' ({n2} interface {Describe(d2)}): {allowed}.");
        }
    }

    private static string Describe(Direction direction) => direction switch
    {
        Direction.In => "in",
        Direction.Out => "out",
        Direction.Either => "exposed",
        _ => "none",
    };

    private static string Find(Dictionary<string, string> parent, string key)
    {
        while (parent[key] != key)
        {
            parent[key] = parent[parent[key]];
            key = parent[key];
        }

        return key;
    }
}
