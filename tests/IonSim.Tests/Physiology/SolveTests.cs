using IonSim.Integration;
using IonSim.Physiology;

namespace IonSim.Tests.Physiology;

public class SolveTests
{
    [Fact]
    public void Solve_lands_on_every_stimulus_edge()
    {
        var fiber = new MuscleFiber(FiberPresets.Normal, StimulusProtocol.Train(20, 3, 7.3, 200));
        var solution = fiber.Solve();
        foreach (double edge in fiber.Breakpoints)
        {
            Assert.Contains(edge, solution.Times);
        }
    }

    [Fact]
    public void A_late_pulse_is_not_stepped_over_even_at_a_loose_tolerance()
    {
        // The edges make this hold by construction. (Today the buffers' stability limit keeps steps near 0.2 ms even at rest,
        // so this model would not step over a pulse anyway; the test guards the contract if that ever changes.)
        var fiber = new MuscleFiber(FiberPresets.Normal, StimulusProtocol.SinglePulse(500, 600));
        var peak = new PeakObserver(fiber);
        fiber.Solve(new OdeOptions { RelativeTolerance = 1e-2, AbsoluteTolerance = 1e-3 }, new OdeRequest { StoreSteps = false, Observer = peak });
        Assert.True(peak.PeakTension > 0.1, $"peak tension {peak.PeakTension:G3}");
    }

    [Fact]
    public void Solve_without_a_rest_reports_the_missing_rest()
    {
        var parameters = FiberPresets.Normal with { SrTotalCalciumMicromolar = 1e6 }; // 1 M: more than uptake can hold
        var fiber = new MuscleFiber(parameters, StimulusProtocol.SinglePulse());
        Assert.Throws<NoRestStateException>(() => fiber.Solve());
    }

    private sealed class PeakObserver(MuscleFiber fiber) : IStepObserver
    {
        public double PeakTension { get; private set; }

        public void OnStep(in StepView step) => PeakTension = Math.Max(PeakTension, fiber.Tension(step.State));
    }
    [Fact]
    public void Solve_accepts_a_precomputed_rest_only_for_its_own_parameters()
    {
        var fiber = new MuscleFiber(FiberPresets.Normal, StimulusProtocol.SinglePulse(10, 50));
        var rest = RestState.Compute(FiberPresets.Normal);
        Assert.Equal(fiber.Solve().FinalState.ToArray(), fiber.Solve(rest: rest).FinalState.ToArray());
        Assert.Throws<ArgumentException>(() => fiber.Solve(rest: RestState.Compute(FiberPresets.LowMagnesium)));
    }
}
