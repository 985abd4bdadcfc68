using BenchmarkDotNet.Attributes;
using IonSim.Contraction;
using IonSim.Experiments;
using IonSim.Integration;
using IonSim.Physiology;

namespace IonSim.Benchmarks.Experiments;

/// <summary>
/// Where a single-twitch simulation (normal preset, 410 ms, 0.1 ms trace) spends its time, piece by piece:
/// the rest solve, the bare integration, the integration as Experiment runs it (events, recorder, trace),
/// the metrics on the recorded curve, and the whole of <see cref="Experiment.Simulate"/>.
/// </summary>
[MemoryDiagnoser]
public class TwitchPipelineBenchmarks
{
    private static readonly StimulusProtocol Twitch = StimulusProtocol.SinglePulse(10);
    private readonly SimulationOptions _options = new();
    private RestState _rest = null!;
    private MuscleFiber _fiber = null!;
    private double[] _grid = null!;
    private ContractionCurve _curve = null!;

    /// <summary>Computes the rest and records one twitch for the metrics benchmark.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _rest = RestState.Compute(FiberPresets.Normal);
        _fiber = new MuscleFiber(FiberPresets.Normal, Twitch);
        _grid = Experiment.Simulate(FiberPresets.Normal, Twitch).Trace.TimeMs.ToArray();
        TwitchRecorder recorder = Record(_grid);
        _curve = recorder.Curve();
    }

    /// <summary>The rest state the twitch starts from.</summary>
    [Benchmark]
    public double Rest() => RestState.Compute(FiberPresets.Normal).Tension;

    /// <summary>The integration alone: no output, no events.</summary>
    [Benchmark]
    public long BareSolve() => _fiber.Solve(_options.Solver, new OdeRequest { StoreSteps = false }, _rest).Statistics.RhsEvaluations;

    /// <summary>The integration as Experiment runs it: the state machine's events and the recorder sampling the trace.</summary>
    [Benchmark]
    public int RecordedSolve() => Record(_grid).Trace(new PhaseTimeline(0, Twitch.DurationMs, Phase.Rest, [])).Count;

    /// <summary>The twitch metrics on the recorded curve.</summary>
    [Benchmark]
    public double Metrics() => ContractionMetrics.Twitches(_curve, [10.0], Twitch.DurationMs, _options.Contraction)[0].PeakTension;

    /// <summary>All of it, as a user calls it.</summary>
    [Benchmark]
    public double Simulate() => Experiment.Simulate(FiberPresets.Normal, Twitch).Twitches[0].PeakTension;

    private TwitchRecorder Record(double[] grid)
    {
        var events = new ContractionEvents(_fiber, _options.Contraction);
        var recorder = new TwitchRecorder(_fiber, 0, _rest.ToArray(), grid);
        _fiber.Solve(_options.Solver, new OdeRequest { Events = events.Events, Observer = recorder, StoreSteps = false }, _rest);
        return recorder;
    }
}
