using BenchmarkDotNet.Attributes;
using IonSim.CellML;
using IonSim.Integration;

namespace IonSim.Benchmarks.CellML;

/// <summary>
/// The Shorten et al. (2007) CellML model: reading and compiling the file, one right-hand side
/// (compiled delegate against the same expression trees interpreted), one symbolic Jacobian, and the
/// 300 ms run (six stimuli at 0, 50, ..., 250 ms) at rtol 1e-6, atol 1e-9 with each solver method and
/// with or without the model's structure (its Jacobian, its sparsity).
/// </summary>
[MemoryDiagnoser]
public class ShortenBenchmarks
{
    public const double TwitchMs = 300;

    public static readonly string ModelPath = Path.Combine(AppContext.BaseDirectory, "CellML", "shorten_ocallaghan_davidson_soboleva_2007.cellml");

    private static readonly OdeRequest NoStorage = new() { StoreSteps = false };

    private CellMLModel _compiled = null!;
    private CellMLModel _interpreted = null!;
    private double[] _y = [];
    private double[] _dydt = [];
    private double[] _dfdy = [];
    private double[] _dfdt = [];
    private OdeRequest _request = NoStorage;

    public static OdeOptions Options(OdeMethod method, JacobianSparsity? sparsity) =>
        new() { Method = method, JacobianSparsity = sparsity, RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-9, Stiffness = StiffnessPolicy.Ignore };

    public static OdeRequest Request(CellMLModel model) =>
        NoStorage with { Breakpoints = model.TimeDiscontinuities.Where(t => t > 0 && t < TwitchMs).ToArray() };

    [GlobalSetup]
    public void Setup()
    {
        _compiled = CellMLReader.Load(ModelPath);
        _interpreted = CellMLReader.Load(ModelPath, new CellMLReaderOptions { Interpret = true });
        _y = _compiled.InitialState();
        _dydt = new double[_y.Length];
        _dfdy = new double[_y.Length * _y.Length];
        _dfdt = new double[_y.Length];
        _compiled.Jacobian(0.2, _y, _dfdy, _dfdt);
        _request = Request(_compiled);
    }

    [Benchmark]
    public CellMLModel LoadAndCompile() => CellMLReader.Load(ModelPath);

    [Benchmark]
    public double RhsCompiled()
    {
        _compiled.Derivatives(0.2, _y, _dydt);
        return _dydt[0];
    }

    [Benchmark]
    public double RhsInterpreted()
    {
        _interpreted.Derivatives(0.2, _y, _dydt);
        return _dydt[0];
    }

    /// <summary>The model's own (symbolic) Jacobian and the sparse LU over its pattern: what ModelSimulation runs.</summary>
    [Benchmark]
    public double Twitch300Rodas5PSparse() => Solve(OdeMethod.Rodas5P, _compiled.JacobianSparsity);

    /// <summary>The Jacobian by differences over the sparsity (14 evaluations), with the sparse LU.</summary>
    [Benchmark]
    public double Twitch300Rodas5PDifferencedSparse() => Solve(OdeMethod.Rodas5P, _compiled.JacobianSparsity, new Differenced(_compiled));

    /// <summary>No structure used: a dense differenced Jacobian (56 evaluations) and the dense LU.</summary>
    [Benchmark]
    public double Twitch300Rodas5PDense() => Solve(OdeMethod.Rodas5P, null, new Differenced(_compiled));

    [Benchmark]
    public double JacobianSymbolic()
    {
        _compiled.Jacobian(0.2, _y, _dfdy, _dfdt);
        return _dfdy[0];
    }

    [Benchmark]
    public double Twitch300AutoSparse() => Solve(OdeMethod.Auto, _compiled.JacobianSparsity);

    [Benchmark]
    public double Twitch300DormandPrince() => Solve(OdeMethod.DormandPrince45, null);

    /// <summary>The model without its analytic Jacobian: the stiff method differences it.</summary>
    public sealed class Differenced(CellMLModel model) : IOdeSystem
    {
        public int Dimension => model.Dimension;

        public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt) => model.Derivatives(t, y, dydt);
    }

    private double Solve(OdeMethod method, JacobianSparsity? sparsity, IOdeSystem? system = null) =>
        OdeSolver.Solve(system ?? _compiled, 0, _y, TwitchMs, Options(method, sparsity), _request).FinalState[52];
}
