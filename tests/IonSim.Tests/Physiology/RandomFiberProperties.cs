using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IonSim.Physiology;

namespace IonSim.Tests.Physiology;

/// <summary>Conservation, non-negativity and bounded tension over random valid fibers and random protocols.</summary>
public class RandomFiberProperties
{
    private static Arbitrary<(FiberParameters Parameters, StimulusProtocol Protocol)> Cases()
    {
        var parameters =
            from mg in Gen.Elements(0.1, 0.25, 0.5, 1.0, 2.0, 3.0)
            from mode in Gen.Elements(MagnesiumMode.Clamped, MagnesiumMode.Dynamic)
            from condition in Gen.Elements(RestCondition.SrLoadFixed, RestCondition.TotalCalciumFixed)
            from mechanisms in Gen.Choose(0, (int)MagnesiumMechanisms.All).Select(i => (MagnesiumMechanisms)i)
            from pump in Gen.Choose(50, 200).Select(i => i / 100.0)
            from parvalbumin in Gen.Choose(20, 200).Select(i => i / 100.0)
            from permeability in Gen.Choose(50, 200).Select(i => i / 100.0)
            from load in Gen.Choose(70, 110).Select(i => i / 100.0)
            select FiberPresets.WithMagnesium(mg) with
            {
                MagnesiumMode = mode,
                RestCondition = condition,
                Mechanisms = mechanisms,
                SrTotalCalciumMicromolar = FiberPresets.Normal.SrTotalCalciumMicromolar * load,
                FiberTotalCalciumMicromolar = FiberPresets.Normal.FiberTotalCalciumMicromolar * load,
                Serca = FiberPresets.Normal.Serca with { MaxRateMicromolarPerMs = FiberPresets.Normal.Serca.MaxRateMicromolarPerMs * pump },
                Parvalbumin = FiberPresets.Normal.Parvalbumin with { TotalMicromolar = FiberPresets.Normal.Parvalbumin.TotalMicromolar * parvalbumin },
                Release = FiberPresets.Normal.Release with { StimulusPermeabilityPerMs = FiberPresets.Normal.Release.StimulusPermeabilityPerMs * permeability },
            };
        var protocols =
            from count in Gen.Choose(1, 5)
            from gaps in Gen.Choose(2, 80).ArrayOf(count)
            select StimulusProtocol.Explicit(gaps.Select((g, i) => 5.0 + gaps.Take(i + 1).Sum() - gaps[0]), durationMs: 120 + gaps.Sum());
        return (from p in parameters from s in protocols select (p, s)).ToArbitrary();
    }

    [Property(MaxTest = 25)]
    public Property Calcium_and_magnesium_are_conserved_and_states_stay_physical() =>
        Prop.ForAll(Cases(), c =>
        {
            FiberRun run;
            try
            {
                run = FiberRun.Simulate(c.Parameters, c.Protocol, relativeTolerance: 1e-6, outputStepMs: 0.5);
            }
            catch (NoRestStateException)
            {
                return true.Label("no rest (allowed: reported, not simulated)");
            }

            double ca0 = run.Fiber.TotalCalciumMicromolar(run.States[0]);
            double mg0 = run.Fiber.TotalMagnesiumMicromolar(run.States[0]);
            foreach (double[] y in run.States)
            {
                Assert.Equal(ca0, run.Fiber.TotalCalciumMicromolar(y), ca0 * 1e-9);
                if (c.Parameters.MagnesiumMode == MagnesiumMode.Dynamic)
                {
                    Assert.Equal(mg0, run.Fiber.TotalMagnesiumMicromolar(y), mg0 * 1e-9);
                }

                Invariants.AssertPhysical(run.Fiber, y);
            }

            return true.ToProperty();
        });
}
