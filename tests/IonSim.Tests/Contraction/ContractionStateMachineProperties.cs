using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IonSim.Contraction;
using static IonSim.Tests.Contraction.Signals;

namespace IonSim.Tests.Contraction;

/// <summary>
/// The machine fed by a random but physically consistent world: a piecewise-linear tension curve with
/// random stimulus pulses, from which the signals are derived exactly as the integrator would locate them
/// (threshold crossings inside segments, peaks and troughs at vertices).
/// </summary>
public class ContractionStateMachineProperties
{
    private static readonly ContractionOptions Options = ContractionOptions.Default;

    public sealed record World(double[] Times, double[] Tensions, (double On, double Off)[] Pulses, double EndMs)
    {
        public override string ToString() =>
            $"T = [{string.Join(", ", Times.Zip(Tensions, (t, v) => $"({t}, {v})"))}], pulses = [{string.Join(", ", Pulses)}], end = {EndMs}";
    }

    private static Gen<World> Worlds =>
        from count in Gen.Choose(2, 40)
        from steps in Gen.Choose(1, 60).ArrayOf(count)
        from levels in Gen.Choose(0, 300).ArrayOf(count + 1)
        from pulseStarts in Gen.Choose(0, 1500).ArrayOf()
        from widths in Gen.Choose(0, 30).ArrayOf(pulseStarts.Length)
        select Build(steps, levels, pulseStarts, widths);

    private static World Build(int[] steps, int[] levels, int[] pulseStarts, int[] widths)
    {
        // Vertex times end in .25, stimulus edges in .5 or .75, tension levels in .5/1000: nothing ties or sits on a threshold.
        var times = new double[levels.Length];
        var tensions = new double[levels.Length];
        times[0] = 0.25;
        tensions[0] = (levels[0] + 0.5) / 1000;
        int previous = levels[0];
        for (int i = 1; i < levels.Length; i++)
        {
            // No flat segments: a smooth curve turns round at an isolated peak or trough, where dT/dt changes sign.
            times[i] = times[i - 1] + steps[i - 1];
            int level = levels[i] == previous ? levels[i] + 1 : levels[i];
            tensions[i] = (level + 0.5) / 1000;
            previous = level;
        }

        var pulses = new List<(double, double)>();
        double free = 0;
        foreach (var (start, width) in pulseStarts.Zip(widths).OrderBy(p => p.First))
        {
            double on = start + 0.5, off = on + width + 0.25;
            if (on > free && off < times[^1])
            {
                pulses.Add((on, off));
                free = off;
            }
        }

        return new World(times, tensions, [.. pulses], times[^1] + 100.5);
    }

    private static List<ContractionSignal> SignalsOf(World w)
    {
        var signals = new List<ContractionSignal>();
        foreach (var (on, off) in w.Pulses)
        {
            signals.Add(On(on));
            signals.Add(Off(off));
        }

        for (int i = 0; i + 1 < w.Times.Length; i++)
        {
            double t0 = w.Times[i], t1 = w.Times[i + 1], v0 = w.Tensions[i], v1 = w.Tensions[i + 1];
            foreach (var (threshold, isActivation) in new[] { (Options.RestThresholdFraction, false), (Options.ActivationThresholdFraction, true) })
            {
                if ((v0 - threshold) * (v1 - threshold) < 0)
                {
                    double t = t0 + ((threshold - v0) / (v1 - v0) * (t1 - t0));
                    bool rising = v1 > v0;
                    signals.Add(isActivation ? ContractionSignal.ActivationCrossing(t, rising) : ContractionSignal.RestCrossing(t, rising));
                }
            }

            if (i > 0)
            {
                double before = v0 - w.Tensions[i - 1], after = v1 - v0;
                if (before > 0 && after < 0)
                {
                    signals.Add(Peak(t0));
                }
                else if (before < 0 && after > 0)
                {
                    signals.Add(Trough(t0));
                }
            }
        }

        return [.. signals.OrderBy(s => s.TimeMs)];
    }

    [Property(MaxTest = 500)]
    public Property AnyConsistentSignalStreamIsAcceptedAndGivesAValidWalkCoveringTheTime() =>
        Prop.ForAll(Worlds.ToArbitrary(), world =>
        {
            var timeline = ContractionStateMachine.Run(Options, world.Times[0], world.Tensions[0], SignalsOf(world), world.EndMs);

            var previous = timeline.InitialPhase;
            double previousTime = timeline.StartMs;
            foreach (var transition in timeline.Transitions)
            {
                Assert.Equal(previous, transition.From);
                Assert.True(TransitionTable.Allows(transition.From, transition.To), $"{transition.From} -> {transition.To}");
                Assert.True(transition.TimeMs >= previousTime && transition.TimeMs <= timeline.EndMs);
                previous = transition.To;
                previousTime = transition.TimeMs;
            }

            var intervals = timeline.Intervals();
            Assert.Equal(timeline.StartMs, intervals[0].StartMs);
            Assert.Equal(timeline.EndMs, intervals[^1].EndMs);
            for (int i = 0; i < intervals.Count; i++)
            {
                Assert.True(intervals[i].DurationMs >= 0);
                if (i > 0)
                {
                    Assert.Equal(intervals[i - 1].EndMs, intervals[i].StartMs);
                }

                if (intervals[i].DurationMs > 0)
                {
                    double mid = 0.5 * (intervals[i].StartMs + intervals[i].EndMs);
                    Assert.Equal(intervals[i].Phase, timeline.PhaseAt(mid));
                }
            }
        });

    [Property(MaxTest = 500)]
    public Property ArbitrarySignalsEitherApplyOrAreRefusedAndTheTimelineStaysAValidWalk() =>
        Prop.ForAll(Gen.Choose(0, 7).ArrayOf().ToArbitrary(), kinds =>
        {
            // A spasm window longer than the stream keeps the machine's own clock out of this property.
            var machine = new ContractionStateMachine(new ContractionOptions(spasmWindowMs: 1e9), 0, 0);
            double t = 0;
            foreach (int kind in kinds)
            {
                t += 1;
                var before = machine.Phase;
                int countBefore = machine.Transitions.Count;
                try
                {
                    machine.Feed(new ContractionSignal(t, (ContractionSignalKind)kind));
                }
                catch (InvalidContractionSignalException ex)
                {
                    Assert.Equal(before, ex.Phase);
                    Assert.Equal(before, machine.Phase);
                    Assert.Equal(countBefore, machine.Transitions.Count);
                }
            }

            var timeline = machine.Complete(t + 1);
            var previous = timeline.InitialPhase;
            foreach (var transition in timeline.Transitions)
            {
                Assert.Equal(previous, transition.From);
                Assert.True(TransitionTable.Allows(transition.From, transition.To));
                previous = transition.To;
            }
        });
}
