using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IonSim.Physiology;

namespace IonSim.Tests.Physiology;

/// <summary>Laws of the right-hand side itself, checked at arbitrary states without integrating.</summary>
public class RightHandSideTests
{
    private static readonly StimulusProtocol Pulse = StimulusProtocol.SinglePulse(0, 10);

    /// <summary>A perturbed rest: every component scaled by a random factor, at a random time in or after the pulse.</summary>
    private static Arbitrary<(double[] Factors, double Time, double Mg)> Perturbations() =>
        (from factors in Gen.Choose(50, 200).Select(i => i / 100.0).ArrayOf(StateIndex.Count)
         from time in Gen.Choose(0, 600).Select(i => i / 100.0)
         from mg in Gen.Elements(0.1, 0.25, 0.5, 1.0, 2.0)
         select (factors, time, mg)).ToArbitrary();

    private static (MuscleFiber Fiber, double[] Y) Perturbed(FiberParameters parameters, double[] factors)
    {
        var fiber = new MuscleFiber(parameters, Pulse);
        double[] y = fiber.InitialState();
        for (int i = 0; i < y.Length; i++)
        {
            y[i] *= factors[i];
        }

        // Keep the implicit free species non-negative, as they are along any real trajectory.
        y[StateIndex.ReleaseInactivation] = Math.Min(y[StateIndex.ReleaseInactivation], 1);
        return (fiber, y);
    }

    [Property(MaxTest = 200)]
    public Property Total_calcium_changes_at_rate_zero_anywhere() =>
        Prop.ForAll(Perturbations(), p =>
        {
            var parameters = FiberPresets.WithMagnesium(p.Mg) with { MagnesiumMode = MagnesiumMode.Dynamic };
            var (fiber, y) = Perturbed(parameters, p.Factors);
            var dydt = new double[StateIndex.Count];
            fiber.Derivatives(p.Time, y, dydt);
            double rate = dydt[StateIndex.CalciumPool] + dydt[StateIndex.ParvalbuminCalcium] + dydt[StateIndex.TroponinCaMgSiteCalcium]
                + MuscleFiber.RegulatoryCalciumMicromolar(dydt)
                + (parameters.SrToMyoplasmVolumeRatio * (dydt[StateIndex.SrFreeCalcium] + dydt[StateIndex.CalsequestrinCalcium]));
            double scale = Math.Abs(dydt[StateIndex.CalciumPool]) + Math.Abs(dydt[StateIndex.ParvalbuminCalcium]) + 1;
            return (Math.Abs(rate) <= 1e-12 * scale * 1e3).Label($"d(total Ca)/dt = {rate:G3}");
        });

    [Property(MaxTest = 200)]
    public Property Total_magnesium_changes_at_rate_zero_when_dynamic() =>
        Prop.ForAll(Perturbations(), p =>
        {
            var parameters = FiberPresets.WithMagnesium(p.Mg) with { MagnesiumMode = MagnesiumMode.Dynamic, Mechanisms = MagnesiumMechanisms.AtpCompetition };
            var (fiber, y) = Perturbed(parameters, p.Factors);
            var dydt = new double[StateIndex.Count];
            fiber.Derivatives(p.Time, y, dydt);
            double rate = dydt[StateIndex.FreeMagnesium] + dydt[StateIndex.ParvalbuminMagnesium] + dydt[StateIndex.TroponinCaMgSiteMagnesium]
                + dydt[StateIndex.RegulatoryMagnesium] + dydt[StateIndex.RegulatoryCalciumMagnesium] + dydt[StateIndex.AtpMagnesium];
            return (Math.Abs(rate) <= 1e-9 * (Math.Abs(dydt[StateIndex.AtpMagnesium]) + 1)).Label($"d(total Mg)/dt = {rate:G3}");
        });

    /// <summary>
    /// With Mg²⁺ clamped the fibre reads its Mg²⁺-dependent factors (RyR1, SERCA) from constants computed once; with Mg²⁺
    /// dynamic it computes them per call. Where free Mg²⁺ equals the clamp the two must give the same derivatives to the
    /// bit, whichever mechanisms are switched on (free Mg²⁺'s own rate aside: it is 0 only when clamped).
    /// </summary>
    [Property(MaxTest = 200)]
    public Property Clamped_and_dynamic_magnesium_agree_to_the_bit_at_the_clamp() =>
        Prop.ForAll(Perturbations(), Gen.Choose(0, (int)MagnesiumMechanisms.All).ToArbitrary(), (p, mechanisms) =>
        {
            var clamped = FiberPresets.WithMagnesium(p.Mg) with { Mechanisms = (MagnesiumMechanisms)mechanisms };
            var (clampedFiber, y) = Perturbed(clamped, p.Factors);
            y[StateIndex.FreeMagnesium] = clamped.FreeMagnesiumMicromolar;
            var dynamicFiber = new MuscleFiber(clamped with { MagnesiumMode = MagnesiumMode.Dynamic }, Pulse);
            var fromClamp = new double[StateIndex.Count];
            var fromState = new double[StateIndex.Count];
            clampedFiber.Derivatives(p.Time, y, fromClamp);
            dynamicFiber.Derivatives(p.Time, y, fromState);
            var differing = Enumerable.Range(0, StateIndex.Count)
                .Where(i => i != StateIndex.FreeMagnesium && fromClamp[i] != fromState[i])
                .Select(i => $"{StateIndex.Names[i]} {fromClamp[i]:R} vs {fromState[i]:R}");
            return (!differing.Any()).Label(string.Join("; ", differing));
        });

    [Fact]
    public void Clamped_magnesium_does_not_move()
    {
        var (fiber, y) = Perturbed(FiberPresets.LowMagnesium, [.. Enumerable.Repeat(1.3, StateIndex.Count)]);
        var dydt = new double[StateIndex.Count];
        fiber.Derivatives(1, y, dydt);
        Assert.Equal(0, dydt[StateIndex.FreeMagnesium]);
        Assert.Equal(250, fiber.FreeMagnesiumMicromolar(y));
    }

    [Fact]
    public void Free_calcium_solves_the_atp_equilibrium()
    {
        var (fiber, y) = Perturbed(FiberPresets.Normal, [.. Enumerable.Repeat(1.0, StateIndex.Count)]);
        y[StateIndex.CalciumPool] = 40;
        double ca = fiber.FreeCalciumMicromolar(y);
        double atpNotMg = FiberPresets.Normal.Atp.TotalMicromolar - y[StateIndex.AtpMagnesium];
        double caAtp = atpNotMg * ca / (FiberPresets.Normal.Atp.CalciumDissociationMicromolar + ca);
        Assert.Equal(40, ca + caAtp, 10);
    }

    [Fact]
    public void Derivatives_do_not_allocate()
    {
        var fiber = new MuscleFiber(FiberPresets.Normal, StimulusProtocol.Train(100, 10));
        double[] y = fiber.InitialState();
        var dydt = new double[StateIndex.Count];
        fiber.Derivatives(1, y, dydt);   // warm up (JIT)
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            fiber.Derivatives(i * 0.1, y, dydt);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Wrong_state_length_is_rejected()
    {
        var fiber = new MuscleFiber(FiberPresets.Normal, Pulse);
        Assert.Throws<ArgumentException>(() => fiber.Derivatives(0, new double[3], new double[StateIndex.Count]));
    }

    [Fact]
    public void Switched_off_mechanisms_make_a_low_magnesium_fiber_normal()
    {
        var allOff = FiberPresets.SevereMagnesium with { Mechanisms = MagnesiumMechanisms.None };
        var normal = RestState.Compute(FiberPresets.Normal).ToArray();
        var off = RestState.Compute(allOff).ToArray();
        for (int i = 0; i < StateIndex.Count; i++)
        {
            if (i != StateIndex.FreeMagnesium)
            {
                Assert.Equal(normal[i], off[i], 9);
            }
        }
    }

    /// <summary>The contraction events find tension peaks on the tension drive instead of the tension rate: the two must agree in sign.</summary>
    [Property(MaxTest = 300)]
    public Property The_tension_drive_has_the_sign_of_the_tension_rate() =>
        Prop.ForAll(Perturbations(), p =>
        {
            var (fiber, y) = Perturbed(FiberPresets.WithMagnesium(p.Mg), p.Factors);
            var dydt = new double[StateIndex.Count];
            fiber.Derivatives(p.Time, y, dydt);
            double drive = fiber.TensionDrive(y);
            return (Math.Sign(drive) == Math.Sign(dydt[StateIndex.Tension])).Label($"drive {drive:R}, dT/dt {dydt[StateIndex.Tension]:R}");
        });

    [Fact]
    public void Where_the_tension_drive_is_zero_tension_is_stationary()
    {
        var fiber = new MuscleFiber(FiberPresets.Normal, Pulse);
        double[] y = fiber.InitialState();
        y[StateIndex.Tension] = fiber.ForceBearingFraction(y) * 0.5;
        y[StateIndex.CrossBridgePostStroke] *= 0.5;   // halving A₂ halves the force-bearing fraction exactly (a power of two)
        var dydt = new double[StateIndex.Count];
        fiber.Derivatives(3, y, dydt);
        Assert.Equal(0, fiber.TensionDrive(y));
        Assert.Equal(0, dydt[StateIndex.Tension]);
    }
}
