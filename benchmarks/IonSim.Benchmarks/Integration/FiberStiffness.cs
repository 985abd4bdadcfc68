using System.Globalization;
using IonSim.Contraction;
using IonSim.Experiments;
using IonSim.Integration;
using IonSim.Physiology;
using MathNet.Numerics.LinearAlgebra;

namespace IonSim.Benchmarks.Integration;

/// <summary>
/// Why Dormand–Prince steps at ≈ 0.18 ms through a quiet twitch: the fastest eigenmodes of the fibre's Jacobian along a
/// normal twitch (with the components that carry them), and what the twitch and the step count become when the two
/// fastest exchanges run slower or faster with their equilibria kept (faster approaches a rapid-equilibrium reduction).
/// </summary>
public static class FiberStiffness
{
    private static readonly StimulusProtocol Twitch = StimulusProtocol.SinglePulse(10, 410);

    public static void Print(TextWriter output)
    {
        PrintModes(output);
        output.WriteLine();
        PrintRateScaling(output);
    }

    private static void PrintModes(TextWriter output)
    {
        var fiber = new MuscleFiber(FiberPresets.Normal, Twitch);
        double[] times = [5, 10.5, 12, 15, 25, 40, 80, 200, 400];
        OdeSolution solution = fiber.Solve(request: new OdeRequest { OutputTimes = times });
        int n = StateIndex.Count;
        output.WriteLine("Fastest eigenvalues of ∂f/∂y along a normal twitch (stimulus at 10 ms), ms⁻¹, and the components of the two fastest modes:");
        output.WriteLine();
        output.WriteLine("| t, ms | λ₁ | λ₂ | λ₃ | mode 1 | mode 2 |");
        output.WriteLine("|---:|---:|---:|---:|---|---|");
        for (int k = 0; k < solution.Times.Count; k++)
        {
            double[] dfdy = new double[n * n], dfdt = new double[n];
            fiber.Jacobian(solution.Times[k], solution.State(k), dfdy, dfdt);
            var evd = Matrix<double>.Build.Dense(n, n, (i, j) => dfdy[(i * n) + j]).Evd();
            var modes = evd.EigenValues.Select((value, index) => (value, index)).OrderBy(m => m.value.Real).ToArray();
            string Carriers(int m)
            {
                var v = evd.EigenVectors.Column(modes[m].index);
                return string.Join(" ", Enumerable.Range(0, n).OrderByDescending(j => Math.Abs(v[j])).Take(2).Select(j => StateIndex.Names[j]));
            }

            output.WriteLine(Invariant($"| {solution.Times[k]:0.#} | {modes[0].value.Real:0.0} | {modes[1].value.Real:0.0} | {modes[2].value.Real:0.00} | {Carriers(0)} | {Carriers(1)} |"));
        }
    }

    private static void PrintRateScaling(TextWriter output)
    {
        FiberParameters normal = FiberPresets.Normal;
        output.WriteLine("The two fast exchanges' on and off rates scaled together (equilibria kept); Dormand–Prince at Experiment's tolerances:");
        output.WriteLine();
        output.WriteLine("| calsequestrin × | cross-bridge attach/detach × | steps | peak tension | time to peak, ms | RT50, ms |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|");
        (double Csq, double Bridge)[] scalings = [(1, 1), (0.1, 1), (1, 0.1), (0.3, 0.3), (0.1, 0.1), (3, 3), (10, 10)];
        foreach (var (csq, bridge) in scalings)
        {
            FiberParameters p = normal with
            {
                Calsequestrin = normal.Calsequestrin with
                {
                    CalciumOnRatePerMicromolarPerMs = normal.Calsequestrin.CalciumOnRatePerMicromolarPerMs * csq,
                    CalciumOffRatePerMs = normal.Calsequestrin.CalciumOffRatePerMs * csq,
                },
                Troponin = normal.Troponin with
                {
                    AttachRatePerMs = normal.Troponin.AttachRatePerMs * bridge,
                    DetachRatePerMs = normal.Troponin.DetachRatePerMs * bridge,
                },
            };
            SimulationResult r = Experiment.Simulate(p, Twitch);
            TwitchMetrics t = r.Twitches[0];
            output.WriteLine(Invariant($"| {csq:0.#} | {bridge:0.#} | {r.Statistics.AcceptedSteps + r.Statistics.RejectedSteps} | {t.PeakTension:0.0000} | {t.TimeToPeakMs:0.00} | {t.HalfRelaxationTimeMs:0.00} |"));
        }
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
