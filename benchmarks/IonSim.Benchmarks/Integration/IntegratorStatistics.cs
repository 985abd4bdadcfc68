using System.Globalization;
using IonSim.Integration;
using IonSim.Tests.Integration;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.OdeSolvers;

namespace IonSim.Benchmarks.Integration;

/// <summary>
/// Counts, not times: the work and accuracy behind the benchmark table (<c>dotnet run -c Release
/// --project benchmarks/IonSim.Benchmarks -- stats</c>), including how many fixed RK4 steps MathNet
/// needs to match each adaptive solve on Arenstorf.
/// </summary>
public static class IntegratorStatistics
{
    public static void Print(TextWriter output)
    {
        output.WriteLine("| problem | tol | RHS evals | accepted | rejected | error at end | MathNet RK4 steps for same error |");
        output.WriteLine("|---|---|---|---|---|---|---|");
        foreach (double tol in new[] { 1e-6, 1e-9 })
        {
            var options = new OdeOptions { RelativeTolerance = tol, AbsoluteTolerance = tol, Stiffness = StiffnessPolicy.Ignore };
            var orbit = OdeSolver.Solve(new Arenstorf(), 0, Arenstorf.Start, Arenstorf.Period, options);
            double error = Distance(orbit.FinalState, Arenstorf.Start);
            output.WriteLine(Row("Arenstorf, one period", tol, orbit.Statistics, error, Rk4StepsFor(error)));

            var network = OdeSolver.Solve(new BindingNetwork(), 0, BindingNetwork.Start(), IntegratorBenchmarks.NetworkEnd, options);
            var reference = OdeSolver.Solve(new BindingNetwork(), 0, BindingNetwork.Start(), IntegratorBenchmarks.NetworkEnd,
                new OdeOptions { RelativeTolerance = 1e-13, AbsoluteTolerance = 1e-15, Stiffness = StiffnessPolicy.Ignore });
            output.WriteLine(Row("binding network (20 vars)", tol, network.Statistics, Distance(network.FinalState, reference.FinalState), "-"));
        }
    }

    private static string Row(string name, double tol, OdeStatistics s, double error, string rk4) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {tol:0e0} | {s.RhsEvaluations} | {s.AcceptedSteps} | {s.RejectedSteps} | {error:0.0e0} | {rk4} |");

    private static double Distance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }

        return Math.Sqrt(sum);
    }

    // Doubles the RK4 step count until the end-of-period error is at most the adaptive solve's.
    private static string Rk4StepsFor(double target)
    {
        var system = new Arenstorf();
        Func<double, Vector<double>, Vector<double>> f = (t, y) =>
        {
            var d = new double[4];
            system.Derivatives(t, y.ToArray(), d);
            return Vector<double>.Build.Dense(d);
        };
        for (int steps = 1000; steps <= 4_096_000; steps *= 2)
        {
            var path = RungeKutta.FourthOrder(Vector<double>.Build.Dense(Arenstorf.Start), 0, Arenstorf.Period, steps, f);
            if (Distance(path[^1].ToArray(), Arenstorf.Start) <= target)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{steps} ({4 * steps} RHS evals)");
            }
        }

        return "> 4,096,000";
    }
}
