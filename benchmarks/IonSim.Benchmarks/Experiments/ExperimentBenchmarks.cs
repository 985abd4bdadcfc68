using BenchmarkDotNet.Attributes;
using IonSim.Experiments;
using IonSim.Physiology;

namespace IonSim.Benchmarks.Experiments;

/// <summary>
/// What a user waits for: one full single-twitch simulation (rest, solve with events, the
/// recorded curve, state machine, metrics, a 0.1 ms trace) and a 100-point magnesium dose–response sweep,
/// which runs across both cores.
/// </summary>
[MemoryDiagnoser]
public class ExperimentBenchmarks
{
    private static readonly StimulusProtocol Twitch = StimulusProtocol.SinglePulse(10);
    private static readonly IReadOnlyList<double> HundredLevels = SweepRange.Logarithmic(0.15, 3.0, 100);
    private static readonly SimulationOptions SweepOptions = new() { OutputIntervalMs = 1.0 };

    /// <summary>A single twitch of the normal preset, 410 ms, traced every 0.1 ms.</summary>
    [Benchmark]
    public double SingleTwitchSimulation() => Experiment.Simulate(FiberPresets.Normal, Twitch).Twitches[0].PeakTension;

    /// <summary>A single twitch at 100 free Mg²⁺ levels from 0.15 to 3 mM (log-spaced): metrics and phases only, no trace.</summary>
    [Benchmark]
    public int MagnesiumSweep100() => Experiment.MagnesiumSweep(HundredLevels, FiberPresets.Normal, Twitch, SweepOptions).Count;
}
