using System.Xml.Linq;
using IonSim.CellML.Xml;

namespace IonSim.CellML.Structure;

/// <summary>
/// Reads a CellML document's structure (components, variables, units, connections, encapsulation),
/// refusing every CellML element it does not understand rather than dropping it.
/// </summary>
internal static class StructureReader
{
    public static RawModel Read(XDocument document, Source source)
    {
        var root = document.Root ?? throw source.Error("the document has no root element.");
        XNamespace ns = root.Name.Namespace;
        if (root.Name.LocalName != "model" || !Namespaces.IsCellML(ns))
        {
            throw source.Error(root, $"the root element is <{root.Name.LocalName}> in namespace '{ns.NamespaceName}'; expected <model> in a CellML namespace ({Namespaces.CellML10.NamespaceName}, {Namespaces.CellML11.NamespaceName} or {Namespaces.CellML20.NamespaceName}).");
        }

        int version = ns == Namespaces.CellML10 ? 10 : ns == Namespaces.CellML11 ? 11 : 20;
        var model = new RawModel(Required(root, "name", source), version);

        // Components first, so connections and groups may name components written after them.
        var elements = root.Elements().OrderBy(e => e.Name.LocalName is "units" or "component" ? 0 : 1).ToList();
        foreach (var element in elements)
        {
            if (element.Name.Namespace != ns)
            {
                // Documentation, RDF metadata and other extension elements carry no mathematics.
                if (Namespaces.IsCellML(element.Name.Namespace) || element.Name.Namespace == Namespaces.MathML)
                {
                    throw source.Error(element, $"<{element.Name.LocalName}> from namespace '{element.Name.NamespaceName}' inside a model of namespace '{ns.NamespaceName}': one file must use one CellML version.");
                }

                continue;
            }

            switch (element.Name.LocalName)
            {
                case "units":
                    AddUnits(model.Units, element, source);
                    break;
                case "component":
                    ReadComponent(model, element, source);
                    break;
                case "connection":
                    ReadConnection(model, element, source);
                    break;
                case "group":
                    ReadGroup(model, element, source);
                    break;
                case "encapsulation":
                    foreach (var reference in Children(element, "component_ref", source))
                    {
                        ReadHierarchy(model, reference, parent: null, source);
                    }

                    break;
                case "import":
                    throw source.Error(element, "<import> is not supported: flatten the model first (OpenCOR: File > Export > CellML 1.0 or 2.0 flattened).");
                default:
                    throw source.Error(element, $"<{element.Name.LocalName}> is not supported; a model may hold units, component, connection, group and encapsulation elements.");
            }
        }

        return model;
    }

    private static void ReadComponent(RawModel model, XElement element, Source source)
    {
        string name = Required(element, "name", source);
        var component = new RawComponent(name, element);
        if (!model.Components.TryAdd(name, component))
        {
            throw source.Error(element, $"component '{name}' is defined twice.");
        }

        model.ComponentOrder.Add(component);
        XNamespace ns = element.Name.Namespace;
        foreach (var child in element.Elements())
        {
            if (child.Name == Namespaces.MathML + "math")
            {
                component.Maths.Add(child);
                continue;
            }

            if (child.Name.Namespace != ns)
            {
                if (Namespaces.IsCellML(child.Name.Namespace))
                {
                    throw source.Error(child, $"<{child.Name.LocalName}> from namespace '{child.Name.NamespaceName}' inside a model of namespace '{ns.NamespaceName}'.");
                }

                continue;
            }

            switch (child.Name.LocalName)
            {
                case "variable":
                    var variable = ReadVariable(model.Version, name, child, source);
                    if (!component.Variables.TryAdd(variable.Name, variable))
                    {
                        throw source.Error(child, $"variable '{variable.Name}' is defined twice in component '{name}'.");
                    }

                    component.VariableOrder.Add(variable);
                    break;
                case "units":
                    AddUnits(component.Units, child, source);
                    break;
                case "reaction":
                    throw source.Error(child, $"<reaction> in component '{name}' is not supported: only MathML equations are.");
                case "reset":
                    throw source.Error(child, $"<reset> in component '{name}' is not supported.");
                default:
                    throw source.Error(child, $"<{child.Name.LocalName}> in component '{name}' is not supported; a component may hold variable, units and math elements.");
            }
        }
    }

    private static RawVariable ReadVariable(int version, string component, XElement element, Source source)
    {
        string name = Required(element, "name", source);
        string units = Required(element, "units", source);
        string? initial = element.Attribute("initial_value")?.Value.Trim();
        Direction publicInterface, privateInterface;
        if (version == 20)
        {
            string value = element.Attribute("interface")?.Value ?? "none";
            (publicInterface, privateInterface) = value switch
            {
                "none" => (Direction.None, Direction.None),
                "public" => (Direction.Either, Direction.None),
                "private" => (Direction.None, Direction.Either),
                "public_and_private" => (Direction.Either, Direction.Either),
                _ => throw source.Error(element, $"variable '{component}.{name}' has interface=\"{value}\"; allowed: none, public, private, public_and_private."),
            };
        }
        else
        {
            publicInterface = ReadDirection(element, "public_interface", component, name, source);
            privateInterface = ReadDirection(element, "private_interface", component, name, source);
        }

        return new RawVariable(component, name, units, initial, publicInterface, privateInterface, element);
    }

    private static Direction ReadDirection(XElement element, string attribute, string component, string name, Source source)
    {
        string value = element.Attribute(attribute)?.Value ?? "none";
        return value switch
        {
            "none" => Direction.None,
            "in" => Direction.In,
            "out" => Direction.Out,
            _ => throw source.Error(element, $"variable '{component}.{name}' has {attribute}=\"{value}\"; allowed: in, out, none."),
        };
    }

    private static void ReadConnection(RawModel model, XElement element, Source source)
    {
        XNamespace ns = element.Name.Namespace;
        string? component1 = element.Attribute("component_1")?.Value;
        string? component2 = element.Attribute("component_2")?.Value;
        foreach (var child in element.Elements().Where(e => e.Name.Namespace == ns))
        {
            switch (child.Name.LocalName)
            {
                case "map_components" when model.Version != 20:
                    component1 = Required(child, "component_1", source);
                    component2 = Required(child, "component_2", source);
                    break;
                case "map_variables":
                    if (component1 is null || component2 is null)
                    {
                        throw source.Error(child, "<map_variables> before the connection names its two components.");
                    }

                    var c1 = Require(model, component1, source, child);
                    var c2 = Require(model, component2, source, child);
                    string v1 = Required(child, "variable_1", source);
                    string v2 = Required(child, "variable_2", source);
                    RequireVariable(c1, v1, source, child);
                    RequireVariable(c2, v2, source, child);
                    model.Mappings.Add(new RawMapping(component1, v1, component2, v2, child));
                    break;
                default:
                    throw source.Error(child, $"<{child.Name.LocalName}> is not supported inside <connection>.");
            }
        }

        if (component1 is null || component2 is null)
        {
            throw source.Error(element, "a <connection> must name its two components.");
        }

        if (component1 == component2)
        {
            throw source.Error(element, $"a connection joins component '{component1}' to itself.");
        }
    }

    private static void ReadGroup(RawModel model, XElement element, Source source)
    {
        XNamespace ns = element.Name.Namespace;
        var relations = element.Elements(ns + "relationship_ref").Select(r => r.Attribute("relationship")?.Value).ToList();
        if (!relations.Contains("encapsulation"))
        {
            return; // containment and other groups only describe; they change no mathematics.
        }

        foreach (var reference in Children(element, "component_ref", source))
        {
            ReadHierarchy(model, reference, parent: null, source);
        }
    }

    private static void ReadHierarchy(RawModel model, XElement reference, string? parent, Source source)
    {
        string name = Required(reference, "component", source);
        Require(model, name, source, reference);
        if (parent is not null)
        {
            if (model.Parents.TryGetValue(name, out string? existing) && existing != parent)
            {
                throw source.Error(reference, $"component '{name}' is encapsulated by both '{existing}' and '{parent}'.");
            }

            model.Parents[name] = parent;
        }

        foreach (var child in Children(reference, "component_ref", source))
        {
            ReadHierarchy(model, child, name, source);
        }
    }

    private static IEnumerable<XElement> Children(XElement element, string localName, Source source)
    {
        foreach (var child in element.Elements().Where(e => e.Name.Namespace == element.Name.Namespace))
        {
            if (child.Name.LocalName == localName)
            {
                yield return child;
            }
            else if (child.Name.LocalName != "relationship_ref")
            {
                throw source.Error(child, $"<{child.Name.LocalName}> is not supported inside <{element.Name.LocalName}>.");
            }
        }
    }

    private static void AddUnits(Dictionary<string, XElement> units, XElement element, Source source)
    {
        string name = Required(element, "name", source);
        if (!units.TryAdd(name, element))
        {
            throw source.Error(element, $"units '{name}' are defined twice.");
        }
    }

    private static RawComponent Require(RawModel model, string name, Source source, XElement? at) =>
        model.Components.TryGetValue(name, out var component)
            ? component
            : throw source.Error(at, $"no component named '{name}'.");

    private static void RequireVariable(RawComponent component, string name, Source source, XElement at)
    {
        if (!component.Variables.ContainsKey(name))
        {
            throw source.Error(at, $"component '{component.Name}' has no variable '{name}'.");
        }
    }

    private static string Required(XElement element, string attribute, Source source) =>
        element.Attribute(attribute)?.Value is { Length: > 0 } value
            ? value
            : throw source.Error(element, $"<{element.Name.LocalName}> has no {attribute} attribute.");
}
