using IonSim.CellML;
using IonSim.Integration;

namespace IonSim.Benchmarks.CellML;

/// <summary>
/// The work behind the Shorten timings (deterministic): evaluations, steps, Jacobians, the end value of
/// A_2, and the processor time of the best of five runs of each (processor time, not wall time, so that
/// other processes on a shared machine inflate it less).
/// </summary>
public static class ShortenStatistics
{
    public static void Print(TextWriter output)
    {
        var model = CellMLReader.Load(ShortenBenchmarks.ModelPath);
        output.WriteLine($"Shorten 2007, {ShortenBenchmarks.TwitchMs} ms, rtol 1e-6, atol 1e-9; sparsity: {model.JacobianSparsity.GroupCount} groups for {model.Dimension} columns");
        output.WriteLine("| method | RHS evals | accepted | rejected | Jacobians | LU | A_2 at end (µM) | end state vs first row | CPU time, best of 5 |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        IOdeSystem symbolic = model;
        IOdeSystem differenced = new ShortenBenchmarks.Differenced(model);
        double[]? first = null;
        foreach (var (label, system, method, sparsity) in new (string, IOdeSystem, OdeMethod, JacobianSparsity?)[]
        {
            ("Rodas5P, symbolic Jacobian, sparse LU", symbolic, OdeMethod.Rodas5P, model.JacobianSparsity),
            ("Rodas5P, symbolic Jacobian, dense LU", symbolic, OdeMethod.Rodas5P, null),
            ("Rodas5P, FD Jacobian over the sparsity, sparse LU", differenced, OdeMethod.Rodas5P, model.JacobianSparsity),
            ("Rodas5P, dense FD Jacobian, dense LU", differenced, OdeMethod.Rodas5P, null),
            ("Auto, symbolic Jacobian, sparse LU", symbolic, OdeMethod.Auto, model.JacobianSparsity),
            ("Dormand–Prince 5(4)", symbolic, OdeMethod.DormandPrince45, null),
        })
        {
            OdeSolution Run() => OdeSolver.Solve(system, 0, model.InitialState(), ShortenBenchmarks.TwitchMs, ShortenBenchmarks.Options(method, sparsity), ShortenBenchmarks.Request(model));
            var s = Run();
            double best = ShortenProfile.BestCpuMilliseconds(() => Run());
            var end = s.FinalState.ToArray();
            first ??= end;
            double deviation = end.Zip(first, (a, b) => Math.Abs(a - b) / Math.Max(Math.Abs(b), 1e-3)).Max();
            var st = s.Statistics;
            output.WriteLine($"| {label} | {st.RhsEvaluations:N0} | {st.AcceptedSteps:N0} | {st.RejectedSteps:N0} | {st.JacobianEvaluations:N0} | {st.LuFactorizations:N0} | {s.FinalState[52]:G8} | {deviation:E1} | {best:F0} ms |");
        }
    }
}
