namespace IonSim.Contraction;

/// <summary>What happened at a <see cref="ContractionSignal"/>: a stimulus edge or a located event on the tension.</summary>
/// <remarks>
/// Each kind corresponds to one event the integrator locates on its dense output, so transition times are
/// exact to the event tolerance and never depend on an output grid.
/// </remarks>
public enum ContractionSignalKind
{
    /// <summary>A stimulus pulse starts (rising edge of the protocol).</summary>
    StimulusOn,

    /// <summary>A stimulus pulse ends (falling edge of the protocol).</summary>
    StimulusOff,

    /// <summary>Tension rises through the activation threshold (event g = T − activation threshold, rising).</summary>
    ActivationThresholdRising,

    /// <summary>Tension falls through the activation threshold (event g = T − activation threshold, falling).</summary>
    ActivationThresholdFalling,

    /// <summary>Tension rises through the rest threshold (event g = T − rest threshold, rising).</summary>
    RestThresholdRising,

    /// <summary>Tension falls through the rest threshold (event g = T − rest threshold, falling).</summary>
    RestThresholdFalling,

    /// <summary>A tension maximum: dT/dt crosses zero falling.</summary>
    TensionPeak,

    /// <summary>A tension minimum: dT/dt crosses zero rising.</summary>
    TensionTrough,

    /// <summary>
    /// Tension has stayed above the rest threshold, with no stimulus, for <see cref="ContractionOptions.SpasmWindowMs"/>.
    /// The state machine raises this itself from its own clock; callers never feed it.
    /// </summary>
    SpasmWindowElapsed,
}
