namespace IonSim.Physiology;

/// <summary>The fast-twitch fiber at the three free Mg²⁺ stores of the reference, and at any other.</summary>
public static class FiberPresets
{
    /// <summary>Normal free Mg²⁺, 1.0 mM (the model convention; measured human values 0.4–0.6 mM).</summary>
    public static FiberParameters Normal { get; } = new();

    /// <summary>Low free Mg²⁺ store, 0.25 mM (moderate depletion).</summary>
    public static FiberParameters LowMagnesium { get; } = WithMagnesium(0.25);

    /// <summary>Severe depletion, 0.1 mM free Mg²⁺.</summary>
    public static FiberParameters SevereMagnesium { get; } = WithMagnesium(0.1);

    /// <summary>The presets by name: "normal", "low-magnesium", "severe-magnesium".</summary>
    public static IReadOnlyDictionary<string, FiberParameters> All { get; } = new Dictionary<string, FiberParameters>(StringComparer.OrdinalIgnoreCase)
    {
        ["normal"] = Normal,
        ["low-magnesium"] = LowMagnesium,
        ["severe-magnesium"] = SevereMagnesium,
    };

    /// <summary>The normal fiber with another free Mg²⁺.</summary>
    /// <param name="freeMagnesiumMillimolar">Free Mg²⁺, mM (0.001 to 20).</param>
    /// <returns>The parameters.</returns>
    public static FiberParameters WithMagnesium(double freeMagnesiumMillimolar) => Normal with { FreeMagnesiumMillimolar = freeMagnesiumMillimolar };

    /// <summary>A preset by name (case-insensitive).</summary>
    /// <param name="name">One of the keys of <see cref="All"/>.</param>
    /// <returns>The parameters.</returns>
    /// <exception cref="ArgumentException">No preset has that name; the message lists the names.</exception>
    public static FiberParameters Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return All.TryGetValue(name, out var parameters)
            ? parameters
            : throw new ArgumentException($"There is no fiber preset named '{name}'. Known presets: {string.Join(", ", All.Keys)}.", nameof(name));
    }
}
