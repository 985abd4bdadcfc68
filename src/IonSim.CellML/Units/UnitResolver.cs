using System.Globalization;
using System.Xml.Linq;
using IonSim.CellML.Structure;
using IonSim.CellML.Xml;

namespace IonSim.CellML.Units;

/// <summary>Resolves unit names (component units, then model units, then built-in units) to <see cref="Unit"/>s.</summary>
internal sealed class UnitResolver(RawModel model, Source source)
{
    private readonly Dictionary<(string? Component, string Name), Unit> cache = [];
    private readonly HashSet<(string? Component, string Name)> resolving = [];

    public Unit Resolve(string name, RawComponent? component, XElement at)
    {
        if (component is not null && component.Units.TryGetValue(name, out var local))
        {
            return Define((component.Name, name), local, component);
        }

        if (model.Units.TryGetValue(name, out var global))
        {
            return Define((null, name), global, null);
        }

        if (BuiltInUnits.Units.TryGetValue(name, out var builtIn))
        {
            return builtIn;
        }

        throw source.Error(at, $"units '{name}' are neither defined in the model nor built into CellML.");
    }

    private Unit Define((string? Component, string Name) key, XElement definition, RawComponent? component)
    {
        if (cache.TryGetValue(key, out var known))
        {
            return known;
        }

        if (!resolving.Add(key))
        {
            throw source.Error(definition, $"units '{key.Name}' are defined in terms of themselves.");
        }

        Unit result;
        if (definition.Attribute("base_units")?.Value == "yes")
        {
            result = Unit.Base(key.Name);
        }
        else
        {
            result = Unit.Dimensionless;
            foreach (var part in definition.Elements())
            {
                if (part.Name.LocalName != "unit" || part.Name.Namespace != definition.Name.Namespace)
                {
                    throw source.Error(part, $"<{part.Name.LocalName}> is not supported inside <units name=\"{key.Name}\">.");
                }

                result = result.Times(ReadUnit(part, component, key.Name));
            }
        }

        resolving.Remove(key);
        cache[key] = result;
        return result;
    }

    private Unit ReadUnit(XElement part, RawComponent? component, string definedName)
    {
        string name = part.Attribute("units")?.Value ?? throw source.Error(part, $"a <unit> of '{definedName}' has no units attribute.");
        var unit = Resolve(name, component, part);
        double prefix = 0;
        if (part.Attribute("prefix")?.Value is { } p)
        {
            prefix = BuiltInUnits.Prefixes.TryGetValue(p, out int power) ? power
                : int.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out int integer) ? integer
                : throw source.Error(part, $"prefix '{p}' of units '{definedName}' is neither an SI prefix name nor an integer.");
        }

        double exponent = Number(part, "exponent", 1.0, definedName);
        double multiplier = Number(part, "multiplier", 1.0, definedName);
        if (Number(part, "offset", 0.0, definedName) != 0)
        {
            throw source.Error(part, $"units '{definedName}' have an offset; units with offsets (like celsius) are not supported.");
        }

        return unit.Scale(Math.Pow(10, prefix)).Pow(exponent).Scale(multiplier);
    }

    private double Number(XElement part, string attribute, double fallback, string definedName)
    {
        if (part.Attribute(attribute)?.Value is not { } text)
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            ? value
            : throw source.Error(part, $"{attribute}=\"{text}\" of units '{definedName}' is not a finite number.");
    }
}
