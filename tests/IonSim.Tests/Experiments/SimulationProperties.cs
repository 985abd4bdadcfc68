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
        from count in Gen.Choose(1, 12)
        from gaps in Gen.ListOf(Gen.Choose(2, 120).Select(i => (double)i), count)
        select (mg, gaps.Select((g, i) => gaps.Take(i + 1).Sum()).ToArray());

    [Property(MaxTest = 12)]
    public Property Phases_agree_with_the_tension_and_the_fiber_settles_after_the_last_stimulus()
    {
        return Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var r = Experiment.Simulate(FiberPresets.WithMagnesium(c.Mg), StimulusProtocol.Explicit(c.Pulses, c.Pulses[^1] + 300), Coarse);

            // Rest and Activation are below the activation threshold (tension only reaches it by leaving them);
            // long after the last stimulus the fiber is either back at rest or in spasm, never mid-response.
            double activation = Coarse.Contraction.ActivationThresholdFraction;
            bool restBelowActivation = Enumerable.Range(0, r.Trace.Count)
                .Where(i => r.Trace.Phases[i] == Phase.Rest)
                .All(i => r.Trace.Tension[i] <= activation + 1e-6);
            bool settled = r.Timeline.FinalPhase is Phase.Rest or Phase.Spasm;
            bool tensionInRange = r.Trace.Tension.All(t => t >= 0 && t <= 1);
            // A pulse starts activation, or adds to a contraction (or spasm) already under way.
            bool everyPulseActivates = c.Pulses.All(p => r.Timeline.PhaseAt(p) is Phase.Activation or Phase.Contraction or Phase.Spasm);
            return (restBelowActivation && settled && tensionInRange && everyPulseActivates)
                .Label($"Mg {c.Mg} mM, pulses [{string.Join(", ", c.Pulses)}]: rest below activation {restBelowActivation}, settled {settled} ({r.Timeline.FinalPhase}), tension {tensionInRange}, pulses {everyPulseActivates}");
        });
    }
}
