using System.Xml.Linq;

namespace IonSim.CellML.Structure;

/// <summary>How a variable may be connected through one of its interfaces.</summary>
internal enum Direction
{
    /// <summary>Not exposed through this interface.</summary>
    None,

    /// <summary>Takes its value from a connected variable (CellML 1.x <c>in</c>).</summary>
    In,

    /// <summary>Gives its value to connected variables (CellML 1.x <c>out</c>).</summary>
    Out,

    /// <summary>Exposed, direction set by where the value is defined (CellML 2.0).</summary>
    Either,
}

/// <summary>A variable as written in its component.</summary>
internal sealed record RawVariable(
    string Component, string Name, string Units, string? InitialValue, Direction Public, Direction Private, XElement Element)
{
    public string Key => Component + "." + Name;
}

/// <summary>A component as written: variables, local units and MathML blocks.</summary>
internal sealed class RawComponent(string name, XElement element)
{
    public string Name { get; } = name;

    public XElement Element { get; } = element;

    public Dictionary<string, RawVariable> Variables { get; } = new(StringComparer.Ordinal);

    public List<RawVariable> VariableOrder { get; } = [];

    public Dictionary<string, XElement> Units { get; } = new(StringComparer.Ordinal);

    public List<XElement> Maths { get; } = [];
}

/// <summary>One <c>map_variables</c> of a connection.</summary>
internal sealed record RawMapping(string Component1, string Variable1, string Component2, string Variable2, XElement Element);

/// <summary>The model's structure as written, before any analysis.</summary>
internal sealed class RawModel(string name, int version)
{
    public string Name { get; } = name;

    /// <summary>Gets 10, 11 or 20 for CellML 1.0, 1.1 and 2.0.</summary>
    public int Version { get; } = version;

    public Dictionary<string, RawComponent> Components { get; } = new(StringComparer.Ordinal);

    public List<RawComponent> ComponentOrder { get; } = [];

    public Dictionary<string, XElement> Units { get; } = new(StringComparer.Ordinal);

    public List<RawMapping> Mappings { get; } = [];

    /// <summary>Gets each encapsulated component's parent.</summary>
    public Dictionary<string, string> Parents { get; } = new(StringComparer.Ordinal);
}
