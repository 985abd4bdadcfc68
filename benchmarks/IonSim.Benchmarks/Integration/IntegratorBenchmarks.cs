using BenchmarkDotNet.Attributes;
using IonSim.Integration;
using IonSim.Tests.Integration;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.OdeSolvers;

namespace IonSim.Benchmarks.Integration;

/// <summary>
/// The integrator's hot path on Arenstorf's orbit (one period) and on a 20-variable binding network,
/// at two tolerances, with MathNet's fixed-step RK4 tuned to the same accuracy for comparison.
/// Steps are not stored, so what is allocated is per-solve set-up only.
/// </summary>
[MemoryDiagnoser]
public class IntegratorBenchmarks
{
    public const double NetworkEnd = 50.0;
    private static readonly OdeRequest NoStorage = new() { StoreSteps = false };
    private readonly Arenstorf _arenstorf = new();
    private readonly BindingNetwork _network = new();
    private readonly double[] _networkStart = BindingNetwork.Start();
    private OdeOptions _options = new();
    private long _networkRhsCalls;
    private double[] _y = [];
    private double[] _dydt = [];

    /// <summary>Relative and absolute tolerance of the adaptive solves.</summary>
    [Params(1e-6, 1e-9)]
    public double Tolerance { get; set; }

    /// <summary>RK4 steps that reach the adaptive solve's accuracy on Arenstorf (found by <c>stats</c>).</summary>
    public int ArenstorfRk4Steps => Tolerance > 1e-7 ? 64_000 : 256_000;

    [GlobalSetup]
    public void Setup()
    {
        _options = new OdeOptions { RelativeTolerance = Tolerance, AbsoluteTolerance = Tolerance, Stiffness = StiffnessPolicy.Ignore };
        _networkRhsCalls = OdeSolver.Solve(_network, 0, _networkStart, NetworkEnd, _options, NoStorage).Statistics.RhsEvaluations;
        _y = (double[])_networkStart.Clone();
        _dydt = new double[_y.Length];
    }

    [Benchmark]
    public double ArenstorfOnePeriod() =>
        OdeSolver.Solve(_arenstorf, 0, Arenstorf.Start, Arenstorf.Period, _options, NoStorage).FinalState[0];

    [Benchmark]
    public double BindingNetwork20() =>
        OdeSolver.Solve(_network, 0, _networkStart, NetworkEnd, _options, NoStorage).FinalState[0];

    /// <summary>The right-hand side alone, called as often as <see cref="BindingNetwork20"/> calls it: the rest is the integrator's own work.</summary>
    [Benchmark]
    public double BindingNetwork20RhsOnly()
    {
        for (long i = 0; i < _networkRhsCalls; i++)
        {
            _network.Derivatives(0.0, _y, _dydt);
        }

        return _dydt[0];
    }

    [Benchmark]
    public double ArenstorfMathNetRk4()
    {
        var f = (double t, Vector<double> y) =>
        {
            var d = new double[4];
            _arenstorf.Derivatives(t, y.AsArray() ?? y.ToArray(), d);
            return Vector<double>.Build.Dense(d);
        };
        Vector<double>[] path = RungeKutta.FourthOrder(Vector<double>.Build.Dense(Arenstorf.Start), 0, Arenstorf.Period, ArenstorfRk4Steps, f);
        return path[^1][0];
    }
}
