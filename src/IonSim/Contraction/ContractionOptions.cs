using IonSim.Internal;

namespace IonSim.Contraction;

/// <summary>
/// Thresholds and windows of the contraction state machine, and the resolution of the metric searches.
/// Immutable; every value is checked when constructed.
/// </summary>
/// <remarks>
/// <para>
/// Tension in IonSim is a fraction of the maximal Ca²⁺-activated tension (1 = fully activated), so the
/// thresholds are fractions of that maximum and map directly onto event functions g = T − threshold.
/// </para>
/// <para>
/// Defaults, and why a physiologist would accept them: a fast-twitch fibre's twitch peaks at roughly
/// 0.1–0.3 of maximal tetanic tension (twitch/tetanus ratio), so an activation threshold of 0.05 marks
/// the onset of a twitch well before its peak yet far above resting tension, which is practically zero at
/// resting free Ca²⁺ of about 0.05–0.1 µM. A rest threshold of 0.02 (below the activation threshold, so the
/// two form a hysteresis band that noise cannot chatter across) is reached at about 90–95 % relaxation of
/// such a twitch, the range conventionally read as "relaxed" (RT90). Mammalian fast-twitch fibres relax
/// from a twitch within about 50–100 ms and from a brief tetanus within about 100–150 ms at room temperature
/// (e.g. Westerblad &amp; Allen, J Gen Physiol 1991;98:615–635, mouse single fibres), so a spasm window of
/// 200 ms after the last stimulus ends is past any normal relaxation yet short enough to be seen in a
/// simulation of a few hundred milliseconds.
/// </para>
/// </remarks>
public sealed record ContractionOptions
{
    /// <summary>The default activation threshold, fraction of maximal tension.</summary>
    public const double DefaultActivationThresholdFraction = 0.05;

    /// <summary>The default rest threshold, fraction of maximal tension.</summary>
    public const double DefaultRestThresholdFraction = 0.02;

    /// <summary>The default spasm window, ms.</summary>
    public const double DefaultSpasmWindowMs = 200;

    /// <summary>The default response latency, ms.</summary>
    public const double DefaultResponseLatencyMs = 5;

    /// <summary>The default probe step of the metric searches, ms.</summary>
    public const double DefaultProbeStepMs = 0.05;

    /// <summary>The default time tolerance of located peaks and crossings, ms.</summary>
    public const double DefaultTimeToleranceMs = 1e-9;

    /// <summary>Creates options; every argument is optional and defaults to the documented value.</summary>
    /// <param name="activationThresholdFraction">Tension above which a response counts as contraction, fraction of maximal tension; in (0, 1) and above <paramref name="restThresholdFraction"/>.</param>
    /// <param name="restThresholdFraction">Tension below which the fiber counts as at rest, fraction of maximal tension; in (0, 1).</param>
    /// <param name="spasmWindowMs">How long tension may stay above the rest threshold with no stimulus before it counts as spasm, ms; finite and &gt; 0.</param>
    /// <param name="responseLatencyMs">How long after a stimulus's release ends a rise in tension still counts as its response rather than as a rise with no stimulus, ms; finite and ≥ 0.</param>
    /// <param name="probeStepMs">Step at which metric searches probe a curve made of functions to bracket peaks and crossings before refining them, ms; finite and &gt; 0. Only needs to separate features, not to resolve them. A simulation's curve is searched on its solver steps instead (see <see cref="ContractionCurve"/>).</param>
    /// <param name="timeToleranceMs">Width to which probed peaks and crossings are refined, ms; finite, &gt; 0 and below <paramref name="probeStepMs"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range; the message names it and the range.</exception>
    public ContractionOptions(
        double activationThresholdFraction = DefaultActivationThresholdFraction,
        double restThresholdFraction = DefaultRestThresholdFraction,
        double spasmWindowMs = DefaultSpasmWindowMs,
        double probeStepMs = DefaultProbeStepMs,
        double timeToleranceMs = DefaultTimeToleranceMs,
        double responseLatencyMs = DefaultResponseLatencyMs)
    {
        RestThresholdFraction = Preconditions.InOpenRange(restThresholdFraction, 0, 1, nameof(restThresholdFraction));
        ActivationThresholdFraction = Preconditions.InOpenRange(activationThresholdFraction, restThresholdFraction, 1, nameof(activationThresholdFraction));
        SpasmWindowMs = Preconditions.PositiveFinite(spasmWindowMs, nameof(spasmWindowMs));
        ProbeStepMs = Preconditions.PositiveFinite(probeStepMs, nameof(probeStepMs));
        TimeToleranceMs = Preconditions.InOpenRange(timeToleranceMs, 0, probeStepMs, nameof(timeToleranceMs));
        ResponseLatencyMs = Preconditions.NonNegativeFinite(responseLatencyMs, nameof(responseLatencyMs));
    }

    /// <summary>Gets the defaults.</summary>
    public static ContractionOptions Default { get; } = new();

    /// <summary>Gets the tension above which a response counts as contraction, as a fraction of maximal tension (default 0.05).</summary>
    public double ActivationThresholdFraction { get; }

    /// <summary>Gets the tension below which the fiber counts as at rest, as a fraction of maximal tension (default 0.02).</summary>
    public double RestThresholdFraction { get; }

    /// <summary>Gets how long tension may stay above the rest threshold with no stimulus before it counts as spasm, in ms (default 200).</summary>
    public double SpasmWindowMs { get; }

    /// <summary>Gets the step at which metric searches probe a curve made of functions to bracket features, in ms (default 0.05); a simulation's curve is searched on its solver steps.</summary>
    public double ProbeStepMs { get; }

    /// <summary>Gets the width to which probed peaks and crossings are refined, in ms (default 1e-9); tension on a simulation's curve is exact to rounding.</summary>
    public double TimeToleranceMs { get; }

    /// <summary>
    /// Gets how long after a stimulus's release waveform ends the fiber still counts as stimulated, in ms
    /// (default 5). Tension lags release (excitation–contraction coupling): in IonSim's normal twitch it
    /// crosses the activation threshold ~4.4 ms after the stimulus, past the end of the 3.15 ms release
    /// waveform, and in a train it may turn upward after a pulse's window has closed. Without this margin
    /// such a lagging response would read as "tension rising with no stimulus" (spasm). [assumed]
    /// </summary>
    public double ResponseLatencyMs { get; }
}
