using IonSim.Physiology;

namespace IonSim.Tests.Physiology;

public class RestStateTests
{
    public static TheoryData<double, RestCondition, MagnesiumMode> Cases()
    {
        var data = new TheoryData<double, RestCondition, MagnesiumMode>();
        foreach (double mg in new[] { 1.0, 0.25, 0.1, 3.0 })
        {
            foreach (var condition in Enum.GetValues<RestCondition>())
            {
                foreach (var mode in Enum.GetValues<MagnesiumMode>())
                {
                    data.Add(mg, condition, mode);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Derivatives_vanish_at_the_computed_rest(double mgMillimolar, RestCondition condition, MagnesiumMode mode)
    {
        var parameters = FiberPresets.WithMagnesium(mgMillimolar) with { RestCondition = condition, MagnesiumMode = mode };
        var fiber = new MuscleFiber(parameters, StimulusProtocol.None(100));
        double[] rest = fiber.InitialState();
        var dydt = new double[StateIndex.Count];
        fiber.Derivatives(0, rest, dydt);
        for (int i = 0; i < StateIndex.Count; i++)
        {
            // Each rate relative to the component's size (or 1 µM for tiny ones): slower than 10⁻⁹ per ms.
            Assert.True(Math.Abs(dydt[i]) <= 1e-9 * Math.Max(Math.Abs(rest[i]), 1), $"{StateIndex.Names[i]}: dy/dt = {dydt[i]:G3} at y = {rest[i]:G6}");
        }
    }

    [Fact]
    public void Normal_fiber_rests_at_the_fitted_50_nM_with_the_fitted_load()
    {
        var rest = RestState.Compute(FiberPresets.Normal);
        Assert.InRange(rest.FreeCalciumMicromolar, 0.0495, 0.0505);
        Assert.Equal(FiberPresets.Normal.SrTotalCalciumMicromolar, rest.SrTotalCalciumMicromolar, 6);
        Assert.InRange(rest.Tension, 0, 0.001);
    }

    [Fact]
    public void Both_rest_conditions_give_the_same_normal_fiber()
    {
        var srFixed = RestState.Compute(FiberPresets.Normal);
        var closed = RestState.Compute(FiberPresets.Normal with { RestCondition = RestCondition.TotalCalciumFixed });
        Assert.Equal(srFixed.FreeCalciumMicromolar, closed.FreeCalciumMicromolar, 4);
        Assert.Equal(srFixed.FiberTotalCalciumMicromolar, FiberPresets.Normal.FiberTotalCalciumMicromolar, 0);
    }

    [Fact]
    public void With_the_SR_load_fixed_lower_magnesium_raises_resting_calcium()
    {
        double[] restCa = [.. new[] { 1.0, 0.5, 0.25, 0.1 }.Select(mg => RestState.Compute(FiberPresets.WithMagnesium(mg)).FreeCalciumMicromolar)];
        for (int i = 1; i < restCa.Length; i++)
        {
            Assert.True(restCa[i] > restCa[i - 1], $"rest Ca {string.Join(", ", restCa)} µM");
        }
    }

    [Fact]
    public void A_closed_fiber_at_low_magnesium_rests_with_a_smaller_store()
    {
        var closed = FiberPresets.SevereMagnesium with { RestCondition = RestCondition.TotalCalciumFixed };
        var rest = RestState.Compute(closed);
        Assert.True(rest.SrTotalCalciumMicromolar < 0.5 * FiberPresets.Normal.SrTotalCalciumMicromolar, $"SR {rest.SrTotalCalciumMicromolar} µM");
        Assert.Equal(closed.FiberTotalCalciumMicromolar, rest.FiberTotalCalciumMicromolar, 6);
    }

    [Fact]
    public void Rest_with_dynamic_magnesium_holds_the_preset_free_magnesium()
    {
        var parameters = FiberPresets.LowMagnesium with { MagnesiumMode = MagnesiumMode.Dynamic };
        var rest = RestState.Compute(parameters);
        Assert.Equal(250, rest.State[StateIndex.FreeMagnesium], 9);
    }

    [Fact]
    public void Runaway_release_has_no_rest_and_says_why()
    {
        // Strong Ca-induced release at very low Mg²⁺: outflow beats SERCA at the store's load for every free Ca.
        var parameters = FiberPresets.WithMagnesium(0.01) with
        {
            Release = FiberPresets.Normal.Release with { CalciumInducedPermeabilityPerMs = 5 },
        };
        var error = Assert.Throws<NoRestStateException>(() => RestState.Compute(parameters));
        Assert.Contains("0.01 mM", error.Message, StringComparison.Ordinal);
        Assert.Contains("outflow outpaces SERCA uptake", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_beyond_what_uptake_can_hold_has_no_rest_and_names_release_as_the_winner()
    {
        // 1 M of SR Ca²⁺, the largest load a parameter may state: no free Ca²⁺ lets SERCA pump that much back.
        var parameters = FiberPresets.Normal with { SrTotalCalciumMicromolar = 1e6 };
        var error = Assert.Throws<NoRestStateException>(() => RestState.Compute(parameters));
        Assert.Contains("outflow outpaces SERCA uptake", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pump_too_fast_for_any_outflow_has_no_rest_and_names_uptake_as_the_winner()
    {
        // The fastest pump a parameter may state: even at 10 pM free Ca²⁺ it loads the store past its target.
        var parameters = FiberPresets.Normal with { Serca = FiberPresets.Normal.Serca with { MaxRateMicromolarPerMs = 1e6 } };
        var error = Assert.Throws<NoRestStateException>(() => RestState.Compute(parameters));
        Assert.Contains("SERCA uptake outpaces the SR's outflow", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("release outpaces", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rest_is_stable()
    {
        Assert.True(RestState.Compute(FiberPresets.Normal).LargestGrowthRatePerMs <= RestState.StabilityTolerancePerMs);
    }

    /// <summary>
    /// With the SR load fixed, the rest's scan evaluates its residual without troponin's chain: every component but the
    /// chain's and the tension it sets must come out the same bits, for any fibre and free Ca²⁺, or the scan would move.
    /// Fibres from the random-fibre ranges (and the studies' cooperative constants), Ca²⁺ log-uniform over the scanned range.
    /// </summary>
    [Fact]
    public void The_balance_without_the_regulatory_chain_leaves_every_other_component_bit_for_bit()
    {
        int[] chain =
        [
            StateIndex.RegulatoryOneCalcium, StateIndex.RegulatoryTwoCalcium, StateIndex.RegulatoryMagnesium, StateIndex.PermissiveNoCalcium,
            StateIndex.PermissiveOneCalcium, StateIndex.PermissiveTwoCalcium, StateIndex.CrossBridgePreStroke, StateIndex.CrossBridgePostStroke,
            StateIndex.RegulatoryCalciumMagnesium, StateIndex.Tension,
        ];
        var random = new Random(20261127);
        var full = new double[StateIndex.Count];
        var partial = new double[StateIndex.Count];
        for (int i = 0; i < 500; i++)
        {
            FiberParameters p = FiberPresets.WithMagnesium(0.1 * Math.Pow(30, random.NextDouble())) with
            {
                MagnesiumMode = random.Next(2) == 0 ? MagnesiumMode.Clamped : MagnesiumMode.Dynamic,
                Mechanisms = (MagnesiumMechanisms)random.Next((int)MagnesiumMechanisms.All + 1),
                Serca = FiberPresets.Normal.Serca with { MaxRateMicromolarPerMs = FiberPresets.Normal.Serca.MaxRateMicromolarPerMs * (0.5 + (1.5 * random.NextDouble())) },
                Troponin = FiberPresets.Normal.Troponin with
                {
                    NeighbourCooperativity = 11.76 + (random.NextDouble() * 10.08),
                    CrossBridgeCooperativity = 3.78 + (random.NextDouble() * 3.24),
                },
            };
            var c = new FiberConstants(p);
            double ca = 1e-5 * Math.Pow(1e8, random.NextDouble());
            full.AsSpan().Fill(double.NaN);
            partial.AsSpan().Fill(double.NaN);
            RestState.Balance(c, ca, full);
            RestState.Balance(c, ca, partial, withChain: false);
            for (int k = 0; k < StateIndex.Count; k++)
            {
                if (!chain.Contains(k))
                {
                    Assert.Equal(BitConverter.DoubleToInt64Bits(full[k]), BitConverter.DoubleToInt64Bits(partial[k]));
                }
            }

            Assert.Equal(full[StateIndex.SrFreeCalcium] + full[StateIndex.CalsequestrinCalcium], partial[StateIndex.SrFreeCalcium] + partial[StateIndex.CalsequestrinCalcium]);
        }
    }
}
