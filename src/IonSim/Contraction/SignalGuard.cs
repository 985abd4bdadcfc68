namespace IonSim.Contraction;

/// <summary>
/// A condition on the machine's context that selects between table rules for the same phase and signal.
/// </summary>
/// <remarks>
/// The context is known from earlier signals alone (stimulus edges and threshold crossings), so guards
/// never need the tension curve itself. Flags combine: a rule applies when every condition set holds.
/// </remarks>
[Flags]
public enum SignalGuard
{
    /// <summary>The rule always applies.</summary>
    Always = 0,

    /// <summary>A stimulus pulse is on.</summary>
    StimulusActive = 1,

    /// <summary>No stimulus pulse is on.</summary>
    NoStimulus = 2,

    /// <summary>Tension is above the activation threshold (after the signal).</summary>
    AboveActivationThreshold = 4,

    /// <summary>Tension is below the activation threshold (after the signal).</summary>
    BelowActivationThreshold = 8,

    /// <summary>Tension is above the rest threshold (after the signal).</summary>
    AboveRestThreshold = 16,

    /// <summary>Tension is below the rest threshold (after the signal).</summary>
    BelowRestThreshold = 32,
}
