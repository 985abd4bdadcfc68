namespace IonSim.CellML;

/// <summary>What a model variable is, once connections and equations are analysed.</summary>
public enum VariableKind
{
    /// <summary>The variable of integration (usually time) that every <c>diff</c> differentiates by.</summary>
    VariableOfIntegration,

    /// <summary>A state: defined by a differential equation and an initial value.</summary>
    State,

    /// <summary>Defined by an equation that depends on the states or on the variable of integration.</summary>
    Algebraic,

    /// <summary>A constant given by an initial value; can be overridden.</summary>
    Parameter,

    /// <summary>Defined by an equation (or an initial value naming another variable) that depends only on constants.</summary>
    ComputedConstant,
}
