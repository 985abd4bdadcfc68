using IonSim.Contraction;

namespace IonSim.Experiments;

/// <summary>One free Mg²⁺ level of a magnesium dose–response sweep.</summary>
/// <param name="FreeMagnesiumMillimolar">The free Mg²⁺, mM.</param>
/// <param name="Twitches">The metrics of each pulse's twitch (empty when the fiber had no rest).</param>
/// <param name="Train">The train metrics for protocols of two pulses or more, else null.</param>
/// <param name="HasSpasm">Whether relaxation failed.</param>
/// <param name="EndedAtRest">Whether the fiber was at rest at the end.</param>
/// <param name="Failure">Why this level could not be simulated (e.g. no rest exists), or null.</param>
public sealed record MagnesiumSweepPoint(
    double FreeMagnesiumMillimolar, IReadOnlyList<TwitchMetrics> Twitches, TrainMetrics? Train, bool HasSpasm, bool EndedAtRest, string? Failure);

/// <summary>One frequency of a force–frequency sweep.</summary>
/// <param name="FrequencyHz">The stimulation frequency, Hz.</param>
/// <param name="PulseCount">Pulses in the train.</param>
/// <param name="MeanTension">Mean tension over the train (first pulse to one interval after the last), fraction of maximal.</param>
/// <param name="PeakTension">Peak tension, fraction of maximal.</param>
/// <param name="FusionIndex">Fusion index of the last interval (1 = fused tetanus), NaN for a single pulse.</param>
/// <param name="RelaxedBetweenPulses">Whether tension fell below the rest threshold between every pair of pulses.</param>
/// <param name="HasSpasm">Whether relaxation failed after the train.</param>
public sealed record FrequencySweepPoint(
    double FrequencyHz, int PulseCount, double MeanTension, double PeakTension, double FusionIndex, bool RelaxedBetweenPulses, bool HasSpasm);

/// <summary>A steady-state force–pCa curve at one free Mg²⁺, with its Hill fit.</summary>
/// <param name="FreeMagnesiumMillimolar">The free Mg²⁺, mM.</param>
/// <param name="Pca">The pCa values (−log₁₀ of free Ca²⁺ in M).</param>
/// <param name="Tension">Steady-state tension at each pCa, fraction of maximal.</param>
/// <param name="Fit">The Hill fit (pCa₅₀, Hill coefficient, maximal tension).</param>
public sealed record ForcePcaCurve(double FreeMagnesiumMillimolar, IReadOnlyList<double> Pca, IReadOnlyList<double> Tension, HillFitResult Fit);
