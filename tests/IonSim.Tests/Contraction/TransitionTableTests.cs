using IonSim.Contraction;

namespace IonSim.Tests.Contraction;

public class TransitionTableTests
{
    public static TheoryData<Phase, Phase> RequiredTransitions => new()
    {
        { Phase.Rest, Phase.Activation },
        { Phase.Activation, Phase.Contraction },
        { Phase.Contraction, Phase.Relaxation },
        { Phase.Relaxation, Phase.Rest },
        { Phase.Relaxation, Phase.Activation },
        { Phase.Relaxation, Phase.Contraction },
        { Phase.Contraction, Phase.Spasm },
        { Phase.Relaxation, Phase.Spasm },
        { Phase.Rest, Phase.Spasm },
        { Phase.Spasm, Phase.Rest },
        { Phase.Activation, Phase.Relaxation },
        { Phase.Activation, Phase.Rest },
    };

    [Theory]
    [MemberData(nameof(RequiredTransitions))]
    public void TheIssueTransitionsExist(Phase from, Phase to) => Assert.True(TransitionTable.Allows(from, to));

    [Theory]
    [InlineData(Phase.Rest, Phase.Relaxation)]
    [InlineData(Phase.Contraction, Phase.Rest)]
    [InlineData(Phase.Contraction, Phase.Activation)]
    [InlineData(Phase.Spasm, Phase.Contraction)]
    [InlineData(Phase.Rest, Phase.Rest)]
    public void TransitionsThatMakeNoSenseAreAbsent(Phase from, Phase to) => Assert.False(TransitionTable.Allows(from, to));

    [Fact]
    public void ForEachPhaseAndSignalExactlyOneRowAppliesInEveryContextOrNoneAtAll()
    {
        var guards = new[]
        {
            SignalGuard.StimulusActive, SignalGuard.NoStimulus, SignalGuard.AboveActivationThreshold,
            SignalGuard.BelowActivationThreshold, SignalGuard.AboveRestThreshold, SignalGuard.BelowRestThreshold,
        };
        foreach (var group in TransitionTable.Rules.GroupBy(r => (r.From, r.Signal)))
        {
            for (int bits = 0; bits < 8; bits++)
            {
                bool stimulus = (bits & 1) != 0, aboveActivation = (bits & 2) != 0, aboveRest = (bits & 4) != 0;
                bool Satisfied(SignalGuard g) =>
                    (!g.HasFlag(SignalGuard.StimulusActive) || stimulus)
                    && (!g.HasFlag(SignalGuard.NoStimulus) || !stimulus)
                    && (!g.HasFlag(SignalGuard.AboveActivationThreshold) || aboveActivation)
                    && (!g.HasFlag(SignalGuard.BelowActivationThreshold) || !aboveActivation)
                    && (!g.HasFlag(SignalGuard.AboveRestThreshold) || aboveRest)
                    && (!g.HasFlag(SignalGuard.BelowRestThreshold) || !aboveRest);

                int matching = group.Count(r => Satisfied(r.Guard));
                Assert.True(matching == 1, $"{group.Key}: {matching} rows apply in context {bits}");
            }
        }

        Assert.Equal(6, guards.Length);
    }

    [Fact]
    public void EveryRowHasACause() =>
        Assert.All(TransitionTable.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Cause)));
}
