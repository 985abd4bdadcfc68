namespace IonSim.Contraction;

/// <summary>The phase a fiber is in, as the contraction state machine sees it.</summary>
/// <remarks>
/// Which phase follows which, and on what signal, is data: see <see cref="TransitionTable"/>.
/// </remarks>
public enum Phase
{
    /// <summary>Tension is below the rest threshold (or creeping between the rest and activation thresholds) and no response is under way.</summary>
    Rest,

    /// <summary>A stimulus has arrived and Ca²⁺ release is under way, but tension has not yet started to rise above the activation threshold.</summary>
    Activation,

    /// <summary>Tension is rising above the activation threshold.</summary>
    Contraction,

    /// <summary>Tension is falling after a peak and has not yet reached the rest threshold.</summary>
    Relaxation,

    /// <summary>Relaxation failed: tension stayed above the rest threshold for longer than the spasm window with no stimulus, or rose through the activation threshold with no stimulus.</summary>
    Spasm,
}
