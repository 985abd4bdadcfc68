using IonSim.Integration;

namespace IonSim.Tests.Integration;

/// <summary>The automatic method moves to Rodas5P where the problem is stiff and back where it is not, and says where.</summary>
public class AutoSwitchTests
{
    [Fact]
    public void Van_der_Pol_switches_both_ways_at_each_fast_jump_and_matches_Rodas5P()
    {
        // μ = 1000: slow stiff stretches between fast jumps, about every 807 time units.
        var system = new LambdaSystem(2, (t, y, d) => { d[0] = y[1]; d[1] = 1000.0 * (1 - y[0] * y[0]) * y[1] - y[0]; });
        var auto = new OdeOptions { Method = OdeMethod.Auto, RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-6 };
        var request = new OdeRequest { StoreSteps = false };

        OdeSolution solution = OdeSolver.Solve(system, 0, [2.0, 0.0], 2000, auto, request);
        OdeSolution stiff = OdeSolver.Solve(system, 0, [2.0, 0.0], 2000, auto with { Method = OdeMethod.Rodas5P, RelativeTolerance = 1e-9, AbsoluteTolerance = 1e-9 }, request);

        IReadOnlyList<MethodSwitch> switches = solution.MethodSwitches;
        Assert.Equal(OdeMethod.Rodas5P, switches[0].To);
        Assert.Contains(switches, s => s.To == OdeMethod.DormandPrince45 && s.Time > 700 && s.Time < 900);
        for (int i = 1; i < switches.Count; i++)
        {
            Assert.True(switches[i].Time > switches[i - 1].Time);
            Assert.NotEqual(switches[i].To, switches[i - 1].To);
        }

        Assert.Equal(stiff.FinalState[0], solution.FinalState[0], 3);
        Assert.False(solution.StiffnessSuspected);
    }

    [Fact]
    public void A_problem_that_is_never_stiff_stays_with_Dormand_Prince_step_for_step()
    {
        var options = new OdeOptions { RelativeTolerance = 1e-8, AbsoluteTolerance = 1e-8 };

        OdeSolution auto = OdeSolver.Solve(new Arenstorf(), 0, Arenstorf.Start, Arenstorf.Period, options with { Method = OdeMethod.Auto });
        OdeSolution explicitOnly = OdeSolver.Solve(new Arenstorf(), 0, Arenstorf.Start, Arenstorf.Period, options);

        Assert.Empty(auto.MethodSwitches);
        Assert.Equal(explicitOnly.Times, auto.Times);
        Assert.Equal(explicitOnly.FinalState.ToArray(), auto.FinalState.ToArray());
        Assert.Equal(0, auto.Statistics.JacobianEvaluations);
    }

    [Fact]
    public void Robertson_moves_to_Rodas5P_early_and_stays()
    {
        var p = StiffTestSet.Robertson;
        var options = new OdeOptions { Method = OdeMethod.Auto, RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-10 };

        OdeSolution solution = OdeSolver.Solve(p.System, 0, p.Start, p.TEnd, options, new OdeRequest { StoreSteps = false });

        MethodSwitch only = Assert.Single(solution.MethodSwitches);
        Assert.Equal(OdeMethod.Rodas5P, only.To);
        Assert.True(only.Time < 1.0, $"switched at {only.Time}");
        Assert.True(p.CorrectDigits(solution.FinalState) > 4);
    }
}
