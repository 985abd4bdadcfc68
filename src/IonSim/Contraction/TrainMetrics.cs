namespace IonSim.Contraction;

/// <summary>Numbers describing a train of stimuli, measured on the continuous curve by <see cref="ContractionMetrics.Train"/>.</summary>
public sealed record TrainMetrics
{
    /// <summary>Gets the number of pulses in the train.</summary>
    public required int PulseCount { get; init; }

    /// <summary>Gets the mean tension from the first pulse to the end of the window (∫T dt divided by the window length), fraction of maximal tension.</summary>
    public required double MeanTension { get; init; }

    /// <summary>Gets the largest tension in the window, fraction of maximal tension.</summary>
    public required double PeakTension { get; init; }

    /// <summary>Gets the peak of the last component (after the last pulse), fraction of maximal tension.</summary>
    public required double LastPeakTension { get; init; }

    /// <summary>Gets the deepest relaxation before the last component, fraction of maximal tension.</summary>
    public required double LastTroughTension { get; init; }

    /// <summary>
    /// Gets the fusion index a/b of Celichowski &amp; Grottel (Arch Ital Biol 1995;133:81–87): a is the tension,
    /// above the baseline before the train, to which the fiber relaxed before the last component, and b the
    /// peak of the last component above the same baseline, within [0, 1]. 0 means fully relaxed between pulses (also when
    /// the last trough falls under the pre-train baseline), 1 a fully fused tetanus;
    /// <see cref="double.NaN"/> if the last component has no developed tension.
    /// </summary>
    public required double FusionIndex { get; init; }

    /// <summary>Gets the lowest tension reached between consecutive components, fraction of maximal tension.</summary>
    public required double MinimumTroughTension { get; init; }

    /// <summary>Gets whether tension fell below the rest threshold between every pair of consecutive pulses.</summary>
    public required bool RelaxedBetweenPulses { get; init; }
}
