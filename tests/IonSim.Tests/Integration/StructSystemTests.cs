using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IonSim.Integration;

namespace IonSim.Tests.Integration;

/// <summary>The struct entry point is the same solver: the same steps, the same numbers, bit for bit.</summary>
public class StructSystemTests
{
    [Property(MaxTest = 60)]
    public Property Struct_and_interface_systems_give_bit_identical_solutions()
    {
        var cases = from rtol in SolverProperties.LogUniform(-10, -3)
                    from forcing in Gen.Choose(0, 300).Select(i => i / 100.0)
                    from span in Gen.Choose(1, 40).Select(i => i * 0.5)
                    from features in Gen.Choose(0, 3)
                    select (rtol, forcing, span, features);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var options = new OdeOptions { RelativeTolerance = c.rtol, AbsoluteTolerance = c.rtol * 1e-3 };
            var request = c.features switch
            {
                0 => new OdeRequest(),
                1 => new OdeRequest { DenseOutput = true, Breakpoints = [c.span / 3] },
                2 => new OdeRequest { OutputTimes = [0.0, c.span / 7, c.span / 2, c.span], Events = [new OdeEvent("x=0", (t, y) => y[0])] },
                _ => new OdeRequest { StoreSteps = false, Events = [new OdeEvent("v=0", (t, y) => y[1], EventDirection.Rising, terminal: true)] },
            };
            var system = new ForcedOscillator(c.forcing);
            OdeSolution viaStruct = OdeSolver.Solve(system, 0.0, [1.0, 0.0], c.span, options, request);
            OdeSolution viaInterface = OdeSolver.Solve((IOdeSystem)system, 0.0, [1.0, 0.0], c.span, options, request);
            return Same(viaStruct, viaInterface);
        });
    }

    [Fact]
    public void A_struct_system_step_loop_allocates_nothing()
    {
        var request = new OdeRequest { StoreSteps = false };
        var system = new ForcedOscillator(0.5);
        long shortRun = Allocation.By(() => OdeSolver.Solve(system, 0.0, [1.0, 0.0], 10.0, null, request));
        long longRun = Allocation.By(() => OdeSolver.Solve(system, 0.0, [1.0, 0.0], 1000.0, null, request));
        Assert.Equal(shortRun, longRun);

        // The path with nothing to report per step (no stored steps, events, output, observer or stiffness check).
        var finalOnly = new OdeOptions { Stiffness = StiffnessPolicy.Ignore };
        long shortFinal = Allocation.By(() => OdeSolver.Solve(system, 0.0, [1.0, 0.0], 10.0, finalOnly, request));
        long longFinal = Allocation.By(() => OdeSolver.Solve(system, 0.0, [1.0, 0.0], 1000.0, finalOnly, request));
        Assert.Equal(shortFinal, longFinal);
    }

    private static bool Same(OdeSolution a, OdeSolution b)
    {
        bool same = a.Statistics == b.Statistics && a.Status == b.Status && a.FinalTime == b.FinalTime
            && a.FinalState.SequenceEqual(b.FinalState) && a.Times.SequenceEqual(b.Times) && a.Events.Count == b.Events.Count;
        for (int i = 0; same && i < a.Times.Count; i++)
        {
            same = a.State(i).SequenceEqual(b.State(i));
        }

        for (int i = 0; same && i < a.Events.Count; i++)
        {
            same = a.Events[i].Time == b.Events[i].Time && a.Events[i].State.SequenceEqual(b.Events[i].State);
        }

        if (same && a.Dense is { } da && b.Dense is { } db)
        {
            for (int i = 0; same && i <= 50; i++)
            {
                double t = da.TimeStart + (da.TimeEnd - da.TimeStart) * i / 50;
                same = da.Evaluate(t, 0) == db.Evaluate(t, 0) && da.Evaluate(t, 1) == db.Evaluate(t, 1);
            }
        }

        return same;
    }

    /// <summary>A damped oscillator pushed by a force that switches on at t = 2: non-autonomous, with a jump.</summary>
    private readonly struct ForcedOscillator(double force) : IOdeSystem
    {
        public int Dimension => 2;

        public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
        {
            dydt[0] = y[1];
            dydt[1] = -y[0] - 0.1 * y[1] + (t >= 2.0 ? force * Math.Cos(t) : 0.0);
        }
    }
}
