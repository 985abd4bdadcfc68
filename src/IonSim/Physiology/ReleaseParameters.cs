using IonSim.Internal;

namespace IonSim.Physiology;

/// <summary>
/// SR Ca²⁺ release through RyR1 plus a passive leak, all as permeabilities referred to the myoplasmic volume:
/// J_rel = (1 − I)·[k_V·R(t)·m_V(Mg) + k_rest·m_rest(Mg) + k_CICR·a(Ca, Mg)·i(Ca, Mg)]·(Ca_SR − Ca) + k_leak·(Ca_SR − Ca),
/// where R(t) is the stimulus waveform, I the Ca²⁺-dependent inactivation (<see cref="InactivationParameters"/>),
/// m_V and m_rest Mg²⁺ inhibition factors normalised to 1 at the reference Mg²⁺, and a, i the occupancies of the
/// channel's activating (A) and inhibitory (I) sites, at which Ca²⁺ and Mg²⁺ compete.
/// </summary>
/// <remarks>Every value must be greater than 0 and physically possible (at most 1 M for a constant, 10⁶ ms⁻¹ for a permeability)
/// unless stated otherwise.</remarks>
public sealed record ReleaseParameters
{
    /// <summary>
    /// Peak permeability of the stimulus-driven (voltage-sensor-coupled) release, ms⁻¹. Default 0.2368 [fitted]: the one free
    /// scale of the release waveform, fitted so that the normal preset's release flux peaks at 212 µM/ms, the middle of the
    /// 200–225 µM/ms measured for one action potential by Baylor &amp; Hollingworth 2007 (J Gen Physiol 130:283) [abstract].
    /// </summary>
    public required double StimulusPermeabilityPerMs { get; init => field = Preconditions.Rate(value, nameof(StimulusPermeabilityPerMs)); }

    /// <summary>
    /// Width of the release waveform of one stimulus, R(τ) = sin²(πτ/width) for 0 ≤ τ ≤ width, ms (between 0.1 and 100).
    /// Default 3.15 [fitted] so that the normal preset's release flux lasts ≈ 1.6 ms at half maximum
    /// (Baylor &amp; Hollingworth 2007) [abstract].
    /// </summary>
    public required double ActivationWidthMs { get; init => field = Preconditions.InRange(value, 0.1, 100, nameof(ActivationWidthMs)); }

    /// <summary>
    /// Resting (polarised) RyR permeability, ms⁻¹. Default 1.103×10⁻⁴ [fitted] so that the normal preset rests at 0.050 µM free Ca²⁺,
    /// between the 40 nM measured in frog cut fibres (J Physiol 1991, PMID 1667802) [abstract] and Shorten's 0.1 µM initial value.
    /// Shorten's own Ríos–Stern resting open probability cannot serve: it exceeds SERCA's capacity (their archived state is not a rest).
    /// </summary>
    public required double RestingPermeabilityPerMs { get; init => field = Preconditions.RateOrZero(value, nameof(RestingPermeabilityPerMs)); }

    /// <summary>
    /// Passive SR leak, ms⁻¹ (may be 0). Default 4.87×10⁻⁵: Shorten et al. (2007, CellML) L_e = 2×10⁻⁵ µm³/ms in each of two
    /// compartments divided by their myoplasmic volume 0.8207 µm³ [derived]. Not Mg²⁺-dependent and not inactivated.
    /// </summary>
    public required double LeakPermeabilityPerMs { get; init => field = Preconditions.RateOrZero(value, nameof(LeakPermeabilityPerMs)); }

    /// <summary>
    /// Maximal permeability of Ca²⁺-induced release (channels opened by Ca²⁺ at the A-site), ms⁻¹ (may be 0). Default 0.004 [assumed]:
    /// no source constrains the CICR share of release in intact fibres; at the normal rest this value makes CICR ≈ 1 % of
    /// resting SR outflow (see docs/model.md for its sensitivity, which dominates the low-Mg²⁺ behaviour).
    /// </summary>
    public required double CalciumInducedPermeabilityPerMs { get; init => field = Preconditions.RateOrZero(value, nameof(CalciumInducedPermeabilityPerMs)); }

    /// <summary>
    /// Mg²⁺ half-inhibition of stimulus-driven (action-potential) release, mM. Default 0.85 [fitted]: the Hill-1 constant for which raising
    /// free Mg²⁺ from 1 to 3 mM lowers the Ca²⁺ released by one AP by 40 %, as measured in mechanically skinned rat EDL fibres by Dutka &amp;
    /// Lamb 2004 (J Physiol 560:451) [abstract]. (Fitting the channel's drive instead, (1 + 1/K)/(1 + 3/K) = 0.6, gives 2 mM, but release is
    /// self-limiting, so the amount then falls only 29 %.) Jóna et al. 2001's 0.174 mM was measured in steadily depolarised, voltage-clamped
    /// fibres, a different release mode; the first release used it and overstated the Mg²⁺ brake.
    /// </summary>
    public required double StimulusMagnesiumHalfInhibitionMillimolar { get; init => field = Preconditions.ConcentrationMillimolar(value, nameof(StimulusMagnesiumHalfInhibitionMillimolar)); }

    /// <summary>
    /// Hill coefficient of Mg²⁺ inhibition of stimulus-driven and resting release, between 0.5 and 4. Default 1
    /// (Jóna et al. 2001, fibres: n = 1) [abstract]; the bilayer value 1.83 is the upper bracket of its sensitivity test.
    /// </summary>
    public required double MagnesiumInhibitionHill { get; init => field = Preconditions.InRange(value, 0.5, 4, nameof(MagnesiumInhibitionHill)); }

    /// <summary>
    /// Mg²⁺ half-inhibition of resting release, mM. Default 0.085 [assumed]: the channel binds Mg²⁺ "about 10 times" more tightly in polarised
    /// than in depolarised fibres (Jóna et al. 2001, Pflügers Arch) [abstract; the factor 10 is approximate], applied to the AP-evoked
    /// 0.85 mM above. Owen, Taske &amp; Lamb 1997 (Am J Physiol 272:C203) [abstract] saw spontaneous release in normal skinned fibres only when
    /// free Mg²⁺ was lowered to ≈ 0.1 mM, the check this constant is held to (docs/validation.md).
    /// </summary>
    public required double RestingMagnesiumHalfInhibitionMillimolar { get; init => field = Preconditions.ConcentrationMillimolar(value, nameof(RestingMagnesiumHalfInhibitionMillimolar)); }

    /// <summary>Ca²⁺ dissociation constant of the RyR1 activating (A) site, µM. Default 0.29 (Balog et al. 2001, Biophys J 81:2050) [abstract].</summary>
    public required double ActivatingSiteCalciumMicromolar { get; init => field = Preconditions.Concentration(value, nameof(ActivatingSiteCalciumMicromolar)); }

    /// <summary>Mg²⁺ dissociation constant of the A-site (competitive with Ca²⁺), µM. Default 21.6 (Balog et al. 2001) [abstract].</summary>
    public required double ActivatingSiteMagnesiumMicromolar { get; init => field = Preconditions.Concentration(value, nameof(ActivatingSiteMagnesiumMicromolar)); }

    /// <summary>Ca²⁺ dissociation constant of the inhibitory (I) site, µM. Default 293 (Balog et al. 2001) [abstract].</summary>
    public required double InhibitorySiteCalciumMicromolar { get; init => field = Preconditions.Concentration(value, nameof(InhibitorySiteCalciumMicromolar)); }

    /// <summary>Mg²⁺ dissociation constant of the I-site, µM. Default 299 (Balog et al. 2001) [abstract].</summary>
    public required double InhibitorySiteMagnesiumMicromolar { get; init => field = Preconditions.Concentration(value, nameof(InhibitorySiteMagnesiumMicromolar)); }
}
