using IonSim.Physiology;

namespace IonSim.Tests.Physiology;

public class TwitchTests
{
    private static readonly Lazy<FiberRun> NormalTwitch = new(() => FiberRun.Twitch(FiberPresets.Normal));

    [Fact]
    public void Normal_release_reproduces_Baylor_Hollingworth_2007_peak_and_duration()
    {
        var run = NormalTwitch.Value;
        Assert.InRange(run.Peak(run.Release), 200, 225);
        Assert.InRange(run.DurationAtHalfMaximum(run.Release), 1.45, 1.75);
    }

    [Fact]
    public void Normal_peak_free_calcium_is_within_a_third_of_the_18_5_uM_measured_in_mouse_fast_fibres()
    {
        // Baylor & Hollingworth 2003 (J Physiol 551:125): 18.5 ± 0.5 µM at 16 °C. Not fitted: a validation.
        var run = NormalTwitch.Value;
        Assert.InRange(run.Peak(run.FreeCalcium), 18.5 * 2 / 3, 18.5 * 4 / 3);
    }

    [Fact]
    public void Normal_fiber_twitches_and_returns_to_rest()
    {
        var run = NormalTwitch.Value;
        double peak = run.Peak(run.Force);
        Assert.InRange(peak, 0.05, 0.9);
        Assert.True(Math.Abs(run.Force[^1] - run.Force[0]) < 0.01 * peak, $"force {run.Force[0]:G3} → {run.Force[^1]:G3}");
        // Free Ca comes back within 15 %: parvalbumin, which holds Ca²⁺ for seconds, is still giving it back.
        Assert.InRange(run.FreeCalcium[^1], 0.85 * run.FreeCalcium[0], 1.15 * run.FreeCalcium[0]);
        Assert.InRange(run.TimeOfPeak(run.Force) - 10, 5, 60); // measured tension; the 25 °C band 22–45 ms is a validation row
        Assert.InRange(run.HalfRelaxationMs(), 5, 80);
    }

    [Fact]
    public void Total_calcium_is_conserved_over_a_twitch()
    {
        var run = NormalTwitch.Value;
        double first = run.Fiber.TotalCalciumMicromolar(run.States[0]);
        foreach (double[] y in run.States)
        {
            Assert.Equal(first, run.Fiber.TotalCalciumMicromolar(y), first * 1e-9);
        }
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.1)]
    public void Total_calcium_is_conserved_and_states_stay_valid_over_a_one_second_20_hz_train(double mg)
    {
        var run = FiberRun.Simulate(FiberPresets.WithMagnesium(mg), StimulusProtocol.TrainForDuration(20, 1000, 10, 1100), outputStepMs: 0.1);
        double first = run.Fiber.TotalCalciumMicromolar(run.States[0]);
        foreach (double[] y in run.States)
        {
            Assert.Equal(first, run.Fiber.TotalCalciumMicromolar(y), first * 1e-9);
            Invariants.AssertPhysical(run.Fiber, y);
        }
    }

    [Fact]
    public void Release_per_pulse_falls_during_a_train()
    {
        var run = FiberRun.Simulate(FiberPresets.Normal, StimulusProtocol.Train(20, 10, 10), outputStepMs: 0.05);
        double first = PeakBetween(run, 10, 20);
        double last = PeakBetween(run, 460, 470);
        Assert.True(last < 0.9 * first, $"release peaks {first:G4} → {last:G4} µM/ms");
    }

    [Fact]
    public void Total_magnesium_is_conserved_when_dynamic_and_free_magnesium_moves()
    {
        var parameters = FiberPresets.LowMagnesium with { MagnesiumMode = MagnesiumMode.Dynamic };
        var run = FiberRun.Twitch(parameters);
        double first = run.Fiber.TotalMagnesiumMicromolar(run.States[0]);
        double lowest = double.PositiveInfinity, highest = double.NegativeInfinity;
        foreach (double[] y in run.States)
        {
            Assert.Equal(first, run.Fiber.TotalMagnesiumMicromolar(y), first * 1e-9);
            Invariants.AssertPhysical(run.Fiber, y);
            lowest = Math.Min(lowest, y[StateIndex.FreeMagnesium]);
            highest = Math.Max(highest, y[StateIndex.FreeMagnesium]);
        }

        // Ca²⁺ displaces Mg²⁺ from parvalbumin and ATP: free Mg²⁺ must rise during the twitch.
        Assert.True(highest - lowest > 1, $"free Mg moved only {highest - lowest:G3} µM");
    }

    [Fact]
    public void Every_state_and_implicit_free_pool_stays_non_negative_and_tension_within_0_and_1()
    {
        foreach (var preset in FiberPresets.All.Values)
        {
            var run = FiberRun.Twitch(preset, 200);
            foreach (double[] y in run.States)
            {
                Invariants.AssertPhysical(run.Fiber, y);
            }
        }
    }

    private static double PeakBetween(FiberRun run, double fromMs, double toMs) =>
        run.Times.Select((t, i) => (t, i)).Where(p => p.t >= fromMs && p.t <= toMs).Max(p => run.Release[p.i]);
}
