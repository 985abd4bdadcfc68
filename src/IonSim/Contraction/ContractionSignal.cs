namespace IonSim.Contraction;

/// <summary>One time-stamped input to the <see cref="ContractionStateMachine"/>.</summary>
/// <param name="TimeMs">When it happened, in milliseconds (an event time located by the integrator, or a protocol edge).</param>
/// <param name="Kind">What happened.</param>
/// <remarks>
/// The factory methods map the integrator's event crossings directly: pass <c>rising: true</c> when the
/// event function crossed zero upward. Feeding signals in time order is the caller's job.
/// </remarks>
public readonly record struct ContractionSignal(double TimeMs, ContractionSignalKind Kind)
{
    /// <summary>A stimulus edge.</summary>
    /// <param name="timeMs">Time of the edge, ms.</param>
    /// <param name="on"><see langword="true"/> for the start of a pulse, <see langword="false"/> for its end.</param>
    /// <returns>The signal.</returns>
    public static ContractionSignal StimulusEdge(double timeMs, bool on) =>
        new(timeMs, on ? ContractionSignalKind.StimulusOn : ContractionSignalKind.StimulusOff);

    /// <summary>A crossing of g = T − activation threshold.</summary>
    /// <param name="timeMs">Located time, ms.</param>
    /// <param name="rising">Whether tension was rising through the threshold.</param>
    /// <returns>The signal.</returns>
    public static ContractionSignal ActivationCrossing(double timeMs, bool rising) =>
        new(timeMs, rising ? ContractionSignalKind.ActivationThresholdRising : ContractionSignalKind.ActivationThresholdFalling);

    /// <summary>A crossing of g = T − rest threshold.</summary>
    /// <param name="timeMs">Located time, ms.</param>
    /// <param name="rising">Whether tension was rising through the threshold.</param>
    /// <returns>The signal.</returns>
    public static ContractionSignal RestCrossing(double timeMs, bool rising) =>
        new(timeMs, rising ? ContractionSignalKind.RestThresholdRising : ContractionSignalKind.RestThresholdFalling);

    /// <summary>A zero of g = dT/dt.</summary>
    /// <param name="timeMs">Located time, ms.</param>
    /// <param name="slopeRising">
    /// Whether dT/dt crossed zero upward (a trough, <see cref="ContractionSignalKind.TensionTrough"/>);
    /// <see langword="false"/> means downward (a peak, <see cref="ContractionSignalKind.TensionPeak"/>).
    /// </param>
    /// <returns>The signal.</returns>
    public static ContractionSignal SlopeZero(double timeMs, bool slopeRising) =>
        new(timeMs, slopeRising ? ContractionSignalKind.TensionTrough : ContractionSignalKind.TensionPeak);
}
