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
}
