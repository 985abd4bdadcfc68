using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IonSim.Contraction;
using IonSim.Experiments;
using IonSim.Physiology;

namespace IonSim.Tests.Experiments;

/// <summary>Laws of whole simulations over random Mg²⁺ levels and stimulus protocols.</summary>
public class SimulationProperties
{
    private static readonly SimulationOptions Coarse = new() { OutputIntervalMs = 2 };

    private static Gen<(double Mg, double[] Pulses)> Cases() =>
        from mg in Gen.Choose(15, 300).Select(i => i / 100.0)
        from count in Gen.Choose(1, 6)
        from gaps in Gen.ListOf(Gen.Choose(4, 120).Select(i => (double)i), count)
        select (mg, gaps.Select((g, i) => gaps.Take(i + 1).Sum()).ToArray());

    [Property(MaxTest = 12)]
    public Property The_timeline_is_a_valid_walk_of_the_table_and_phases_cover_the_run_without_gaps()
    {
        return Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var r = Experiment.Simulate(FiberPresets.WithMagnesium(c.Mg), StimulusProtocol.Explicit(c.Pulses, c.Pulses[^1] + 300), Coarse);

            bool validWalk = r.Timeline.Transitions.All(t => TransitionTable.Allows(t.From, t.To))
                && r.Timeline.Transitions.Zip(r.Timeline.Transitions.Skip(1)).All(p => p.First.To == p.Second.From && p.First.TimeMs <= p.Second.TimeMs)
                && (r.Timeline.Transitions.Count == 0 || r.Timeline.Transitions[0].From == Phase.Rest);
            var intervals = r.Timeline.Intervals();
            bool covers = intervals[0].StartMs == 0 && intervals[^1].EndMs == r.Protocol.DurationMs
                && intervals.Zip(intervals.Skip(1)).All(p => p.First.EndMs == p.Second.StartMs);
            bool tensionInRange = r.Trace.Tension.All(t => t >= 0 && t <= 1);
            // A pulse starts activation, or adds to a contraction (or spasm) already under way.
            bool everyPulseActivates = c.Pulses.All(p => r.Timeline.PhaseAt(p) is Phase.Activation or Phase.Contraction or Phase.Spasm);
            return (validWalk && covers && tensionInRange && everyPulseActivates)
                .Label($"Mg {c.Mg} mM, pulses [{string.Join(", ", c.Pulses)}]: walk {validWalk}, covers {covers}, tension {tensionInRange}, pulses {everyPulseActivates}");
        });
    }
}
