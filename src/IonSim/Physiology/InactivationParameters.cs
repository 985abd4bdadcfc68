using IonSim.Internal;

namespace IonSim.Physiology;

/// <summary>
/// Ca²⁺-dependent inactivation of RyR release, a fraction I ∈ [0, 1]:
/// dI/dt = k_inact·Caⁿ/(Caⁿ + Kⁿ)·(1 − I) − k_rec·I. It lets release per pulse fall during a train.
/// </summary>
/// <remarks>
/// No published rate constants for intact mammalian fibres were available to the project; all four values are
/// [assumed] orders of magnitude (onset within the ms of a release, recovery over ~100 ms) and are sensitivity-tested.
/// </remarks>
public sealed record InactivationParameters
{
    /// <summary>Maximal onset rate at saturating Ca²⁺, ms⁻¹. Default 0.45 [fitted] with the half-Ca²⁺ and the recovery to the 67 Hz rows and the tetanus (first release: 0.2 [assumed]).</summary>
    public required double OnsetRatePerMs { get; init => field = Preconditions.RateOrZero(value, nameof(OnsetRatePerMs)); }

    /// <summary>Free Ca²⁺ at half-maximal onset, µM. Default 10.1 [fitted] (first release: 2 [assumed]) so that release continues through a 100 Hz train; checked against Baylor &amp; Hollingworth 2007's 67 Hz train (docs/validation.md).</summary>
    public required double HalfCalciumMicromolar { get; init => field = Preconditions.Concentration(value, nameof(HalfCalciumMicromolar)); }

    /// <summary>Hill coefficient of onset, between 0.5 and 4. Default 2 [assumed], so that resting Ca²⁺ leaves release almost uninactivated.</summary>
    public required double Hill { get; init => field = Preconditions.InRange(value, 0.5, 4, nameof(Hill)); }

    /// <summary>Recovery rate, ms⁻¹. Default 0.0071 (141 ms) [fitted] with the onset; Baylor &amp; Hollingworth 2007 measured 7 s⁻¹ [abstract].</summary>
    public required double RecoveryRatePerMs { get; init => field = Preconditions.Rate(value, nameof(RecoveryRatePerMs)); }
}
