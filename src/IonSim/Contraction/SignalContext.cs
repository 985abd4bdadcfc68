namespace IonSim.Contraction;

/// <summary>What the machine knows besides its phase, built from earlier signals only.</summary>
/// <param name="StimulusActive">A stimulus pulse is on.</param>
/// <param name="AboveActivationThreshold">Tension is above the activation threshold.</param>
/// <param name="AboveRestThreshold">Tension is above the rest threshold.</param>
internal readonly record struct SignalContext(bool StimulusActive, bool AboveActivationThreshold, bool AboveRestThreshold)
{
    public bool Satisfies(SignalGuard guard) =>
        Holds(guard, SignalGuard.StimulusActive, StimulusActive)
        && Holds(guard, SignalGuard.NoStimulus, !StimulusActive)
        && Holds(guard, SignalGuard.AboveActivationThreshold, AboveActivationThreshold)
        && Holds(guard, SignalGuard.BelowActivationThreshold, !AboveActivationThreshold)
        && Holds(guard, SignalGuard.AboveRestThreshold, AboveRestThreshold)
        && Holds(guard, SignalGuard.BelowRestThreshold, !AboveRestThreshold);

    private static bool Holds(SignalGuard guard, SignalGuard condition, bool value) =>
        (guard & condition) == 0 || value;

    /// <summary>
    /// The context after <paramref name="signal"/>, or a reason why the signal contradicts this context
    /// (for example a second stimulus start with no end in between).
    /// </summary>
    public (SignalContext Next, string? Contradiction) After(ContractionSignalKind signal) => signal switch
    {
        ContractionSignalKind.StimulusOn when StimulusActive => (this, "a stimulus is already on"),
        ContractionSignalKind.StimulusOn => (this with { StimulusActive = true }, null),
        ContractionSignalKind.StimulusOff when !StimulusActive => (this, "no stimulus is on"),
        ContractionSignalKind.StimulusOff => (this with { StimulusActive = false }, null),
        ContractionSignalKind.ActivationThresholdRising when AboveActivationThreshold => (this, "tension is already above the activation threshold"),
        ContractionSignalKind.ActivationThresholdRising when !AboveRestThreshold => (this, "tension has not risen through the rest threshold"),
        ContractionSignalKind.ActivationThresholdRising => (this with { AboveActivationThreshold = true }, null),
        ContractionSignalKind.ActivationThresholdFalling when !AboveActivationThreshold => (this, "tension is already below the activation threshold"),
        ContractionSignalKind.ActivationThresholdFalling => (this with { AboveActivationThreshold = false }, null),
        ContractionSignalKind.RestThresholdRising when AboveRestThreshold => (this, "tension is already above the rest threshold"),
        ContractionSignalKind.RestThresholdRising => (this with { AboveRestThreshold = true }, null),
        ContractionSignalKind.RestThresholdFalling when !AboveRestThreshold => (this, "tension is already below the rest threshold"),
        ContractionSignalKind.RestThresholdFalling when AboveActivationThreshold => (this, "tension is still above the activation threshold"),
        ContractionSignalKind.RestThresholdFalling => (this with { AboveRestThreshold = false }, null),
        _ => (this, null),
    };
}
