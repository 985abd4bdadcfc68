using System.Globalization;
using IonSim.Integration;
using IonSim.Physiology;

namespace IonSim.Benchmarks.Integration;

/// <summary>
/// A single fibre twitch (normal preset, stimulus at 10 ms, 410 ms) with each of IonSim's methods and
/// with CVODE (BDF, dense, differenced Jacobian, called on the same C# right-hand side), at
/// rtol = 1e-4 .. 1e-8 with atol = rtol/100 as <c>Experiment</c> uses them: thread CPU time per solve
/// (best of repeats) and significant correct digits over the trajectory (every 1 ms) against a Rodas5P
/// solve at rtol = 1e-11.
/// </summary>
public static class FiberComparison
{
    private const double FloorMicromolar = 1e-3;

    public static void Print(TextWriter output)
    {
        var fiber = new MuscleFiber(FiberPresets.WithMagnesium(1.0), StimulusProtocol.SinglePulse(10, 410));
        double end = fiber.Protocol.DurationMs;
        double[] times = [.. Enumerable.Range(1, (int)end).Select(i => (double)i)];
        double[] start = fiber.InitialState();
        double[] breakpoints = [.. fiber.Breakpoints.Where(b => b > 0 && b < end).Distinct().Order()];
        var request = new OdeRequest { OutputTimes = times };
        double[][] reference = States(fiber.Solve(new OdeOptions { Method = OdeMethod.Rodas5P, RelativeTolerance = 1e-11, AbsoluteTolerance = 1e-13 }, request));
        double[][] check = States(fiber.Solve(new OdeOptions { RelativeTolerance = 1e-11, AbsoluteTolerance = 1e-13, MaxSteps = 10_000_000 }, request));
        output.WriteLine(Invariant($"Reference: Rodas5P at rtol 1e-11; Dormand–Prince at 1e-11 agrees with it to {Digits(check, reference):0.0} digits. scd over the trajectory (1 ms grid, floor {FloorMicromolar} µM)."));
        output.WriteLine();
        output.WriteLine("| rtol | method | µs per twitch | scd | steps | RHS | Jacobians | LU |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (double rtol in new[] { 1e-4, 1e-5, 1e-6, 1e-7, 1e-8 })
        {
            foreach (OdeMethod method in new[] { OdeMethod.DormandPrince45, OdeMethod.Rodas5P, OdeMethod.Auto })
            {
                var options = new OdeOptions { Method = method, RelativeTolerance = rtol, AbsoluteTolerance = rtol / 100, MaxSteps = 10_000_000 };
                OdeSolution solution = null!;
                double micros = ThreadClock.BestMicroseconds(() => solution = fiber.Solve(options, request));
                OdeStatistics s = solution.Statistics;
                output.WriteLine(Invariant($"| {rtol:0e0} | {method} | {micros:0} | {Digits(States(solution), reference):0.0} | {s.AcceptedSteps + s.RejectedSteps} | {s.RhsEvaluations} | {s.JacobianEvaluations} | {s.LuFactorizations} |"));
            }

            CvodeReference.Result cvode = null!;
            double cvodeMicros = ThreadClock.BestMicroseconds(() => cvode = CvodeReference.Solve(fiber, 0, start, end, rtol, rtol / 100, breakpoints, times));
            string digits = cvode.Succeeded ? Invariant($"{Digits(cvode.States, reference):0.0}") : "failed";
            output.WriteLine(Invariant($"| {rtol:0e0} | CVODE | {cvodeMicros:0} | {digits} | {cvode.Steps} | {cvode.RhsEvaluations} | {cvode.JacobianEvaluations} | {cvode.Factorizations} |"));
        }
    }

    private static double[][] States(OdeSolution solution) => [.. Enumerable.Range(0, solution.Times.Count).Select(i => solution.State(i).ToArray())];

    private static double Digits(double[][] states, double[][] reference)
    {
        double worst = 0;
        for (int k = 0; k < reference.Length; k++)
        {
            for (int i = 0; i < reference[k].Length; i++)
            {
                worst = Math.Max(worst, Math.Abs(states[k][i] - reference[k][i]) / Math.Max(Math.Abs(reference[k][i]), FloorMicromolar));
            }
        }

        return worst == 0 ? 16 : -Math.Log10(worst);
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
