using IonSim.Internal;

namespace IonSim.Physiology;

/// <summary>
/// The SR Ca²⁺ pump: J = V_max·Caⁿ/(Kⁿ + Caⁿ)·s(Mg), in µM of myoplasm per ms, with the Mg²⁺ factor
/// s(Mg) = [Mg/(K_s + Mg)] / [Mg_ref/(K_s + Mg_ref)] that equals 1 at the reference Mg²⁺.
/// </summary>
public sealed record SercaParameters
{
    /// <summary>
    /// Maximal uptake rate, µM of myoplasm per ms. Default 6.2 [fitted] so that free Ca²⁺ stays up through a 100 Hz train (docs/validation.md); Shorten's value is 11.88: Shorten et al. (2007, CellML) ν_SR = 4.875 µM·µm³/ms in each of
    /// their two compartments, divided by their myoplasmic volume 0.8207 µm³ [derived].
    /// </summary>
    public required double MaxRateMicromolarPerMs { get; init => field = Preconditions.Rate(value, nameof(MaxRateMicromolarPerMs)); }

    /// <summary>Half-saturating free Ca²⁺, µM. Default 1 (Shorten et al. 2007, CellML, K_SR).</summary>
    public required double HalfSaturationMicromolar { get; init => field = Preconditions.Concentration(value, nameof(HalfSaturationMicromolar)); }

    /// <summary>Hill coefficient of Ca²⁺ activation, between 0.5 and 4. Default 1 (Shorten et al. 2007, CellML).</summary>
    public required double HillCoefficient { get; init => field = Preconditions.InRange(value, 0.5, 4, nameof(HillCoefficient)); }

    /// <summary>
    /// Free Mg²⁺ at which pump activity is half of its saturating value, mM. Default 0.1 [assumed]: no published fit was found;
    /// the saturating form meets the constraint of Kabbara &amp; Stephenson 1994 (Pflügers Arch 428:331, rat EDL: uptake rises
    /// from low Mg²⁺ to an optimum near 1 mM and is not inhibited up to 3 mM) [abstract]. Sensitivity-tested between 0.03 and 0.3 mM.
    /// </summary>
    public required double MagnesiumHalfActivationMillimolar { get; init => field = Preconditions.ConcentrationMillimolar(value, nameof(MagnesiumHalfActivationMillimolar)); }
}
