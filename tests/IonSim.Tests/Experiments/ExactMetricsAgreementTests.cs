using IonSim.Contraction;
using IonSim.Experiments;
using IonSim.Integration;
using IonSim.Physiology;

namespace IonSim.Tests.Experiments;

/// <summary>
/// A simulation measures tension exactly on each step's polynomial and probes free Ca²⁺ on the steps. These tests measure
/// the same solution the way the metrics did before (a curve of two functions of a full dense solution, probed every
/// 0.05 ms and refined, integrals by adaptive quadrature) and require agreement far below what is reported: the two
/// differ only by the probed method's own refinement error.
/// </summary>
public class ExactMetricsAgreementTests
{
    // Largest differences measured over the three presets, 100 Mg²⁺ levels from 0.1 to 5 mM and six trains, with each of
    // Dormand–Prince, Rodas5P and Auto (benchmarks/README.md): tension peaks identical, Ca²⁺ peaks 1.7e-15 relative, times
    // 3.5e-8 ms, integrals 4.6e-10 relative. The bounds are far below anything reported, and far above those differences.
    private const double PeakRelative = 1e-9, TimeMs = 1e-6, IntegralRelative = 1e-8;

    public static TheoryData<double, int, OdeMethod> Cases => new()
    {
        { 1.0, 1, OdeMethod.DormandPrince45 },
        { 0.25, 1, OdeMethod.DormandPrince45 },
        { 0.1, 1, OdeMethod.DormandPrince45 },
        { 0.5, 1, OdeMethod.DormandPrince45 },
        { 2.0, 1, OdeMethod.DormandPrince45 },
        { 5.0, 1, OdeMethod.DormandPrince45 },
        { 1.0, 4, OdeMethod.DormandPrince45 },
        { 0.25, 6, OdeMethod.DormandPrince45 },
        // The searches read each step's polynomial whatever method filled it: Rodas5P's steps are ten times longer.
        { 1.0, 1, OdeMethod.Rodas5P },
        { 0.25, 4, OdeMethod.Auto },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Exact_metrics_agree_with_the_probed_ones(double magnesiumMillimolar, int pulses, OdeMethod method)
    {
        FiberParameters parameters = FiberPresets.Normal with { FreeMagnesiumMillimolar = magnesiumMillimolar };
        StimulusProtocol protocol = pulses == 1 ? StimulusProtocol.SinglePulse(10) : StimulusProtocol.Train(50, pulses, 10, 300);
        var options = new SimulationOptions { Solver = SimulationOptions.DefaultSolver with { Method = method } };

        SimulationResult exact = Experiment.Simulate(parameters, protocol, options);
        var (probed, probedTrain) = Probed(parameters, protocol, options);

        Assert.Equal(probed.Count, exact.Twitches.Count);
        for (int i = 0; i < probed.Count; i++)
        {
            TwitchMetrics e = exact.Twitches[i], p = probed[i];
            AssertRelative(p.PeakTension, e.PeakTension, PeakRelative);
            AssertRelative(p.PeakFreeCalciumMicromolar, e.PeakFreeCalciumMicromolar, PeakRelative);
            AssertRelative(p.TensionTimeIntegralMs, e.TensionTimeIntegralMs, IntegralRelative);
            foreach (var (a, b) in new[]
            {
                (p.TimeToPeakMs, e.TimeToPeakMs), (p.HalfRelaxationTimeMs, e.HalfRelaxationTimeMs), (p.Rt90Ms, e.Rt90Ms),
                (p.DurationAtHalfMaximumMs, e.DurationAtHalfMaximumMs), (p.TimeToPeakCalciumMs, e.TimeToPeakCalciumMs),
                (p.CalciumDurationAtHalfMaximumMs, e.CalciumDurationAtHalfMaximumMs),
            })
            {
                Assert.Equal(double.IsNaN(a), double.IsNaN(b));
                Assert.True(double.IsNaN(a) || Math.Abs(a - b) <= TimeMs, $"{a:R} vs {b:R}");
            }

            Assert.Equal(p.RestingTensionBefore, e.RestingTensionBefore);
            Assert.Equal(p.RestingTensionAfter, e.RestingTensionAfter);
            Assert.Equal(p.RestingCalciumBeforeMicromolar, e.RestingCalciumBeforeMicromolar);
            Assert.Equal(p.RestingCalciumAfterMicromolar, e.RestingCalciumAfterMicromolar);
        }

        Assert.Equal(probedTrain is null, exact.Train is null);
        if (probedTrain is not null)
        {
            TrainMetrics e = exact.Train!;
            AssertRelative(probedTrain.MeanTension, e.MeanTension, IntegralRelative);
            AssertRelative(probedTrain.PeakTension, e.PeakTension, PeakRelative);
            AssertRelative(probedTrain.LastPeakTension, e.LastPeakTension, PeakRelative);
            AssertRelative(probedTrain.LastTroughTension, e.LastTroughTension, PeakRelative);
            AssertRelative(probedTrain.MinimumTroughTension, e.MinimumTroughTension, PeakRelative);
            Assert.Equal(probedTrain.FusionIndex, e.FusionIndex, 1e-9);
            Assert.Equal(probedTrain.RelaxedBetweenPulses, e.RelaxedBetweenPulses);
        }
    }

    /// <summary>The metrics of the same solve measured on a curve of two functions, as Experiment measured before.</summary>
    internal static (IReadOnlyList<TwitchMetrics> Twitches, TrainMetrics? Train) Probed(FiberParameters parameters, StimulusProtocol protocol, SimulationOptions options)
    {
        var rest = RestState.Compute(parameters);
        var fiber = new MuscleFiber(parameters, protocol);
        var events = new ContractionEvents(fiber, options.Contraction);
        DenseSolution dense = fiber.Solve(options.Solver, new OdeRequest { Events = events.Events, DenseOutput = true }, rest).Dense!;
        var y = new double[fiber.Dimension];
        var curve = new ContractionCurve(
            dense.TimeStart,
            dense.TimeEnd,
            t => { dense.Evaluate(t, y); return fiber.Tension(y); },
            t => { dense.Evaluate(t, y); return fiber.FreeCalciumMicromolar(y); });
        double end = protocol.DurationMs;
        double[] pulses = protocol.PulseTimesMs.Where(t => t < end).ToArray();
        TrainMetrics? train = pulses.Length >= 2
            ? ContractionMetrics.Train(curve, pulses, Math.Min(end, pulses[^1] + ((pulses[^1] - pulses[0]) / (pulses.Length - 1))), options.Contraction)
            : null;
        return (ContractionMetrics.Twitches(curve, pulses, end, options.Contraction), train);
    }

    private static void AssertRelative(double expected, double actual, double relative) =>
        Assert.True(Math.Abs(actual - expected) <= relative * Math.Abs(expected), $"{actual:R} differs from {expected:R} by more than {relative} relative");
}
