using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using IonSim.Integration;
using IonSim.Physiology;

namespace IonSim.Benchmarks.Physiology;

/// <summary>
/// The cost of the muscle model: one right-hand-side evaluation, and a full single twitch from the computed rest
/// (time, allocations, and the RHS evaluations the integrator needed, in the extra "RhsEvaluations" column).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class MuscleFiberBenchmarks
{
    private const int TwitchStates = 1000;

    private MuscleFiber _fiber = null!;
    private double[] _state = null!;
    private double[] _derivatives = null!;
    private double[] _twitchTimes = null!;
    private double[][] _twitchStates = null!;

    /// <summary>Free Mg²⁺ of the fiber, mM: the normal and the severe preset (low Mg²⁺ changes the stiffness of the buffers).</summary>
    [Params(1.0, 0.1)]
    public double MagnesiumMillimolar { get; set; }

    /// <summary>Builds the fiber and a state in the middle of a release, where every flux is active.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _fiber = new MuscleFiber(FiberPresets.WithMagnesium(MagnesiumMillimolar), StimulusProtocol.SinglePulse(10, 300));
        _state = _fiber.InitialState();
        _derivatives = new double[_fiber.Dimension];

        // States the integrator visits: accepted steps of a single twitch, evenly spaced in step index (about half of a
        // twitch's steps lie in the first 50 ms, so release, the rise and relaxation are all represented).
        var twitch = _fiber.Solve(new OdeOptions { RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-8 });
        _twitchTimes = new double[TwitchStates];
        _twitchStates = new double[TwitchStates][];
        for (int k = 0; k < TwitchStates; k++)
        {
            int step = (int)((long)k * (twitch.Times.Count - 1) / (TwitchStates - 1));
            _twitchTimes[k] = twitch.Times[step];
            _twitchStates[k] = twitch.State(step).ToArray();
        }
    }

    /// <summary>One evaluation of the right-hand side during release (t inside the first pulse's waveform).</summary>
    [Benchmark]
    public double Derivatives()
    {
        _fiber.Derivatives(11.5, _state, _derivatives);
        return _derivatives[StateIndex.CalciumPool];
    }

    /// <summary>One evaluation of the right-hand side, averaged over states along a twitch (branches and the stimulus gate as the integrator meets them).</summary>
    [Benchmark(OperationsPerInvoke = TwitchStates)]
    public double DerivativesAlongTwitch()
    {
        double sum = 0;
        for (int k = 0; k < TwitchStates; k++)
        {
            _fiber.Derivatives(_twitchTimes[k], _twitchStates[k], _derivatives);
            sum += _derivatives[StateIndex.CalciumPool];
        }

        return sum;
    }

    /// <summary>A single twitch, 300 ms, from the rest solve through the integrator, keeping no trajectory.</summary>
    [Benchmark]
    public long SingleTwitch() => SolveTwitch(_fiber);

    internal static long SolveTwitch(MuscleFiber fiber)
    {
        var solution = fiber.Solve(new OdeOptions { RelativeTolerance = 1e-6 }, new OdeRequest { StoreSteps = false });
        return solution.Statistics.RhsEvaluations;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new RhsEvaluationsColumn());
    }

    /// <summary>Reports how many RHS evaluations a single twitch took (deterministic, so one run suffices).</summary>
    private sealed class RhsEvaluationsColumn : IColumn
    {
        public string Id => nameof(RhsEvaluationsColumn);

        public string ColumnName => "RhsEvaluations";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Right-hand-side evaluations of one single-twitch solve (rtol 1e-6)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            if (benchmarkCase.Descriptor.WorkloadMethod.Name != nameof(SingleTwitch))
            {
                return "1";
            }

            double mg = (double)benchmarkCase.Parameters[nameof(MagnesiumMillimolar)]!;
            var fiber = new MuscleFiber(FiberPresets.WithMagnesium(mg), StimulusProtocol.SinglePulse(10, 300));
            return SolveTwitch(fiber).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
