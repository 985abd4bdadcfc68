using BenchmarkDotNet.Attributes;
using IonSim.Experiments;
using IonSim.Integration;
using IonSim.Physiology;

namespace IonSim.Benchmarks.Physiology;

/// <summary>A single fibre twitch (300 ms from rest, nothing stored) with each method at the tolerance Experiment uses.</summary>
[MemoryDiagnoser]
public class FiberMethodBenchmarks
{
    private static readonly OdeRequest NoStorage = new() { StoreSteps = false };
    private MuscleFiber _fiber = null!;
    private OdeOptions _options = new();

    /// <summary>The step method.</summary>
    [Params(OdeMethod.DormandPrince45, OdeMethod.Rodas5P, OdeMethod.Auto)]
    public OdeMethod StepMethod { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _fiber = new MuscleFiber(FiberPresets.WithMagnesium(1.0), StimulusProtocol.SinglePulse(10, 300));
        _options = SimulationOptions.DefaultSolver with { Method = StepMethod };
    }

    [Benchmark]
    public long SingleTwitch() => _fiber.Solve(_options, NoStorage).Statistics.RhsEvaluations;
}
