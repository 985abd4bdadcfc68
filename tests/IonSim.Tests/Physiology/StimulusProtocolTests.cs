using IonSim.Physiology;

namespace IonSim.Tests.Physiology;

public class StimulusProtocolTests
{
    [Fact]
    public void Single_pulse_ends_a_tail_after_the_pulse()
    {
        var protocol = StimulusProtocol.SinglePulse(5);
        Assert.Equal([5.0], protocol.PulseTimesMs);
        Assert.Equal(5 + StimulusProtocol.DefaultTailMs, protocol.DurationMs);
    }

    [Fact]
    public void Train_by_count_spaces_pulses_by_the_period()
    {
        var protocol = StimulusProtocol.Train(20, 4, startMs: 10);
        Assert.Equal([10.0, 60.0, 110.0, 160.0], protocol.PulseTimesMs);
    }

    [Fact]
    public void Train_by_duration_of_one_second_at_20_hz_has_20_pulses()
    {
        var protocol = StimulusProtocol.TrainForDuration(20, 1000);
        Assert.Equal(20, protocol.PulseTimesMs.Count);
        Assert.Equal(950, protocol.PulseTimesMs[^1], 9);
    }

    [Fact]
    public void Edges_are_every_pulse_and_its_waveform_end_sorted()
    {
        var protocol = StimulusProtocol.Explicit([0, 2, 30], durationMs: 31);
        Assert.Equal([0.0, 2.0, 3.0, 5.0, 30.0], protocol.Edges(3));
    }

    [Fact]
    public void Fiber_breakpoints_use_the_fibers_activation_width()
    {
        var fiber = new MuscleFiber(FiberPresets.Normal, StimulusProtocol.SinglePulse(10));
        Assert.Equal([10.0, 10 + FiberPresets.Normal.Release.ActivationWidthMs], fiber.Breakpoints);
    }

    [Fact]
    public void Gate_is_zero_outside_each_window_and_one_at_its_middle()
    {
        var fiber = new MuscleFiber(FiberPresets.Normal, StimulusProtocol.Explicit([10, 100]));
        double w = FiberPresets.Normal.Release.ActivationWidthMs;
        Assert.Equal(0, fiber.StimulusGate(9.99));
        Assert.Equal(1, fiber.StimulusGate(10 + (w / 2)), 12);
        Assert.Equal(0, fiber.StimulusGate(10 + w + 0.01));
        Assert.Equal(1, fiber.StimulusGate(100 + (w / 2)), 12);
        Assert.True(fiber.StimulusGate(10 + (w / 4)) is > 0.49 and < 0.51);
    }

    [Fact]
    public void Overlapping_pulses_saturate_the_gate_at_one()
    {
        var fiber = new MuscleFiber(FiberPresets.Normal, StimulusProtocol.Train(1000, 3));
        for (double t = 0; t < 6; t += 0.01)
        {
            Assert.InRange(fiber.StimulusGate(t), 0, 1);
        }
    }

    [Fact]
    public void Invalid_protocols_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StimulusProtocol.Explicit([5, 5]));
        Assert.Throws<ArgumentOutOfRangeException>(() => StimulusProtocol.Explicit([-1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => StimulusProtocol.Explicit([double.NaN]));
        Assert.Throws<ArgumentOutOfRangeException>(() => StimulusProtocol.Train(0, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => StimulusProtocol.Train(20, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => StimulusProtocol.SinglePulse(10, durationMs: 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => StimulusProtocol.None(0));
    }

    [Fact]
    public void Protocols_compare_by_value()
    {
        Assert.Equal(StimulusProtocol.Train(50, 2), StimulusProtocol.Explicit([0, 20]));
        Assert.NotEqual(StimulusProtocol.Train(50, 2), StimulusProtocol.Explicit([0, 20], 100));
    }
}
