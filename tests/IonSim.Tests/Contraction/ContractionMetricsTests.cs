using IonSim.Contraction;
using static IonSim.Tests.Contraction.AnalyticCurves;

namespace IonSim.Tests.Contraction;

public class ContractionMetricsTests
{
    private const double Stimulus = 10, Tau = 20, Amplitude = 0.3, End = 400;

    private static TwitchMetrics Measure(ContractionOptions? options = null) =>
        ContractionMetrics.Twitch(AlphaTwitch(Stimulus, Tau, Amplitude, End), Stimulus, End, options);

    [Fact]
    public void AlphaTwitchPeaksAtTauWithItsAmplitude()
    {
        var m = Measure();

        Assert.Equal(Amplitude, m.PeakTension, 15);
        Assert.Equal(Tau, m.TimeToPeakMs, 8);
    }

    [Fact]
    public void AlphaTwitchRelaxationTimesAreExact()
    {
        var m = Measure();

        Assert.Equal((AlphaHalfFall - 1) * Tau, m.HalfRelaxationTimeMs, 8);
        Assert.Equal((AlphaTenthFall - 1) * Tau, m.Rt90Ms, 8);
        Assert.Equal((AlphaHalfFall - AlphaHalfRise) * Tau, m.DurationAtHalfMaximumMs, 8);
    }

    [Fact]
    public void AlphaTwitchIntegralIsExact()
    {
        var m = Measure();

        Assert.Equal(AlphaIntegral((End - Stimulus) / Tau, Tau, Amplitude), m.TensionTimeIntegralMs, 9);
    }

    [Fact]
    public void DifferenceOfExponentialsCalciumTransientIsExact()
    {
        var m = Measure();

        Assert.Equal(0.05 + (2 * BiexpPeak), m.PeakFreeCalciumMicromolar, 14);
        Assert.Equal(BiexpPeakTimeMs, m.TimeToPeakCalciumMs, 8);
        Assert.Equal(BiexpHalfFallMs - BiexpHalfRiseMs, m.CalciumDurationAtHalfMaximumMs, 8);
    }

    [Fact]
    public void RestingValuesAreReadAtTheWindowEnds()
    {
        var m = Measure();

        Assert.Equal(0, m.RestingTensionBefore);
        Assert.Equal(Alpha(End, Stimulus, Tau, Amplitude), m.RestingTensionAfter, 15);
        Assert.Equal(0.05, m.RestingCalciumBeforeMicromolar);
        Assert.Equal(Biexponential(End, Stimulus, 0.05, 2), m.RestingCalciumAfterMicromolar, 15);
    }

    [Fact]
    public void MetricsDoNotDependOnTheProbeStep()
    {
        var coarse = Measure(new ContractionOptions(probeStepMs: 0.5));
        var fine = Measure(new ContractionOptions(probeStepMs: 0.0173));

        Assert.Equal(fine.HalfRelaxationTimeMs, coarse.HalfRelaxationTimeMs, 8);
        Assert.Equal(fine.Rt90Ms, coarse.Rt90Ms, 8);
        Assert.Equal(fine.TimeToPeakMs, coarse.TimeToPeakMs, 8);
        Assert.Equal(fine.CalciumDurationAtHalfMaximumMs, coarse.CalciumDurationAtHalfMaximumMs, 8);
    }

    [Fact]
    public void RelaxationTheWindowDoesNotReachIsNaN()
    {
        // The window ends 30 ms after the peak, before RT50 (1.678·τ = 33.6 ms after the peak) and RT90.
        var m = ContractionMetrics.Twitch(AlphaTwitch(Stimulus, Tau, Amplitude, End), Stimulus, Stimulus + Tau + 30);

        Assert.True(double.IsNaN(m.Rt90Ms));
        Assert.True(double.IsNaN(m.HalfRelaxationTimeMs));
        Assert.True(double.IsNaN(m.DurationAtHalfMaximumMs));
        Assert.Equal(Tau, m.TimeToPeakMs, 5);
    }

    [Fact]
    public void TwitchWindowOutsideTheCurveIsRefused()
    {
        var curve = AlphaTwitch(Stimulus, Tau, Amplitude, End);

        Assert.Throws<ArgumentOutOfRangeException>(() => ContractionMetrics.Twitch(curve, Stimulus, End + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ContractionMetrics.Twitch(curve, 50, 40));
        Assert.Throws<ArgumentOutOfRangeException>(() => ContractionMetrics.Twitch(curve, double.NaN, 40));
    }

    private static ContractionCurve AlphaTrain(double periodMs, int pulses, double endMs) =>
        new(0, endMs, t => Enumerable.Range(0, pulses).Sum(k => Alpha(t, 10 + (k * periodMs), Tau, Amplitude)), _ => 0.05);

    private static double[] PulseTimes(double periodMs, int pulses) => [.. Enumerable.Range(0, pulses).Select(k => 10 + (k * periodMs))];

    [Fact]
    public void WidelySpacedTrainRelaxesBetweenPulsesAndIsUnfused()
    {
        const double period = 300;
        double end = 10 + (3 * period);
        var m = ContractionMetrics.Train(AlphaTrain(period, 3, end), PulseTimes(period, 3), end);

        Assert.True(m.RelaxedBetweenPulses);
        Assert.InRange(m.FusionIndex, 0, 1e-3);
        Assert.Equal(Amplitude, m.PeakTension, 4);
        Assert.Equal(3, m.PulseCount);
    }

    [Fact]
    public void TrainMeanTensionIsTheExactIntegralOverTheWindow()
    {
        const double period = 25;
        const int pulses = 8;
        double end = 10 + (pulses * period);
        var m = ContractionMetrics.Train(AlphaTrain(period, pulses, end), PulseTimes(period, pulses), end);

        double integral = Enumerable.Range(0, pulses).Sum(k => AlphaIntegral((end - 10 - (k * period)) / Tau, Tau, Amplitude));
        Assert.Equal(integral / (end - 10), m.MeanTension, 10);
    }

    [Fact]
    public void FusionIndexIsTroughOverPeakOfTheLastComponent()
    {
        const double period = 25;
        const int pulses = 8;
        double end = 10 + (pulses * period);
        var curve = AlphaTrain(period, pulses, end);
        var m = ContractionMetrics.Train(curve, PulseTimes(period, pulses), end);

        // The trough sits exactly at the last pulse: the decaying sum turns into the steep rise of a new
        // alpha there. The last peak comes from a brute-force 1 µs scan (baseline before the train is 0).
        double lastPulse = 10 + ((pulses - 1) * period);
        double trough = curve.Tension(lastPulse);
        double lastPeak = 0;
        for (double t = lastPulse; t <= end; t += 1e-3)
        {
            lastPeak = Math.Max(lastPeak, curve.Tension(t));
        }

        Assert.Equal(trough / lastPeak, m.FusionIndex, 1e-7);
        Assert.InRange(m.FusionIndex, 0.3, 0.99);
        Assert.False(m.RelaxedBetweenPulses);
    }

    /// <summary>A fiber resting a little above its floor when the train starts relaxes below that baseline between
    /// widely spaced pulses: fully relaxed is fusion 0, never a negative index.</summary>
    [Fact]
    public void ATroughBelowThePreTrainBaselineIsFusionZero()
    {
        const double period = 300;
        double end = 10 + (3 * period);
        var curve = new ContractionCurve(
            0, end, t => (t < 12 ? 0.01 : 0.002) + Enumerable.Range(0, 3).Sum(k => Alpha(t, 10 + (k * period), Tau, Amplitude)), _ => 0.05);

        var m = ContractionMetrics.Train(curve, PulseTimes(period, 3), end);

        Assert.True(m.LastTroughTension < 0.01);
        Assert.Equal(0, m.FusionIndex);
    }

    [Fact]
    public void FasterTrainsFuseMore()
    {
        double Fusion(double period) =>
            ContractionMetrics.Train(AlphaTrain(period, 6, 10 + (6 * period)), PulseTimes(period, 6), 10 + (6 * period)).FusionIndex;

        Assert.True(Fusion(10) > Fusion(20));
        Assert.True(Fusion(20) > Fusion(40));
    }

    [Fact]
    public void EachPulseOfAWideTrainIsMeasuredInItsOwnWindow()
    {
        const double period = 300;
        double end = 10 + (3 * period);
        var twitches = ContractionMetrics.Twitches(AlphaTrain(period, 3, end), PulseTimes(period, 3), end);

        Assert.Equal(3, twitches.Count);
        Assert.Equal([10.0, 310.0, 610.0], twitches.Select(t => t.StimulusTimeMs));
        Assert.Equal([310.0, 610.0, 910.0], twitches.Select(t => t.WindowEndMs));
        // Not exact: each twitch rides on the ~1e-5 tail of the one before.
        Assert.All(twitches, t => Assert.Equal((AlphaHalfFall - 1) * Tau, t.HalfRelaxationTimeMs, 1e-3));
    }

    [Fact]
    public void TrainNeedsTwoIncreasingPulses()
    {
        var curve = AlphaTrain(25, 2, 100);

        Assert.Throws<ArgumentException>(() => ContractionMetrics.Train(curve, [10], 100));
        Assert.Throws<ArgumentException>(() => ContractionMetrics.Train(curve, [30, 20], 100));
    }
}
