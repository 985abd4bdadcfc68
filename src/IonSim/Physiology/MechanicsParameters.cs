using IonSim.Internal;

namespace IonSim.Physiology;

/// <summary>
/// The fibre's mechanics at fixed ends: the force-bearing cross-bridges (the contractile element, CE) pull on a series elastic
/// element (SE: tendon ends, Z-discs, filaments and cross-bridge compliance lumped), so measured tension P rises only as the CE
/// shortens internally and stretches the SE. With P and the active state a = A₂/A₂,max both in units of maximal isometric force,
/// dP/dt = (κ·v_max / c)·(a − P)/(P + κ·a + ε): Hill's (1938) force–velocity hyperbola with its constants scaled by activation,
/// driving a linear spring of compliance c. A tetanus, whose active state is sustained, reaches P = a; a twitch, whose active state
/// is brief, is attenuated (Hill 1949, Proc R Soc B 136:399, the "active state").
/// </summary>
/// <remarks>Every value must lie in the range its property states.</remarks>
public sealed record MechanicsParameters
{
    /// <summary>
    /// Series elastic extension at maximal isometric force, as a fraction of fibre length, between 0.001 and 0.2. Default 0.13 [fitted] to the
    /// twitch : tetanus ratio; for scale, sarcomeres of rat fast fibres shorten 5.9 % during a fixed-end twitch at 20 °C (Mutungi &amp; Ranatunga
    /// 2000, J Muscle Res Cell Motil 21:565) [abstract].
    /// </summary>
    public required double SeriesComplianceFractionOfLength { get; init => field = Preconditions.InRange(value, 0.001, 0.2, nameof(SeriesComplianceFractionOfLength)); }

    /// <summary>Maximal unloaded shortening velocity, fibre lengths per second, between 0.1 and 100. Default 4.2 [fitted] within 4–8 (Hill's V_max is about half the slack-test V₀, 6.1 L/s in mouse soleus: Asmussen &amp; Maréchal 1989; fast fibres about twice as fast; sensitivity-tested 3–8).</summary>
    public required double MaxShorteningVelocityLengthsPerSecond { get; init => field = Preconditions.InRange(value, 0.1, 100, nameof(MaxShorteningVelocityLengthsPerSecond)); }

    /// <summary>Curvature of Hill's force–velocity hyperbola, a/P₀, between 0.05 and 2. Default 0.2 [fitted] at the low end of its 0.2–0.45 bracket (sensitivity-tested; docs/model.md §9).</summary>
    public required double HillCurvatureRatio { get; init => field = Preconditions.InRange(value, 0.05, 2, nameof(HillCurvatureRatio)); }

    /// <summary>
    /// ε in the force–velocity denominator, in units of maximal force, between 1e-4 and 0.5: keeps the internal velocity finite when
    /// both force and activation vanish (at rest). Default 0.01 [assumed]; results are insensitive to it (docs/model.md).
    /// </summary>
    public required double RegularisationForceFraction { get; init => field = Preconditions.InRange(value, 1e-4, 0.5, nameof(RegularisationForceFraction)); }

    /// <summary>The rate scale κ·v_max/c of the tension equation, ms⁻¹.</summary>
    public double RateScalePerMs => HillCurvatureRatio * MaxShorteningVelocityLengthsPerSecond / SeriesComplianceFractionOfLength / 1000.0;
}
