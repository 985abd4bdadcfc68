namespace IonSim.Contraction;

/// <summary>One row of the <see cref="TransitionTable"/>: in phase <paramref name="From"/>, on <paramref name="Signal"/> when <paramref name="Guard"/> holds, go to <paramref name="To"/>.</summary>
/// <param name="From">The phase the rule applies in.</param>
/// <param name="Signal">The signal it reacts to.</param>
/// <param name="Guard">The context condition that must hold.</param>
/// <param name="To">The phase after the signal; equal to <paramref name="From"/> for a rule that acknowledges a signal without a change.</param>
/// <param name="Cause">Why, in words, recorded in the timeline.</param>
public sealed record TransitionRule(Phase From, ContractionSignalKind Signal, SignalGuard Guard, Phase To, string Cause)
{
    /// <summary>Gets whether the rule changes phase (and so is recorded in the timeline).</summary>
    public bool ChangesPhase => From != To;
}
