namespace IonSim.Physiology;

/// <summary>How free Mg²⁺ behaves during a simulation.</summary>
public enum MagnesiumMode
{
    /// <summary>Free Mg²⁺ is held at <see cref="FiberParameters.FreeMagnesiumMillimolar"/> (buffered by the cell; the default).</summary>
    Clamped = 0,

    /// <summary>
    /// Free Mg²⁺ is a state variable; total Mg²⁺ (free + bound to parvalbumin, TnC III/IV, regulatory sites and ATP) is conserved,
    /// starting from the rest at <see cref="FiberParameters.FreeMagnesiumMillimolar"/>.
    /// </summary>
    Dynamic = 1,
}
