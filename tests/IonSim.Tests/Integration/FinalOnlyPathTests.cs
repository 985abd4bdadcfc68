using IonSim.Integration;

namespace IonSim.Tests.Integration;

/// <summary>A solve that asks for nothing but the final state skips the per-step reporting, and lands on exactly the same state.</summary>
public class FinalOnlyPathTests
{
    [Theory]
    [InlineData(1e-6)]
    [InlineData(1e-9)]
    public void Asking_for_nothing_per_step_changes_no_bit(double tolerance)
    {
        var quiet = new OdeOptions { RelativeTolerance = tolerance, AbsoluteTolerance = tolerance, Stiffness = StiffnessPolicy.Ignore };
        var checkedForStiffness = quiet with { Stiffness = StiffnessPolicy.Report };
        var finalOnly = new OdeRequest { StoreSteps = false };
        var everyStep = new OdeRequest { StoreSteps = true };

        OdeSolution fast = OdeSolver.Solve(new Arenstorf(), 0, Arenstorf.Start, Arenstorf.Period, quiet, finalOnly);
        foreach (OdeSolution reported in new[]
        {
            OdeSolver.Solve(new Arenstorf(), 0, Arenstorf.Start, Arenstorf.Period, quiet, everyStep),
            OdeSolver.Solve(new Arenstorf(), 0, Arenstorf.Start, Arenstorf.Period, checkedForStiffness, finalOnly),
        })
        {
            Assert.Equal(reported.FinalState.ToArray(), fast.FinalState.ToArray());
            Assert.Equal(reported.FinalTime, fast.FinalTime);
            Assert.Equal(reported.Statistics, fast.Statistics);
        }
    }
}
