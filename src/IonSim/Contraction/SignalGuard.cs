namespace IonSim.Contraction;

/// <summary>
/// A condition on the machine's context that selects between table rules for the same phase and signal.
/// </summary>
/// <remarks>
/// The context is known from earlier signals alone (stimulus edges and threshold crossings), so guards
/// never need the tension curve itself.
/// </remarks>
public enum SignalGuard
{
    /// <summary>The rule always applies.</summary>
    Always,

    /// <summary>A stimulus pulse is on.</summary>
    StimulusActive,

    /// <summary>No stimulus pulse is on.</summary>
    NoStimulus,

    /// <summary>Tension is above the activation threshold (after the signal).</summary>
    AboveActivationThreshold,

    /// <summary>Tension is below the activation threshold (after the signal).</summary>
    BelowActivationThreshold,

    /// <summary>Tension is above the rest threshold (after the signal).</summary>
    AboveRestThreshold,

    /// <summary>Tension is below the rest threshold (after the signal).</summary>
    BelowRestThreshold,
}
