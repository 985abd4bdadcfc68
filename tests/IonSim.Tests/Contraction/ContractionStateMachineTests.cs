using IonSim.Contraction;
using static IonSim.Tests.Contraction.Signals;

namespace IonSim.Tests.Contraction;

public class ContractionStateMachineTests
{
    private static readonly ContractionOptions Options = ContractionOptions.Default; // spasm window 200 ms

    [Fact]
    public void SingleTwitchPassesRestActivationContractionRelaxationRest()
    {
        var timeline = ContractionStateMachine.Run(Options, 0, 0, Twitch(10), 300);

        Assert.Equal([Phase.Rest, Phase.Activation, Phase.Contraction, Phase.Relaxation, Phase.Rest], Walk(timeline));
        Assert.Equal([10.0, 14.0, 25.0, 60.0], timeline.Transitions.Select(t => t.TimeMs));
        Assert.Equal(ContractionSignalKind.TensionPeak, timeline.Transitions[2].Signal);
        Assert.False(timeline.Contains(Phase.Spasm));
    }

    [Theory]
    [InlineData(0, Phase.Rest)]
    [InlineData(9.999, Phase.Rest)]
    [InlineData(10, Phase.Activation)]
    [InlineData(13.5, Phase.Activation)]
    [InlineData(14, Phase.Contraction)]
    [InlineData(30, Phase.Relaxation)]
    [InlineData(60, Phase.Rest)]
    [InlineData(300, Phase.Rest)]
    public void PhaseAtAnswersForEveryTime(double timeMs, Phase expected)
    {
        var timeline = ContractionStateMachine.Run(Options, 0, 0, Twitch(10), 300);

        Assert.Equal(expected, timeline.PhaseAt(timeMs));
    }

    [Fact]
    public void PhaseAtOutsideTheSimulationIsRefused()
    {
        var timeline = ContractionStateMachine.Run(Options, 0, 0, Twitch(10), 300);

        Assert.Throws<ArgumentOutOfRangeException>(() => timeline.PhaseAt(300.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => timeline.PhaseAt(double.NaN));
    }

    [Fact]
    public void TensionThatStaysUpAfterTheLastStimulusBecomesSpasmWhenTheWindowIsExceeded()
    {
        // Tension rises above rest at 13 ms, after the stimulus ended at 11 ms, and never falls back: the clock runs from 13 ms, so a 200 ms window gives spasm at 213 ms.
        var timeline = ContractionStateMachine.Run(Options, 0, 0, Twitch(10, relaxes: false), 300);

        Assert.Equal([Phase.Rest, Phase.Activation, Phase.Contraction, Phase.Relaxation, Phase.Spasm], Walk(timeline));
        var spasm = timeline.Transitions[^1];
        Assert.Equal(213.0, spasm.TimeMs);
        Assert.Equal(ContractionSignalKind.SpasmWindowElapsed, spasm.Signal);
    }

    [Fact]
    public void SpasmNeedsLongerThanTheWindow()
    {
        var timeline = ContractionStateMachine.Run(Options, 0, 0, Twitch(10, relaxes: false), 213);

        Assert.Equal(Phase.Relaxation, timeline.FinalPhase);
    }

    [Fact]
    public void SpasmEndsWhenTensionFinallyFallsBelowRest()
    {
        var signals = Twitch(10, relaxes: false).Append(RestDown(400));
        var timeline = ContractionStateMachine.Run(Options, 0, 0, signals, 500);

        Assert.Equal([Phase.Rest, Phase.Activation, Phase.Contraction, Phase.Relaxation, Phase.Spasm, Phase.Rest], Walk(timeline));
        Assert.Equal(400.0, timeline.Transitions[^1].TimeMs);
    }

    [Fact]
    public void TensionRisingThroughActivationWithNoStimulusIsSpasm()
    {
        var timeline = ContractionStateMachine.Run(Options, 0, 0, [RestUp(5), ActUp(8)], 100);

        Assert.Equal([Phase.Rest, Phase.Spasm], Walk(timeline));
        Assert.Equal(8.0, timeline.Transitions[0].TimeMs);
    }

    [Fact]
    public void TetanusOfShortPulsesLongerThanTheWindowIsNotSpasm()
    {
        // 100 Hz for 500 ms (2.5 spasm windows), tension stays above activation and ripples with each pulse.
        var signals = new List<ContractionSignal> { On(0), Off(1), RestUp(2), ActUp(3), Peak(8) };
        for (int k = 1; k < 50; k++)
        {
            double t = 10 * k;
            signals.AddRange([On(t), Off(t + 1), Trough(t + 2), Peak(t + 8)]);
        }

        signals.AddRange([ActDown(560), RestDown(580)]);
        var timeline = ContractionStateMachine.Run(Options, 0, 0, signals, 1000);

        Assert.False(timeline.Contains(Phase.Spasm));
        Assert.Equal(Phase.Rest, timeline.FinalPhase);
        Assert.Equal(Phase.Contraction, timeline.PhaseAt(255));
        Assert.Equal(Phase.Relaxation, timeline.PhaseAt(259));
    }

    [Fact]
    public void OneLongStimulusHeldForLongerThanTheWindowIsNotSpasm()
    {
        var signals = new[] { On(0), RestUp(2), ActUp(3), Peak(50), Trough(60), Peak(70), Off(800), ActDown(850), RestDown(870) };
        var timeline = ContractionStateMachine.Run(Options, 0, 0, signals, 1200);

        Assert.False(timeline.Contains(Phase.Spasm));
        Assert.Equal(
            [Phase.Rest, Phase.Activation, Phase.Contraction, Phase.Relaxation, Phase.Contraction, Phase.Relaxation, Phase.Rest],
            Walk(timeline));
    }

    [Fact]
    public void NewStimulusDuringRelaxationStartsAnotherActivation()
    {
        var signals = new[] { On(0), Off(1), RestUp(2), ActUp(3), Peak(10), On(30), Off(31), Trough(32), Peak(40), ActDown(60), RestDown(70) };
        var timeline = ContractionStateMachine.Run(Options, 0, 0, signals, 300);

        Assert.Equal(
            [Phase.Rest, Phase.Activation, Phase.Contraction, Phase.Relaxation, Phase.Activation, Phase.Contraction, Phase.Relaxation, Phase.Rest],
            Walk(timeline));
    }

    [Fact]
    public void StimulusThatProducesNoTensionReturnsToRest()
    {
        var timeline = ContractionStateMachine.Run(Options, 0, 0, [On(10), Off(11), Peak(15)], 100);

        Assert.Equal([Phase.Rest, Phase.Activation, Phase.Rest], Walk(timeline));
    }

    [Fact]
    public void SubthresholdResponseAboveRestRelaxesWithoutContraction()
    {
        var timeline = ContractionStateMachine.Run(Options, 0, 0, [On(10), Off(11), RestUp(13), Peak(15), RestDown(25)], 100);

        Assert.Equal([Phase.Rest, Phase.Activation, Phase.Relaxation, Phase.Rest], Walk(timeline));
    }

    [Fact]
    public void SignalWithNoTableRowThrowsNamingPhaseSignalAndTime()
    {
        var machine = new ContractionStateMachine(Options, 0, 0);
        foreach (var s in new[] { On(0), Off(1), RestUp(2), ActUp(3) })
        {
            machine.Feed(s);
        }

        var ex = Assert.Throws<InvalidContractionSignalException>(() => machine.Feed(Trough(20.5)));

        Assert.Equal(Phase.Contraction, ex.Phase);
        Assert.Contains("Contraction", ex.Message);
        Assert.Contains("TensionTrough", ex.Message);
        Assert.Contains("20.5 ms", ex.Message);
        Assert.Equal(Phase.Contraction, machine.Phase);
    }

    [Fact]
    public void SignalThatContradictsEarlierOnesThrows()
    {
        var machine = new ContractionStateMachine(Options, 0, 0);

        var ex = Assert.Throws<InvalidContractionSignalException>(() => machine.Feed(Off(3)));
        Assert.Contains("no stimulus is on", ex.Message);
        Assert.Throws<InvalidContractionSignalException>(() => machine.Feed(RestDown(4)));
        Assert.Throws<InvalidContractionSignalException>(() => machine.Feed(ActUp(4)));
    }

    [Fact]
    public void SignalsMustComeInTimeOrder()
    {
        var machine = new ContractionStateMachine(Options, 0, 0);
        machine.Feed(On(10));

        var ex = Assert.Throws<ArgumentException>(() => machine.Feed(Off(9)));
        Assert.Contains("time order", ex.Message);
    }

    [Fact]
    public void SpasmWindowElapsedCannotBeFed()
    {
        var machine = new ContractionStateMachine(Options, 0, 0);

        Assert.Throws<ArgumentException>(() => machine.Feed(new ContractionSignal(5, ContractionSignalKind.SpasmWindowElapsed)));
    }

    [Fact]
    public void CompletedMachineRefusesMoreSignals()
    {
        var machine = new ContractionStateMachine(Options, 0, 0);
        machine.Complete(10);

        Assert.Throws<InvalidOperationException>(() => machine.Feed(On(11)));
    }

    [Fact]
    public void FiberStartingAboveActivationIsInSpasmAndStartingBetweenThresholdsStartsTheClock()
    {
        Assert.Equal(Phase.Spasm, new ContractionStateMachine(Options, 0, 0.5).InitialPhase);

        var creeping = ContractionStateMachine.Run(Options, 0, 0.03, [], 250);
        Assert.Equal([Phase.Rest, Phase.Spasm], Walk(creeping));
        Assert.Equal(200.0, creeping.Transitions[0].TimeMs);
    }

    [Fact]
    public void IntervalsCoverTheSimulationWithoutGaps()
    {
        var timeline = ContractionStateMachine.Run(Options, -5, 0, Twitch(10), 300);
        var intervals = timeline.Intervals();

        Assert.Equal(-5.0, intervals[0].StartMs);
        Assert.Equal(300.0, intervals[^1].EndMs);
        for (int i = 1; i < intervals.Count; i++)
        {
            Assert.Equal(intervals[i - 1].EndMs, intervals[i].StartMs);
        }

        Assert.Equal(305.0, intervals.Sum(i => i.DurationMs), 9);
    }
}
