using IonSim.Physiology;

namespace IonSim.Tests.Physiology;

/// <summary>What every state of a real fiber must satisfy.</summary>
internal static class Invariants
{
    /// <summary>Allowance for the solver's round-off on concentrations of order 10³ µM.</summary>
    private const double Slack = 1e-7;

    public static void AssertPhysical(MuscleFiber fiber, double[] y)
    {
        var p = fiber.Parameters;
        for (int i = 0; i < y.Length; i++)
        {
            Assert.True(y[i] >= -Slack, $"{StateIndex.Names[i]} = {y[i]:G6} is negative");
        }

        Assert.True(fiber.FreeCalciumMicromolar(y) >= -Slack, "free Ca is negative");
        Assert.True(p.Parvalbumin.TotalMicromolar - y[StateIndex.ParvalbuminCalcium] - y[StateIndex.ParvalbuminMagnesium] >= -Slack, "free parvalbumin is negative");
        Assert.True(p.TroponinCaMgSites.TotalMicromolar - y[StateIndex.TroponinCaMgSiteCalcium] - y[StateIndex.TroponinCaMgSiteMagnesium] >= -Slack, "free TnC III/IV sites are negative");
        Assert.True(p.Atp.TotalMicromolar - y[StateIndex.AtpMagnesium] - (y[StateIndex.CalciumPool] - fiber.FreeCalciumMicromolar(y)) >= -Slack, "free ATP is negative");
        Assert.True(p.Calsequestrin.TotalMicromolar - y[StateIndex.CalsequestrinCalcium] >= -Slack, "free calsequestrin is negative");
        double unitsUsed = 0;
        for (int i = StateIndex.RegulatoryOneCalcium; i <= StateIndex.CrossBridgePostStroke; i++)
        {
            unitsUsed += y[i];
        }

        Assert.True(p.Troponin.TotalMicromolar - unitsUsed >= -Slack, "empty regulatory units T₀ are negative");
        Assert.True(y[StateIndex.ReleaseInactivation] <= 1 + Slack, "inactivation above 1");
        double active = fiber.ForceBearingFraction(y);
        Assert.True(active >= -Slack && active <= 1 + Slack, $"active state {active:G6} outside [0, 1]");
        double tension = MuscleFiber.UnclampedTension(y);
        Assert.True(tension >= -Slack && tension <= 1 + Slack, $"measured tension {tension:G6} outside [0, 1] (unclamped)");
    }
}
