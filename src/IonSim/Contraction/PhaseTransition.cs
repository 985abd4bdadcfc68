namespace IonSim.Contraction;

/// <summary>A change of phase in a simulation's timeline.</summary>
/// <param name="TimeMs">When it happened, in milliseconds (the time of the signal that caused it).</param>
/// <param name="From">The phase before.</param>
/// <param name="To">The phase after.</param>
/// <param name="Signal">The signal that triggered it.</param>
/// <param name="Cause">Why, in words (from the <see cref="TransitionTable"/>).</param>
public sealed record PhaseTransition(double TimeMs, Phase From, Phase To, ContractionSignalKind Signal, string Cause);
