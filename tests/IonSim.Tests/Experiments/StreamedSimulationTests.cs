using IonSim.Contraction;
using IonSim.Experiments;
using IonSim.Integration;
using IonSim.Physiology;

namespace IonSim.Tests.Experiments;

/// <summary>
/// Experiment measures a solve as it runs and stores only the components its metrics read. These tests
/// rebuild every number the stored way, from the public integrator (output times and a full dense
/// solution, as Experiment did before; the metrics' curve reads that full solution), and require the same bits.
/// </summary>
public class StreamedSimulationTests
{
    public static TheoryData<double, int> Cases => new()
    {
        { 1.0, 1 },  // the normal twitch
        { 0.3, 1 },  // low Mg²⁺
        { 3.0, 1 },  // high Mg²⁺
        { 1.0, 4 },  // a train: train metrics and one window per pulse
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Metrics_trace_and_work_equal_those_from_the_full_stored_solution(double magnesiumMillimolar, int pulses)
    {
        FiberParameters parameters = FiberPresets.Normal with { FreeMagnesiumMillimolar = magnesiumMillimolar };
        StimulusProtocol protocol = pulses == 1 ? StimulusProtocol.SinglePulse(10, 150) : StimulusProtocol.TrainForDuration(50, 70, 5, 150);
        var options = new SimulationOptions { OutputIntervalMs = 0.25 };

        SimulationResult streamed = Experiment.Simulate(parameters, protocol, options);

        var rest = RestState.Compute(parameters);
        var fiber = new MuscleFiber(parameters, protocol);
        double[] grid = streamed.Trace.TimeMs.ToArray();
        OdeSolution stored = fiber.Solve(options.Solver, new OdeRequest { OutputTimes = grid, DenseOutput = true }, rest);
        DenseSolution dense = stored.Dense!;
        var curve = new ContractionCurve(dense, StateIndex.Tension, fiber.FreeCalciumMicromolar);
        double end = protocol.DurationMs;
        double[] pulseTimes = protocol.PulseTimesMs.Where(t => t < end).ToArray();

        Assert.Equal(ContractionMetrics.Twitches(curve, pulseTimes, end, options.Contraction), streamed.Twitches);
        if (pulseTimes.Length >= 2)
        {
            double trainEnd = Math.Min(end, pulseTimes[^1] + ((pulseTimes[^1] - pulseTimes[0]) / (pulseTimes.Length - 1)));
            Assert.Equal(ContractionMetrics.Train(curve, pulseTimes, trainEnd, options.Contraction), streamed.Train);
        }

        Assert.Equal(stored.Times.Count, streamed.Trace.Count);
        BindingSite[] sites = Enum.GetValues<BindingSite>();
        for (int i = 0; i < stored.Times.Count; i++)
        {
            ReadOnlySpan<double> state = stored.State(i);
            Assert.Equal(stored.Times[i], streamed.Trace.TimeMs[i]);
            Assert.Equal(fiber.FreeCalciumMicromolar(state), streamed.Trace.FreeCalciumMicromolar[i]);
            Assert.Equal(fiber.SrCalciumMicromolar(state), streamed.Trace.SrCalciumMicromolar[i]);
            Assert.Equal(fiber.Tension(state), streamed.Trace.Tension[i]);
            for (int s = 0; s < sites.Length; s++)
            {
                SiteOccupancy occupancy = fiber.Occupancy(state, sites[s]);
                Assert.Equal(occupancy.CalciumFraction, streamed.Trace.Sites[s].CalciumFraction[i]);
                Assert.Equal(occupancy.MagnesiumFraction, streamed.Trace.Sites[s].MagnesiumFraction[i]);
            }
        }

        Assert.Equal(stored.Statistics, streamed.Statistics);
    }

    [Fact]
    public void A_sweep_point_measures_what_a_simulation_of_the_same_fiber_measures()
    {
        var protocol = StimulusProtocol.SinglePulse(10, 150);

        MagnesiumSweepPoint point = Experiment.MagnesiumSweep([0.5], FiberPresets.Normal, protocol).Single();
        SimulationResult simulated = Experiment.Simulate(FiberPresets.Normal with { FreeMagnesiumMillimolar = 0.5 }, protocol);

        Assert.Equal(simulated.Twitches, point.Twitches);
        Assert.Equal(simulated.HasSpasm, point.HasSpasm);
        Assert.Equal(simulated.EndedAtRest, point.EndedAtRest);
    }
}
