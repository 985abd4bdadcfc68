using IonSim.CellML.Compilation;

namespace IonSim.CellML;

/// <summary>
/// A variable of a CellML component, e.g. <c>razumova.A_2</c>. Connected variables share one value;
/// each is reported in its own units, converted by the connection's conversion factor. Immutable.
/// </summary>
public sealed class ModelVariable
{
    internal ModelVariable(VariableInfo info)
    {
        Info = info;
        Component = info.Raw.Component;
        Name = info.Raw.Name;
        Units = info.Raw.Units;
    }

    /// <summary>Gets the component's name.</summary>
    public string Component { get; }

    /// <summary>Gets the variable's name within its component.</summary>
    public string Name { get; }

    /// <summary>Gets <c>component.variable</c>, the name by which the variable is looked up.</summary>
    public string QualifiedName => Component + "." + Name;

    /// <summary>Gets the name of the variable's units, as the file writes it.</summary>
    public string Units { get; }

    /// <summary>Gets what the variable is: state, algebraic, parameter, computed constant or variable of integration.</summary>
    public VariableKind Kind => Info.Class.Kind;

    /// <summary>Gets the index of the state this variable reads (whatever its component), or -1 if it is not a state.</summary>
    public int StateIndex => Kind == VariableKind.State ? Info.Class.Index : -1;

    /// <summary>Gets whether this is the variable that defines its value (not a connected copy of another).</summary>
    public bool IsDefinition => ReferenceEquals(Info.Class.Definer, Info.Raw);

    internal VariableInfo Info { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{QualifiedName} [{Units}]";
}
