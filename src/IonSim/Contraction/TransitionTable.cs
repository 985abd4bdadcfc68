using static IonSim.Contraction.ContractionSignalKind;
using static IonSim.Contraction.Phase;
using static IonSim.Contraction.SignalGuard;

namespace IonSim.Contraction;

/// <summary>
/// Every transition the contraction state machine knows, as data. A signal with no matching row in the
/// current phase is an error in the signal stream, never ignored.
/// </summary>
/// <remarks>
/// <para>
/// Rows whose <see cref="TransitionRule.To"/> equals <see cref="TransitionRule.From"/> acknowledge a signal
/// that is expected in that phase but changes nothing (for example the end of a stimulus pulse while
/// release is still under way); they are listed so that "expected" and "impossible" are both explicit.
/// </para>
/// <para>
/// For each phase and signal the guards of the rows are mutually exclusive and together cover every
/// context, so at most one row applies (the tests check this).
/// </para>
/// </remarks>
public static class TransitionTable
{
    /// <summary>Gets all rows of the table.</summary>
    public static IReadOnlyList<TransitionRule> Rules { get; } = Array.AsReadOnly(new TransitionRule[]
    {
        // Rest: tension below the rest threshold, or creeping between the thresholds with no response under way.
        new(Rest, StimulusOn, Always, Activation, "stimulus: Ca²⁺ release begins"),
        new(Rest, StimulusOff, Always, Rest, "stimulus ended after a response too small to leave rest"),
        new(Rest, RestThresholdRising, Always, Rest, "tension creeping above the rest threshold with no stimulus: the spasm clock starts"),
        new(Rest, RestThresholdFalling, Always, Rest, "creeping tension back below the rest threshold"),
        new(Rest, ActivationThresholdRising, StimulusActive, Phase.Contraction, "tension rose through the activation threshold during a stimulus"),
        new(Rest, ActivationThresholdRising, NoStimulus, Spasm, "tension rose through the activation threshold with no stimulus"),
        new(Rest, TensionPeak, Always, Rest, "fluctuation below the activation threshold"),
        new(Rest, TensionTrough, Always, Rest, "fluctuation below the activation threshold"),
        new(Rest, SpasmWindowElapsed, Always, Spasm, "tension stayed above the rest threshold for the spasm window with no stimulus"),

        // Activation: a stimulus arrived; release is under way but tension is not yet rising above the activation threshold.
        new(Activation, StimulusOn, Always, Activation, "further stimulus while release is under way"),
        new(Activation, StimulusOff, Always, Activation, "stimulus ended; release continues"),
        new(Activation, ActivationThresholdRising, Always, Phase.Contraction, "tension rose through the activation threshold"),
        new(Activation, ActivationThresholdFalling, StimulusActive, Activation, "tension of an earlier response still falling while the stimulus lasts"),
        new(Activation, ActivationThresholdFalling, NoStimulus, Relaxation, "the stimulus ended without reversing the fall of the earlier response"),
        new(Activation, RestThresholdRising, Always, Activation, "tension rising toward the activation threshold"),
        new(Activation, RestThresholdFalling, StimulusActive, Activation, "tension of an earlier response still falling while the stimulus lasts"),
        new(Activation, RestThresholdFalling, NoStimulus, Rest, "the stimulus ended without a new rise and tension fell below the rest threshold: relaxed"),
        new(Activation, TensionTrough, AboveActivationThreshold, Phase.Contraction, "tension began to rise again above the activation threshold (summation)"),
        new(Activation, TensionTrough, BelowActivationThreshold, Activation, "tension began to rise below the activation threshold"),
        new(Activation, TensionPeak, AboveRestThreshold, Relaxation, "tension peaked before rising through the activation threshold"),
        new(Activation, TensionPeak, BelowRestThreshold, Rest, "stimulus produced no tension above the rest threshold"),
        new(Activation, SpasmWindowElapsed, Always, Spasm, "tension stayed above the rest threshold for the spasm window after the stimulus"),

        // Contraction: tension rising above the activation threshold.
        new(Phase.Contraction, TensionPeak, Always, Relaxation, "tension peaked: dT/dt crossed zero falling"),
        new(Phase.Contraction, StimulusOn, Always, Phase.Contraction, "further stimulus while tension rises (summation)"),
        new(Phase.Contraction, StimulusOff, Always, Phase.Contraction, "stimulus ended while tension rises"),
        new(Phase.Contraction, SpasmWindowElapsed, Always, Spasm, "tension still rising a spasm window after the last stimulus"),

        // Relaxation: tension falling after a peak.
        new(Relaxation, RestThresholdFalling, Always, Rest, "tension fell below the rest threshold: relaxed"),
        new(Relaxation, StimulusOn, Always, Activation, "new stimulus before the fiber relaxed (train)"),
        new(Relaxation, StimulusOff, Always, Relaxation, "stimulus ended during relaxation"),
        new(Relaxation, ActivationThresholdFalling, Always, Relaxation, "tension fell below the activation threshold"),
        new(Relaxation, TensionTrough, StimulusActive | AboveActivationThreshold, Phase.Contraction, "tension rose again above the activation threshold while the stimulus lasts (tetanus)"),
        new(Relaxation, TensionTrough, StimulusActive | BelowActivationThreshold, Activation, "tension began to rise below the activation threshold while the stimulus lasts"),
        new(Relaxation, TensionTrough, NoStimulus, Relaxation, "tension stopped falling with no stimulus: the spasm clock decides"),
        new(Relaxation, TensionPeak, Always, Relaxation, "secondary peak with no stimulus"),
        new(Relaxation, ActivationThresholdRising, StimulusActive, Phase.Contraction, "tension rose through the activation threshold during a stimulus"),
        new(Relaxation, ActivationThresholdRising, NoStimulus, Spasm, "tension rose through the activation threshold with no stimulus"),
        new(Relaxation, SpasmWindowElapsed, Always, Spasm, "relaxation failed: tension above the rest threshold for the spasm window after the last stimulus"),

        // Spasm: relaxation failed; only falling below the rest threshold ends it.
        new(Spasm, RestThresholdFalling, Always, Rest, "tension finally fell below the rest threshold"),
        new(Spasm, StimulusOn, Always, Spasm, "stimulus during spasm"),
        new(Spasm, StimulusOff, Always, Spasm, "stimulus ended during spasm"),
        new(Spasm, ActivationThresholdRising, Always, Spasm, "tension rising during spasm"),
        new(Spasm, ActivationThresholdFalling, Always, Spasm, "tension falling during spasm"),
        new(Spasm, TensionPeak, Always, Spasm, "peak during spasm"),
        new(Spasm, TensionTrough, Always, Spasm, "trough during spasm"),
    });

    /// <summary>Gets whether some row leads from <paramref name="from"/> to <paramref name="to"/> (a change of phase).</summary>
    /// <param name="from">The phase before.</param>
    /// <param name="to">The phase after.</param>
    /// <returns><see langword="true"/> if the table contains such a transition.</returns>
    public static bool Allows(Phase from, Phase to) =>
        from != to && Rules.Any(r => r.From == from && r.To == to);

    /// <summary>Gets whether the table has any row for <paramref name="signal"/> in <paramref name="phase"/>, whatever the guard.</summary>
    /// <param name="phase">The current phase.</param>
    /// <param name="signal">The signal.</param>
    /// <returns><see langword="true"/> if the signal is expected in that phase in some context.</returns>
    public static bool Expects(Phase phase, ContractionSignalKind signal) =>
        Rules.Any(r => r.From == phase && r.Signal == signal);

    /// <summary>Finds the row that applies, or <see langword="null"/> if the signal is not expected in this phase and context.</summary>
    /// <param name="phase">The current phase.</param>
    /// <param name="signal">The signal.</param>
    /// <param name="context">The context after the signal's effect on it.</param>
    /// <returns>The applicable rule, or <see langword="null"/>.</returns>
    internal static TransitionRule? Find(Phase phase, ContractionSignalKind signal, in SignalContext context)
    {
        foreach (var rule in Rules)
        {
            if (rule.From == phase && rule.Signal == signal && context.Satisfies(rule.Guard))
            {
                return rule;
            }
        }

        return null;
    }
}
