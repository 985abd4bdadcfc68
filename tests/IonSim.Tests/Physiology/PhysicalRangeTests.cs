using IonSim.Physiology;

namespace IonSim.Tests.Physiology;

/// <summary>Parameters a cell cannot have are refused when set, before they can reach the rest-state solve
/// (where 1e308 µM of parvalbumin used to surface as a root finder's non-convergence).</summary>
public sealed class PhysicalRangeTests
{
    public static TheoryData<string, Func<double, object>> Settable => new()
    {
        { "Parvalbumin.TotalMicromolar", v => FiberPresets.Normal.Parvalbumin with { TotalMicromolar = v } },
        { "Parvalbumin.CalciumOnRate", v => FiberPresets.Normal.Parvalbumin with { CalciumOnRatePerMicromolarPerMs = v } },
        { "Parvalbumin.MagnesiumOffRate", v => FiberPresets.Normal.Parvalbumin with { MagnesiumOffRatePerMs = v } },
        { "Atp.TotalMicromolar", v => FiberPresets.Normal.Atp with { TotalMicromolar = v } },
        { "Calsequestrin.TotalMicromolar", v => FiberPresets.Normal.Calsequestrin with { TotalMicromolar = v } },
        { "Serca.MaxRate", v => FiberPresets.Normal.Serca with { MaxRateMicromolarPerMs = v } },
        { "Inactivation.RecoveryRate", v => FiberPresets.Normal.Inactivation with { RecoveryRatePerMs = v } },
        { "Inactivation.OnsetRate", v => FiberPresets.Normal.Inactivation with { OnsetRatePerMs = v } },
        { "Serca.MagnesiumHalfActivation", v => FiberPresets.Normal.Serca with { MagnesiumHalfActivationMillimolar = v } },
        { "SrTotalCalcium", v => FiberPresets.Normal with { SrTotalCalciumMicromolar = v } },
        { "FiberTotalCalcium", v => FiberPresets.Normal with { FiberTotalCalciumMicromolar = v } },
        { "Troponin.TotalMicromolar", v => FiberPresets.Normal.Troponin with { TotalMicromolar = v } },
        { "Troponin.CalciumOnRate", v => FiberPresets.Normal.Troponin with { CalciumOnRatePerMicromolarPerMs = v } },
        { "Troponin.CalciumOffRate", v => FiberPresets.Normal.Troponin with { CalciumOffRatePerMs = v } },
        { "Troponin.MagnesiumOnRate", v => FiberPresets.Normal.Troponin with { MagnesiumOnRatePerMicromolarPerMs = v } },
        { "Troponin.MagnesiumOffRate", v => FiberPresets.Normal.Troponin with { MagnesiumOffRatePerMs = v } },
        { "Troponin.PermissiveOnRate", v => FiberPresets.Normal.Troponin with { PermissiveOnRatePerMs = v } },
        { "Troponin.PermissiveOffRate", v => FiberPresets.Normal.Troponin with { PermissiveOffRatePerMs = v } },
        { "Troponin.EmptyPermissiveOffRate", v => FiberPresets.Normal.Troponin with { EmptyPermissiveOffRatePerMs = v } },
        { "Troponin.AttachRate", v => FiberPresets.Normal.Troponin with { AttachRatePerMs = v } },
        { "Troponin.DetachRate", v => FiberPresets.Normal.Troponin with { DetachRatePerMs = v } },
        { "Troponin.PowerStrokeRate", v => FiberPresets.Normal.Troponin with { PowerStrokeRatePerMs = v } },
        { "Troponin.ReversePowerStrokeRate", v => FiberPresets.Normal.Troponin with { ReversePowerStrokeRatePerMs = v } },
        { "Troponin.CycleRate", v => FiberPresets.Normal.Troponin with { CycleRatePerMs = v } },
        { "Release.StimulusPermeability", v => FiberPresets.Normal.Release with { StimulusPermeabilityPerMs = v } },
        { "Release.RestingPermeability", v => FiberPresets.Normal.Release with { RestingPermeabilityPerMs = v } },
        { "Release.LeakPermeability", v => FiberPresets.Normal.Release with { LeakPermeabilityPerMs = v } },
        { "Release.CalciumInducedPermeability", v => FiberPresets.Normal.Release with { CalciumInducedPermeabilityPerMs = v } },
        { "Release.StimulusMagnesiumHalfInhibition", v => FiberPresets.Normal.Release with { StimulusMagnesiumHalfInhibitionMillimolar = v } },
        { "Release.RestingMagnesiumHalfInhibition", v => FiberPresets.Normal.Release with { RestingMagnesiumHalfInhibitionMillimolar = v } },
        { "Release.ActivatingSiteCalcium", v => FiberPresets.Normal.Release with { ActivatingSiteCalciumMicromolar = v } },
        { "Release.ActivatingSiteMagnesium", v => FiberPresets.Normal.Release with { ActivatingSiteMagnesiumMicromolar = v } },
        { "Release.InhibitorySiteCalcium", v => FiberPresets.Normal.Release with { InhibitorySiteCalciumMicromolar = v } },
        { "Release.InhibitorySiteMagnesium", v => FiberPresets.Normal.Release with { InhibitorySiteMagnesiumMicromolar = v } },
    };

    /// <summary>Values that may be 0 (a pathway switched off) still may be.</summary>
    public static TheoryData<string, Func<double, object>> MayBeZero => new()
    {
        { "Inactivation.OnsetRate", v => FiberPresets.Normal.Inactivation with { OnsetRatePerMs = v } },
        { "Troponin.EmptyPermissiveOffRate", v => FiberPresets.Normal.Troponin with { EmptyPermissiveOffRatePerMs = v } },
        { "Release.RestingPermeability", v => FiberPresets.Normal.Release with { RestingPermeabilityPerMs = v } },
        { "Release.LeakPermeability", v => FiberPresets.Normal.Release with { LeakPermeabilityPerMs = v } },
        { "Release.CalciumInducedPermeability", v => FiberPresets.Normal.Release with { CalciumInducedPermeabilityPerMs = v } },
    };

    [Theory]
    [MemberData(nameof(Settable))]
    public void Impossible_magnitudes_are_refused_with_the_allowed_maximum(string what, Func<double, object> set)
    {
        foreach (double value in new[] { 1e308, 1e7, double.MaxValue })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => set(value));
            Assert.True(e.Message.Contains("at most", StringComparison.Ordinal), $"{what} = {value}: {e.Message}");
        }

        Assert.NotNull(set(0.5)); // a modest value is still accepted
    }

    [Theory]
    [MemberData(nameof(MayBeZero))]
    public void Pathways_that_may_be_off_accept_zero_and_refuse_negatives(string what, Func<double, object> set)
    {
        Assert.NotNull(set(0));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => set(-1e-9));
        Assert.True(e.Message.Contains("at least 0 and at most", StringComparison.Ordinal), $"{what}: {e.Message}");
    }
}
