using IonSim.CellML;
using IonSim.Integration;

namespace IonSim.Benchmarks.CellML;

/// <summary>Where the Shorten run's time goes: the parts of one Rodas5P run timed apart, at counts the run uses.</summary>
public static class ShortenProfile
{
    public static void Print(TextWriter output)
    {
        var model = CellMLReader.Load(ShortenBenchmarks.ModelPath);
        int n = model.Dimension;
        var y = model.InitialState();
        var f0 = new double[n];
        var f1 = new double[n];
        var yp = (double[])y.Clone();
        model.Derivatives(0.2, y, f0);
        var jac = new double[n * n];
        for (int j = 0; j < n; j++)
        {
            double d = 1e-8 * Math.Max(Math.Abs(y[j]), 1e-3);
            yp[j] = y[j] + d;
            model.Derivatives(0.2, yp, f1);
            yp[j] = y[j];
            for (int i = 0; i < n; i++) jac[i * n + j] = (f1[i] - f0[i]) / d;
        }

        int nnz = jac.Count(v => v != 0);
        output.WriteLine($"n={n}, non-zeros in J at y0: {nnz}, in pattern: {Enumerable.Range(0, n * n).Count(k => model.JacobianSparsity.IsNonZero(k / n, k % n))}");
        var weights = Enumerable.Repeat(1.0, n).ToArray();
        double diagonal = 1 / (0.05 * Rodas5PTableau.Gamma); // W = I/(hγ) − J at h = 0.05 ms
        Time(output, "RHS x 37 000", () => { for (int r = 0; r < 37000; r++) model.Derivatives(0.2, y, f1); });
        var sparse = new SparseLu(model.JacobianSparsity);
        foreach (var (label, lu) in new (string, ILinearSolver)[] { ("dense LU", new DenseLu(n)), ("sparse LU", sparse) })
        {
            Time(output, $"{label} factor x 1 675", () =>
            {
                double[] w = lu.Matrix;
                for (int r = 0; r < 1675; r++)
                {
                    for (int k = 0; k < jac.Length; k++) w[k] = -jac[k];
                    for (int i = 0; i < n; i++) w[i * n + i] += diagonal;
                    lu.Factor(weights);
                }
            });
            Time(output, $"{label} solve x 13 400", () => { for (int r = 0; r < 13400; r++) lu.Solve(f1); });
        }

        output.WriteLine($"sparse factors: {sparse.FactorEntries} entries, {sparse.Orderings} orderings");
        var dfdy = new double[n * n];
        var dfdt = new double[n];
        Time(output, "analytic Jacobian x 1 600", () => { for (int r = 0; r < 1600; r++) model.Jacobian(0.2, y, dfdy, dfdt); });
        double worst = 0;
        for (int k = 0; k < n * n; k++)
        {
            int i = k / n;
            double rowScale = Enumerable.Range(0, n).Sum(j => Math.Abs(jac[i * n + j]));
            worst = Math.Max(worst, Math.Abs(dfdy[k] - jac[k]) / (1e-30 + rowScale));
        }

        output.WriteLine($"analytic vs forward differences at y0: worst entry error / row scale {worst:E1}");
        var differenced = new ShortenBenchmarks.Differenced(model);
        Time(output, "solver run, differenced Jacobian", () => OdeSolver.Solve(differenced, 0, model.InitialState(), ShortenBenchmarks.TwitchMs, ShortenBenchmarks.Options(OdeMethod.Rodas5P, model.JacobianSparsity), ShortenBenchmarks.Request(model)));
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        OdeSolver.Solve(model, 0, model.InitialState(), ShortenBenchmarks.TwitchMs, ShortenBenchmarks.Options(OdeMethod.Rodas5P, model.JacobianSparsity), ShortenBenchmarks.Request(model));
        output.WriteLine($"one run allocates {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024} KB (sparse LU orderings included)");
        Time(output, "solver run", () => OdeSolver.Solve(model, 0, model.InitialState(), ShortenBenchmarks.TwitchMs, ShortenBenchmarks.Options(OdeMethod.Rodas5P, model.JacobianSparsity), ShortenBenchmarks.Request(model)));
    }

    private static void Time(TextWriter output, string label, Action a) => output.WriteLine($"{label}: {BestCpuMilliseconds(a):F1} ms");

    /// <summary>The processor time of the best of five runs after one warm-up (processor time: other processes on a shared machine inflate it less than wall time).</summary>
    public static double BestCpuMilliseconds(Action a)
    {
        a();
        double best = double.PositiveInfinity;
        for (int i = 0; i < 5; i++)
        {
            var before = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            a();
            best = Math.Min(best, (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds);
        }

        return best;
    }
}
