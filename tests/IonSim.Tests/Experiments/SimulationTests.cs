using IonSim.Contraction;
using IonSim.Experiments;
using IonSim.Physiology;

namespace IonSim.Tests.Experiments;

public class SimulationTests(PresetTwitches presets) : IClassFixture<PresetTwitches>
{
    [Fact]
    public void A_normal_twitch_walks_rest_activation_contraction_relaxation_rest()
    {
        var timeline = presets.Normal.Timeline;

        Assert.Equal(Phase.Rest, timeline.InitialPhase);
        Assert.Equal(
            [Phase.Activation, Phase.Contraction, Phase.Relaxation, Phase.Rest],
            timeline.Transitions.Select(t => t.To));
        Assert.Equal(10.0, timeline.Transitions[0].TimeMs);
        Assert.False(presets.Normal.HasSpasm);
    }

    [Fact]
    public void A_normal_twitch_lies_in_broad_physiological_ranges()
    {
        // Envelopes; the calibration targets are the rows of the validation table. Mouse fast-fibre twitches
        // take 7–14 ms to peak at 35 °C with a Q10 of 3.2 (Lännergren & Westerblad 1987), so tens of ms at
        // room temperature, and the
        // myoplasmic Ca²⁺ transient of one action potential peaks at ~10–30 µM with a half-width of a
        // few ms (Baylor & Hollingworth's mouse fast-twitch measurements, 16 °C).
        TwitchMetrics twitch = presets.Normal.Twitches[0];

        Assert.InRange(twitch.PeakTension, 0.1, 0.5);
        Assert.InRange(twitch.TimeToPeakMs, 5, 60);
        Assert.InRange(twitch.HalfRelaxationTimeMs, 5, 80);
        Assert.InRange(twitch.PeakFreeCalciumMicromolar, 5, 50);
        Assert.InRange(twitch.CalciumDurationAtHalfMaximumMs, 1, 6);
        Assert.True(twitch.Rt90Ms > twitch.HalfRelaxationTimeMs);
        Assert.Equal(twitch.RestingTensionBefore, twitch.RestingTensionAfter, 3);
    }

    [Fact]
    public void Phases_in_the_trace_come_from_the_timeline_and_tension_stays_in_range()
    {
        var r = presets.Normal;

        for (int i = 0; i < r.Trace.Count; i++)
        {
            Assert.Equal(r.Timeline.PhaseAt(r.Trace.TimeMs[i]), r.Trace.Phases[i]);
            Assert.InRange(r.Trace.Tension[i], 0, 1);
            Assert.True(r.Trace.FreeCalciumMicromolar[i] > 0);
        }

        Assert.Equal(0.0, r.Trace.TimeMs[0]);
        Assert.Equal(r.Protocol.DurationMs, r.Trace.TimeMs[^1]);
        Assert.Equal(Enum.GetValues<BindingSite>().Length, r.Trace.Sites.Count);
    }

    [Fact]
    public void Metrics_do_not_depend_on_the_output_interval()
    {
        var coarse = Experiment.Simulate(FiberPresets.Normal, PresetTwitches.Twitch, new SimulationOptions { OutputIntervalMs = 5 });

        Assert.Equal(presets.Normal.Twitches[0], coarse.Twitches[0]);
        Assert.Equal(presets.Normal.Timeline.Transitions, coarse.Timeline.Transitions);
        Assert.Equal(presets.Normal.Statistics, coarse.Statistics);
    }

    [Fact]
    public void Low_magnesium_twitch_is_larger_and_slower_because_ryr_inhibition_is_relieved()
    {
        TwitchMetrics normal = presets.Normal.Twitches[0], low = presets.Low.Twitches[0];

        // Less Mg²⁺ on RyR1 and a slower pump: a longer Ca²⁺ transient (its peak is not higher: the raised
        // resting Ca²⁺ has already loaded parvalbumin and partly inactivated release) ...
        Assert.True(low.CalciumDurationAtHalfMaximumMs > 1.3 * normal.CalciumDurationAtHalfMaximumMs);

        // ... so more tension, reached later and relaxing more slowly, from a higher resting Ca²⁺.
        Assert.True(low.PeakTension > 1.3 * normal.PeakTension);
        Assert.True(low.TimeToPeakMs > normal.TimeToPeakMs);
        Assert.True(low.HalfRelaxationTimeMs > normal.HalfRelaxationTimeMs);
        Assert.True(presets.Severe.HasSpasm);
        Assert.False(presets.Severe.EndedAtRest);
        Assert.Equal(Phase.Spasm, presets.Severe.Timeline.FinalPhase);
        Assert.True(presets.Normal.EndedAtRest);
        Assert.True(presets.Severe.Rest.FreeCalciumMicromolar > 5 * presets.Normal.Rest.FreeCalciumMicromolar);
    }

    [Fact]
    public void Severe_magnesium_contracture_needs_the_relieved_ryr_and_not_the_slower_pump()
    {
        // At 0.1 mM with the store kept full the fibre rests in contracture. With RyR1's Mg²⁺ brake held at its
        // 1 mM strength it rests, twitches and relaxes; with only SERCA's Mg²⁺ supply held, Ca²⁺ still rests high.
        var ryrAtNormal = FiberPresets.SevereMagnesium with { Mechanisms = MagnesiumMechanisms.All & ~MagnesiumMechanisms.RyrInhibition };
        var pumpAtNormal = FiberPresets.SevereMagnesium with { Mechanisms = MagnesiumMechanisms.All & ~MagnesiumMechanisms.SercaDependence };

        var ryr = Experiment.Simulate(ryrAtNormal, PresetTwitches.Twitch);
        var pump = Experiment.Simulate(pumpAtNormal, PresetTwitches.Twitch);

        Assert.True(presets.Severe.Rest.Tension > 0.5, $"severe resting tension {presets.Severe.Rest.Tension:G3}");
        Assert.False(ryr.HasSpasm);
        Assert.True(ryr.EndedAtRest);
        Assert.True(pump.Rest.FreeCalciumMicromolar > 5 * presets.Normal.Rest.FreeCalciumMicromolar);
    }

    [Fact]
    public void A_tetanus_while_the_stimulus_lasts_is_not_a_spasm()
    {
        var tetanus = StimulusProtocol.TrainForDuration(100, 300, startMs: 10, durationMs: 800);

        var r = Experiment.Simulate(FiberPresets.Normal, tetanus);

        Assert.False(r.HasSpasm);
        Assert.True(r.EndedAtRest);
        Assert.NotNull(r.Train);
        Assert.True(r.Train!.FusionIndex > 0.8, $"fusion {r.Train.FusionIndex}");
        Assert.False(r.Train.RelaxedBetweenPulses);
    }

    [Theory]
    [InlineData(150)]
    [InlineData(200)]
    [InlineData(300)]
    public void A_high_frequency_train_ends_at_rest_in_a_normal_fiber(double frequencyHz)
    {
        var r = Experiment.Simulate(FiberPresets.Normal, StimulusProtocol.Train(frequencyHz, 10, startMs: 7.3), new SimulationOptions { OutputIntervalMs = 1 });

        Assert.Equal(Phase.Rest, r.Timeline.FinalPhase);
        Assert.True(r.EndedAtRest);
        Assert.False(r.HasSpasm);
    }

    [Fact]
    public void A_pulse_inside_the_previous_pulses_response_window_still_starts_activation()
    {
        // Found by the random-protocol property: the pulse at 129 ms came 8 ms after the one at 121 ms,
        // inside its 8.15 ms stimulus window, and was not seen while the fiber relaxed.
        double[] pulses = [91, 106, 121, 129, 152, 249, 261, 319, 391];

        var r = Experiment.Simulate(FiberPresets.WithMagnesium(1.34), StimulusProtocol.Explicit(pulses, 691), new SimulationOptions { OutputIntervalMs = 2 });

        Assert.All(pulses, p => Assert.Contains(r.Timeline.PhaseAt(p), new[] { Phase.Activation, Phase.Contraction, Phase.Spasm }));
        Assert.Equal(Phase.Rest, r.Timeline.FinalPhase);
    }

    [Theory]
    [InlineData(13.1, 0.1)]
    [InlineData(1.7, 0.1)]
    [InlineData(77, 0.07)]
    public void Any_duration_and_interval_give_a_trace_that_ends_exactly_at_the_end(double durationMs, double intervalMs)
    {
        var r = Experiment.Simulate(FiberPresets.Normal, StimulusProtocol.SinglePulse(0, durationMs), new SimulationOptions { OutputIntervalMs = intervalMs });

        Assert.Equal(durationMs, r.Trace.TimeMs[^1]);
        Assert.True(r.Trace.TimeMs.Zip(r.Trace.TimeMs.Skip(1)).All(p => p.Second > p.First));
        Assert.True(durationMs - r.Trace.TimeMs[^2] <= intervalMs * (1 + 1e-9));
    }

    [Fact]
    public void Compare_returns_scenarios_in_order_with_their_names()
    {
        var scenarios = new[] { new Scenario("normal", FiberPresets.Normal), new Scenario("low", FiberPresets.LowMagnesium) };

        var results = Experiment.Compare(scenarios, PresetTwitches.Twitch);

        Assert.Equal(["normal", "low"], results.Select(r => r.ScenarioName));
        Assert.Equal(presets.Normal.Twitches, results[0].Twitches);
        Assert.Equal(presets.Low.Twitches, results[1].Twitches);
    }

    [Fact]
    public void A_trace_too_long_for_its_interval_is_refused_before_any_work()
    {
        var huge = StimulusProtocol.SinglePulse(0, durationMs: 1e9);

        var ex = Assert.Throws<ArgumentException>(() => Experiment.Simulate(FiberPresets.Normal, huge, new SimulationOptions { OutputIntervalMs = 0.1 }));

        Assert.Contains("MaxTracePoints", ex.Message);
    }

    [Fact]
    public void Invalid_options_are_refused_with_their_value()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new SimulationOptions { OutputIntervalMs = 0 });
        Assert.Contains("OutputIntervalMs", ex.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SimulationOptions { OutputIntervalMs = double.NaN });
        Assert.Throws<ArgumentException>(() => new Scenario(" ", FiberPresets.Normal));
        Assert.Throws<ArgumentException>(() => Experiment.Compare([], PresetTwitches.Twitch));
    }
}
