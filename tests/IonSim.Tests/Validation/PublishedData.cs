namespace IonSim.Tests.Validation;

/// <summary>
/// One published quantity the normal fibre is held to: what was measured, the band the model must hit and where the band comes
/// from. A row the model honestly misses carries the value the model gives today (<see cref="PinnedModelValue"/>) and why, so the
/// miss is listed in docs/validation.md and a regression still fails.
/// </summary>
public sealed record ValidationRow(
    string Id,
    string Quantity,
    string Published,
    double Low,
    double High,
    string Source,
    double? PinnedModelValue = null,
    double PinTolerance = 0,
    string? MissReason = null);

/// <summary>The validation table (docs/validation.md shows it with the model's values).</summary>
public static class PublishedData
{
    public static IReadOnlyList<ValidationRow> Rows { get; } =
    [
        new("pca50", "Skinned force–pCa at 1 mM Mg²⁺: pCa₅₀", "5.8–6.0", 5.8, 6.0,
            "[typical] mammalian fast skinned fibres, 20–22 °C (physiology-v2.md §1; no primary number retrieved)"),
        new("hill", "Skinned force–pCa: Hill slope", "2.5–5", 2.5, 5.0,
            "[typical] as above; fast fibres steeper than slow (Stephenson & Williams 1981) [abstract]"),
        new("fade", "100 Hz, 500 ms train: fade of the plateau (1 − late mean/peak)", "≤ 0.10 (fresh fibre, no fatigue modelled)", 0, 0.10,
            "issue 9 target; fused, sustained tetani of fresh isolated mouse fibres [typical]"),
        new("twitch-tetanus", "Twitch : tetanus (peak twitch / peak of the force–frequency curve)", "0.15–0.35", 0.15, 0.35,
            "[typical] fast mammalian muscle (physiology-v2.md §1)"),
        new("ff-monotonic", "Force–frequency never falls from 1 to 150 Hz (1 = yes; 1 and 10 Hz share the single twitch's peak)", "yes", 1, 1, "issue 9 target"),
        new("ff-half", "Force–frequency: frequency of half-maximal peak force, Hz", "30–60", 30, 60,
            "[typical] mouse fast muscle at 25 °C (physiology-v2.md §1)"),
        new("ff-100", "Force at 100 Hz / maximum of the curve", "≥ 0.95", 0.95, 1.0, "issue 9 target; maximal force near 100 Hz in isolated fibres [typical]",
            0.916, 0.015, "the 100 Hz tetanus is fused but not saturated: late-train Ca²⁺ stays near 1 µM, on the upper shoulder of a myofilament whose skinned pCa₅₀ is 6.0, so 150 Hz still adds 8 %; a more sensitive filament would meet this row and push the skinned pCa₅₀ out of its band"),
        new("ttp", "Twitch time to peak, ms", "22–45 (25 °C)", 22, 45,
            "Lännergren & Westerblad 1987, J Physiol, mouse FDB single fibres: 7–14 ms at 35 °C, Q10 3.2 [abstract]; scaled to 25 °C [derived]"),
        new("rt50", "Twitch half-relaxation time, ms", "24–60 (25 °C)", 24, 60,
            "Lännergren & Westerblad 1987: 6–15 ms at 35 °C, Q10 4.0 [abstract]; scaled to 25 °C [derived]"),
        new("ca-peak", "Free Ca²⁺ transient of one AP: peak, µM", "18.5 ± 0.5 (band ±40 %)", 11.1, 25.9,
            "Baylor & Hollingworth 2003, J Physiol 551:125, mouse fast fibres, furaptra, 16 °C [abstract]"),
        new("ca-fdhm", "Free Ca²⁺ transient: FDHM, ms", "4.9 ± 0.3 (band ±40 %)", 2.94, 6.86, "Baylor & Hollingworth 2003 [abstract]"),
        new("release-peak", "Release flux of one AP: peak, µM/ms", "200–225", 200, 225,
            "Baylor & Hollingworth 2007, J Gen Physiol 130:283 [abstract] (the release scale is fitted to it)"),
        new("release-fdhm", "Release flux of one AP: FDHM, ms", "≈ 1.6 (band 1.4–1.8)", 1.4, 1.8, "Baylor & Hollingworth 2007 [abstract]"),
        new("train67-2", "67 Hz train: release of AP 2 / AP 1", "0.25 falling to 0.15 over APs 2–5 (band 0.15–0.30)", 0.15, 0.30,
            "Baylor & Hollingworth 2007 [abstract]"),
        new("train67-5", "67 Hz train: release of AP 5 / AP 1", "≈ 0.15 (band 0.12–0.25)", 0.12, 0.25, "Baylor & Hollingworth 2007 [abstract]"),
        new("mg3-release", "AP-evoked release at 3 mM / at 1 mM free Mg²⁺", "≈ 0.6 (−40 %; band 0.5–0.7)", 0.5, 0.7,
            "Dutka & Lamb 2004, J Physiol 560:451, rat EDL skinned fibres [abstract] (K_V is fitted to it)"),
        new("owen-onset", "Highest free Mg²⁺ (mM) at which the store-full fibre rests above 2 % tension", "≈ 0.1 (normal pig fibres released Ca²⁺ only when Mg²⁺ was lowered to ≈ 0.1 mM; band 0.05–0.2)", 0.05, 0.2,
            "Owen, Taske & Lamb 1997, Am J Physiol 272:C203 [abstract]"),
    ];
}
