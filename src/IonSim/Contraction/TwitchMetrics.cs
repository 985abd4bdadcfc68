namespace IonSim.Contraction;

/// <summary>
/// Numbers describing one twitch, measured on the continuous curve by <see cref="ContractionMetrics.Twitch"/>.
/// Times are from the stimulus or from the peak as stated; a time that the window does not reach (for
/// example no 90 % relaxation before the next stimulus) is <see cref="double.NaN"/>.
/// </summary>
/// <remarks>
/// Relaxation levels are taken on developed tension, above the resting tension at the stimulus: RT50 is the
/// time from the peak until tension has fallen back by half of (peak − resting), RT90 by 90 %. This is the
/// usual convention for half-relaxation time in muscle mechanics.
/// </remarks>
public sealed record TwitchMetrics
{
    /// <summary>Gets the time of the stimulus that starts the twitch, ms.</summary>
    public required double StimulusTimeMs { get; init; }

    /// <summary>Gets the end of the window the twitch was measured in (next stimulus or end of simulation), ms.</summary>
    public required double WindowEndMs { get; init; }

    /// <summary>Gets the peak tension, fraction of maximal tension.</summary>
    public required double PeakTension { get; init; }

    /// <summary>Gets the time from the stimulus to the tension peak, ms.</summary>
    public required double TimeToPeakMs { get; init; }

    /// <summary>Gets RT50: time from the peak until developed tension has fallen to 50 %, ms.</summary>
    public required double HalfRelaxationTimeMs { get; init; }

    /// <summary>Gets RT90: time from the peak until developed tension has fallen to 10 % (90 % relaxed), ms.</summary>
    public required double Rt90Ms { get; init; }

    /// <summary>Gets the duration at half maximum (FDHM): time between the rise through and the fall through half of developed tension, ms.</summary>
    public required double DurationAtHalfMaximumMs { get; init; }

    /// <summary>Gets the tension–time integral ∫T dt over the window, in ms (tension is dimensionless).</summary>
    public required double TensionTimeIntegralMs { get; init; }

    /// <summary>Gets the peak free Ca²⁺, µM.</summary>
    public required double PeakFreeCalciumMicromolar { get; init; }

    /// <summary>Gets the time from the stimulus to the free Ca²⁺ peak, ms.</summary>
    public required double TimeToPeakCalciumMs { get; init; }

    /// <summary>Gets the full duration at half maximum of the free Ca²⁺ transient (above its resting level), ms.</summary>
    public required double CalciumDurationAtHalfMaximumMs { get; init; }

    /// <summary>Gets the free Ca²⁺ at the stimulus, µM.</summary>
    public required double RestingCalciumBeforeMicromolar { get; init; }

    /// <summary>Gets the free Ca²⁺ at the end of the window, µM.</summary>
    public required double RestingCalciumAfterMicromolar { get; init; }

    /// <summary>Gets the tension at the stimulus, fraction of maximal tension.</summary>
    public required double RestingTensionBefore { get; init; }

    /// <summary>Gets the tension at the end of the window, fraction of maximal tension.</summary>
    public required double RestingTensionAfter { get; init; }
}
