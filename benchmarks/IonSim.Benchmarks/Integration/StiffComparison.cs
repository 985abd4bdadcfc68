using System.Globalization;
using IonSim.Integration;
using IonSim.Tests.Integration;

namespace IonSim.Benchmarks.Integration;

/// <summary>
/// The IonSim half of <c>benchmarks/cvode/run.sh</c>: reads CVODE's results on the stiff test set,
/// solves the same problems at the same tolerances with Rodas5P, and prints both side by side with the
/// accuracy each reached, then the time ratio at equal accuracy.
/// </summary>
public static class StiffComparison
{
    public static void Print(string cvodeResults, TextWriter output)
    {
        var rows = new List<Row>();
        foreach (string line in File.ReadLines(cvodeResults).Skip(1))
        {
            string[] c = line.Split('\t');
            StiffProblem problem = StiffTestSet.All.Single(p => p.Name == c[0]);
            double rtol = Parse(c[1]);
            double[] y = [.. c[9].Split(',').Select(Parse)];
            var cvode = new Work(Parse(c[2]), long.Parse(c[3], CultureInfo.InvariantCulture), long.Parse(c[4], CultureInfo.InvariantCulture),
                long.Parse(c[5], CultureInfo.InvariantCulture), long.Parse(c[6], CultureInfo.InvariantCulture), c[8] == "ok" ? problem.CorrectDigits(y) : double.NaN);
            rows.Add(new Row(problem.Name, rtol, cvode, Solve(problem, rtol, OdeMethod.Rodas5P)));
        }

        output.WriteLine("Thread CPU time per solve in µs (best of repeats), scd = significant correct digits at the end, work = steps / RHS / Jacobians / LU.");
        output.WriteLine();
        output.WriteLine("| problem | rtol | CVODE µs | CVODE scd | CVODE work | Rodas5P µs | Rodas5P scd | Rodas5P work |");
        output.WriteLine("|---|---|---:|---:|---|---:|---:|---|");
        foreach (Row r in rows)
        {
            output.WriteLine(Invariant($"| {r.Problem} | {r.Rtol:0e0} | {r.Cvode.Micros:0} | {r.Cvode.Digits:0.0} | {r.Cvode.Counts} | {r.Rodas.Micros:0} | {r.Rodas.Digits:0.0} | {r.Rodas.Counts} |"));
        }

        output.WriteLine();
        output.WriteLine("At equal accuracy: Rodas5P's time at the accuracy CVODE reached (log time interpolated against scd), over CVODE's time; below 1, Rodas5P is faster.");
        output.WriteLine("Where CVODE is less accurate than Rodas5P's loosest run, that run (more accurate) is the comparison, marked ≤.");
        output.WriteLine("Where CVODE is more accurate than Rodas5P's tightest run, there is no comparison (–).");
        output.WriteLine();
        output.WriteLine("| problem | CVODE scd | CVODE µs | Rodas5P µs at that scd | ratio |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var group in rows.GroupBy(r => r.Problem))
        {
            var rodas = group.Select(r => r.Rodas).Where(w => double.IsFinite(w.Digits)).OrderBy(w => w.Digits).ToArray();
            foreach (Row r in group.Where(r => double.IsFinite(r.Cvode.Digits)))
            {
                string bound = "";
                double at = Interpolate(rodas, r.Cvode.Digits);
                if (double.IsNaN(at) && rodas.Length > 0 && r.Cvode.Digits < rodas[0].Digits)
                {
                    at = rodas[0].Micros;
                    bound = "≤ ";
                }

                string shown = double.IsNaN(at) ? "beyond Rodas5P's runs" : Invariant($"{bound}{at:0}");
                string ratio = double.IsNaN(at) ? "–" : Invariant($"{bound}{at / r.Cvode.Micros:0.00}");
                output.WriteLine(Invariant($"| {r.Problem} | {r.Cvode.Digits:0.0} | {r.Cvode.Micros:0} | {shown} | {ratio} |"));
            }
        }
    }

    /// <summary>Solves a test-set problem with the given method at rtol (atol by the problem's convention), timed.</summary>
    internal static Work Solve(StiffProblem problem, double rtol, OdeMethod method)
    {
        var options = new OdeOptions
        {
            Method = method,
            RelativeTolerance = rtol,
            AbsoluteTolerance = rtol * problem.AbsoluteToleranceFactor,
        };
        var request = new OdeRequest { StoreSteps = false };
        OdeSolution? solution = null;
        double micros;
        try
        {
            micros = ThreadClock.BestMicroseconds(() => solution = OdeSolver.Solve(problem.System, 0.0, problem.Start, problem.TEnd, options, request));
        }
        catch (OdeSolverException)
        {
            return new Work(double.NaN, 0, 0, 0, 0, double.NaN);
        }

        OdeStatistics s = solution!.Statistics;
        return new Work(micros, s.AcceptedSteps + s.RejectedSteps, s.RhsEvaluations, s.JacobianEvaluations, s.LuFactorizations, problem.CorrectDigits(solution.FinalState));
    }

    // Log-linear interpolation of time against digits; NaN outside the measured range.
    private static double Interpolate(Work[] sorted, double digits)
    {
        for (int i = 0; i + 1 < sorted.Length; i++)
        {
            if (digits >= sorted[i].Digits && digits <= sorted[i + 1].Digits)
            {
                double span = sorted[i + 1].Digits - sorted[i].Digits;
                double w = span == 0 ? 0 : (digits - sorted[i].Digits) / span;
                return Math.Exp(Math.Log(sorted[i].Micros) * (1 - w) + Math.Log(sorted[i + 1].Micros) * w);
            }
        }

        return double.NaN;
    }

    private static double Parse(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    internal sealed record Work(double Micros, long Steps, long Rhs, long Jacobians, long Factorizations, double Digits)
    {
        public string Counts => $"{Steps} / {Rhs} / {Jacobians} / {Factorizations}";
    }

    private sealed record Row(string Problem, double Rtol, Work Cvode, Work Rodas);
}
