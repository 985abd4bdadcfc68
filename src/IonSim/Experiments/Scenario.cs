using IonSim.Physiology;

namespace IonSim.Experiments;

/// <summary>A named fiber to simulate, such as "normal Mg²⁺" or "low Mg²⁺".</summary>
/// <param name="Name">A short name for legends, tables and CSV.</param>
/// <param name="Parameters">The fiber's parameters.</param>
public sealed record Scenario(string Name, FiberParameters Parameters)
{
    /// <summary>Gets the scenario's name (not empty).</summary>
    public string Name { get; } = string.IsNullOrWhiteSpace(Name) ? throw new ArgumentException("A scenario's Name must not be empty.", nameof(Name)) : Name;

    /// <summary>Gets the fiber's parameters.</summary>
    public FiberParameters Parameters { get; } = Parameters ?? throw new ArgumentNullException(nameof(Parameters));

    /// <summary>A scenario named after its free Mg²⁺, e.g. "Mg 0.25 mM".</summary>
    /// <param name="parameters">The fiber's parameters.</param>
    /// <returns>The scenario.</returns>
    public static Scenario Named(FiberParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new Scenario(FormattableString.Invariant($"Mg {parameters.FreeMagnesiumMillimolar:0.###} mM"), parameters);
    }
}
