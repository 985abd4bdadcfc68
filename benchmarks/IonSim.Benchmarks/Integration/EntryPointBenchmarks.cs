using BenchmarkDotNet.Attributes;
using IonSim.Integration;

namespace IonSim.Benchmarks.Integration;

/// <summary>
/// The two entry points on the two cheapest anchor problems (where per-step overhead shows most):
/// a system written as a class, through <see cref="IOdeSystem"/>, against the same system written
/// as a struct through <c>OdeSolver.Solve&lt;TSystem&gt;</c>. Same steps, same results; only the
/// cost per right-hand-side call differs.
/// </summary>
[MemoryDiagnoser]
public class EntryPointBenchmarks
{
    private static readonly OdeRequest FinalOnly = new() { StoreSteps = false };
    private static readonly double[] Lin3Start = [1.0, 1.0, 0.0];
    private static readonly double[] LorenzStart = [1.0, 1.0, 1.0];
    private readonly IOdeSystem _lin3Class = new Lin3AsClass();
    private readonly IOdeSystem _lorenzClass = new LorenzAsClass();
    private OdeOptions _options = new();

    /// <summary>Relative and absolute tolerance.</summary>
    [Params(1e-6, 1e-9)]
    public double Tolerance { get; set; }

    [GlobalSetup]
    public void Setup() =>
        _options = new OdeOptions { RelativeTolerance = Tolerance, AbsoluteTolerance = Tolerance, Stiffness = StiffnessPolicy.Ignore };

    [Benchmark(Baseline = true)]
    public double Lin3Class() => OdeSolver.Solve(_lin3Class, 0, Lin3Start, 20, _options, FinalOnly).FinalState[0];

    [Benchmark]
    public double Lin3Struct() => OdeSolver.Solve(new Lin3(), 0, Lin3Start, 20, _options, FinalOnly).FinalState[0];

    [Benchmark]
    public double LorenzClass() => OdeSolver.Solve(_lorenzClass, 0, LorenzStart, 20, _options, FinalOnly).FinalState[0];

    [Benchmark]
    public double LorenzStruct() => OdeSolver.Solve(new Lorenz(), 0, LorenzStart, 20, _options, FinalOnly).FinalState[0];

    /// <summary>LIN3 of the anchor set: linear decay plus a rotation.</summary>
    private readonly struct Lin3 : IOdeSystem
    {
        public int Dimension => 3;

        public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
        {
            dydt[0] = -y[0];
            dydt[1] = y[2];
            dydt[2] = -y[1];
        }
    }

    /// <summary>Lorenz's attractor, σ = 10, ρ = 28, β = 8/3.</summary>
    private readonly struct Lorenz : IOdeSystem
    {
        public int Dimension => 3;

        public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
        {
            dydt[0] = 10.0 * (y[1] - y[0]);
            dydt[1] = y[0] * (28.0 - y[2]) - y[1];
            dydt[2] = y[0] * y[1] - 8.0 / 3.0 * y[2];
        }
    }

    private sealed class Lin3AsClass : IOdeSystem
    {
        public int Dimension => 3;

        public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt) => new Lin3().Derivatives(t, y, dydt);
    }

    private sealed class LorenzAsClass : IOdeSystem
    {
        public int Dimension => 3;

        public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt) => new Lorenz().Derivatives(t, y, dydt);
    }
}
