using BenchmarkDotNet.Attributes;
using IonSim.Integration;
using IonSim.Tests.Integration;

namespace IonSim.Benchmarks.Integration;

/// <summary>
/// The stiff paths: Rodas5P and the automatic switch on the stiff test set at rtol = 1e-6 (atol by
/// each problem's convention, analytic Jacobians). Nothing is stored, so what is allocated is
/// per-solve set-up.
/// </summary>
[MemoryDiagnoser]
public class StiffBenchmarks
{
    private static readonly OdeRequest NoStorage = new() { StoreSteps = false };
    private StiffProblem _problem = StiffTestSet.Robertson;
    private OdeOptions _options = new();

    /// <summary>The test-set problem.</summary>
    [Params("ROBER", "VDPOL", "HIRES", "OREGO")]
    public string Problem { get; set; } = "ROBER";

    /// <summary>The step method.</summary>
    [Params(OdeMethod.Rodas5P, OdeMethod.Auto)]
    public OdeMethod StepMethod { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _problem = StiffTestSet.All.Single(p => p.Name == Problem);
        _options = new OdeOptions { Method = StepMethod, RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-6 * _problem.AbsoluteToleranceFactor };
    }

    [Benchmark]
    public double TestSetProblem() =>
        OdeSolver.Solve(_problem.System, 0, _problem.Start, _problem.TEnd, _options, NoStorage).FinalState[0];
}
