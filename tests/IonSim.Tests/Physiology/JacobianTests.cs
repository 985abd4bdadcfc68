using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IonSim.Integration;
using IonSim.Physiology;

namespace IonSim.Tests.Physiology;

/// <summary>The fiber's analytic Jacobian agrees with central differences of its right-hand side at random states.</summary>
public class JacobianTests
{
    private const int N = StateIndex.Count;

    private static Gen<double> Uniform(double lo, double hi) =>
        Gen.Choose(0, 10_000).Select(i => lo + (hi - lo) * i / 10_000.0);

    // A fiber of one of the Mg²⁺ levels, modes and mechanism sets, during a 100 Hz train, at a state away from its rest:
    // each component of the rest scaled by a factor in [lo, hi], then Ca²⁺ and the force states raised so that the
    // myofilament and release are active.
    private static Gen<ActiveState> ActiveStates(double lo, double hi) =>
        from magnesium in Gen.Elements(1.0, 0.25, 0.1, 3.0)
        from dynamic in Gen.Elements(false, true)
        from mechanisms in Gen.Elements(MagnesiumMechanisms.All, MagnesiumMechanisms.None, MagnesiumMechanisms.RyrInhibition | MagnesiumMechanisms.SercaDependence)
        from factors in Uniform(lo, hi).ArrayOf(N)
        from t in Uniform(0.0, 40.0)
        select ActiveState.Of(magnesium, dynamic, mechanisms, factors, t);

    [Property(MaxTest = 60)]
    public Property The_analytic_Jacobian_matches_central_differences()
    {
        return Prop.ForAll(ActiveStates(0.6, 1.4).ToArbitrary(), c =>
        {
            var (fiber, y) = (c.Fiber, c.State);

            double[] analytic = new double[N * N], analyticTime = new double[N];
            fiber.Jacobian(c.T, y, analytic, analyticTime);
            double[] numeric = Differences(fiber, c.T, y, out double[] numericTime);

            bool nearEdge = fiber.Breakpoints.Any(edge => Math.Abs(edge - c.T) < 1e-3);
            for (int i = 0; i < N; i++)
            {
                double rowScale = Enumerable.Range(0, N).Max(k => Math.Abs(numeric[(i * N) + k]));
                for (int j = 0; j < N; j++)
                {
                    double a = analytic[(i * N) + j], d = numeric[(i * N) + j];
                    // Differences are good to ~1e-5 of the row here; a wrong term is off by its own size.
                    Assert.True(Math.Abs(a - d) <= (1e-4 * Math.Abs(d)) + (1e-6 * rowScale) + 1e-5,
                        $"∂f{i}/∂y{j}: analytic {a:R}, differences {d:R} ({c})");
                }

                // At a pulse edge the waveform's second derivative jumps, so a central difference straddling it is
                // off by O(dt·f''), ~1e-3 here, while both one-sided derivatives agree with the analytic one.
                if (!nearEdge)
                {
                    Assert.True(Math.Abs(analyticTime[i] - numericTime[i]) <= (1e-4 * Math.Abs(numericTime[i])) + 1e-5,
                        $"∂f{i}/∂t: analytic {analyticTime[i]:R}, differences {numericTime[i]:R} at t = {c.T}");
                }
            }
        });
    }

    [Fact]
    public void At_pulse_edges_the_time_derivative_matches_one_sided_differences_from_either_side()
    {
        var fiber = new MuscleFiber(FiberPresets.Normal, StimulusProtocol.Train(100, 3, 5, 60));
        double[] y = fiber.InitialState();
        y[StateIndex.CalciumPool] += 50;
        double[] analytic = new double[N * N], analyticTime = new double[N];
        double[] f0 = new double[N], f1 = new double[N], f2 = new double[N];
        const double h = 1e-5;
        foreach (double edge in fiber.Breakpoints.Where(b => b > 0 && b < 60))
        {
            fiber.Jacobian(edge, y, analytic, analyticTime);
            foreach (double side in new[] { 1.0, -1.0 })
            {
                // Second order, one-sided: exact for the smooth waveform on that side of the edge up to O(h²).
                fiber.Derivatives(edge, y, f0);
                fiber.Derivatives(edge + (side * h), y, f1);
                fiber.Derivatives(edge + (2 * side * h), y, f2);
                for (int i = 0; i < N; i++)
                {
                    double d = side * ((-3 * f0[i]) + (4 * f1[i]) - f2[i]) / (2 * h);
                    Assert.True(Math.Abs(analyticTime[i] - d) <= (1e-4 * Math.Abs(d)) + 1e-5,
                        $"∂f{i}/∂t at edge {edge} ms from {(side > 0 ? "the right" : "the left")}: analytic {analyticTime[i]:R}, differences {d:R}");
                }
            }
        }
    }

    [Property(MaxTest = 100)]
    public Property The_sparsity_pattern_covers_every_non_zero_of_the_Jacobian()
    {
        // The stiff methods factor over MuscleFiber.Sparsity only: an entry it missed would be dropped from the
        // iteration matrix. States far from the one the pattern was sampled around, at any time of a train.
        return Prop.ForAll(ActiveStates(0.1, 3.0).ToArbitrary(), c =>
        {
            JacobianSparsity pattern = c.Fiber.Sparsity(c.Fiber.InitialState());
            var (fiber, y) = (c.Fiber, c.State);
            double[] dfdy = new double[N * N], dfdt = new double[N];
            fiber.Jacobian(c.T, y, dfdy, dfdt);
            for (int i = 0; i < N; i++)
            {
                for (int j = 0; j < N; j++)
                {
                    Assert.True(dfdy[(i * N) + j] == 0 || pattern.IsNonZero(i, j),
                        $"∂f{i}/∂y{j} = {dfdy[(i * N) + j]:R} outside the pattern ({c})");
                }
            }
        });
    }

    [Fact]
    public void The_sparsity_pattern_leaves_out_most_of_the_matrix()
    {
        var fiber = new MuscleFiber(FiberPresets.Normal, StimulusProtocol.SinglePulse(10, 410));
        JacobianSparsity pattern = fiber.Sparsity(fiber.InitialState());
        int entries = Enumerable.Range(0, N * N).Count(k => pattern.IsNonZero(k / N, k % N));
        Assert.InRange(entries, N, N * N / 3);
    }

    [Fact]
    public void Rodas5P_with_the_analytic_Jacobian_matches_the_differenced_one_on_a_twitch()
    {
        var fiber = new MuscleFiber(FiberPresets.Normal, StimulusProtocol.SinglePulse(10, 200));
        var options = new OdeOptions { Method = OdeMethod.Rodas5P, RelativeTolerance = 1e-7, AbsoluteTolerance = 1e-9 };
        var request = new OdeRequest { StoreSteps = false };

        OdeSolution analytic = fiber.Solve(options, request);
        var plain = new Hidden(fiber);
        double[] breakpoints = [.. fiber.Breakpoints.Where(b => b > 0 && b < 200)];
        OdeSolution differenced = OdeSolver.Solve(plain, 0, fiber.InitialState(), 200, options, request with { Breakpoints = breakpoints });

        for (int i = 0; i < N; i++)
        {
            Assert.Equal(differenced.FinalState[i], analytic.FinalState[i], 1e-5 * (1 + Math.Abs(differenced.FinalState[i])));
        }

        // One Jacobian a step instead of 21 evaluations.
        Assert.True(analytic.Statistics.RhsEvaluations * 2 < differenced.Statistics.RhsEvaluations,
            $"{analytic.Statistics.RhsEvaluations} vs {differenced.Statistics.RhsEvaluations} evaluations");
    }

    private static double[] Differences(MuscleFiber fiber, double t, double[] y, out double[] time)
    {
        double[] j = new double[N * N];
        double[] plus = new double[N], minus = new double[N];
        for (int k = 0; k < N; k++)
        {
            // Not smaller: a row sums fluxes of up to ~10⁵ µM/ms that cancel, and rounding grows as 1/h.
            double h = 1e-5 * Math.Max(Math.Abs(y[k]), 1.0);
            double saved = y[k];
            y[k] = saved + h;
            fiber.Derivatives(t, y, plus);
            y[k] = saved - h;
            fiber.Derivatives(t, y, minus);
            y[k] = saved;
            for (int i = 0; i < N; i++)
            {
                j[(i * N) + k] = (plus[i] - minus[i]) / (2 * h);
            }
        }

        time = new double[N];
        const double dt = 1e-5; // the waveform is a smooth sin²: truncation is negligible, rounding is not
        fiber.Derivatives(t + dt, y, plus);
        fiber.Derivatives(t - dt, y, minus);
        for (int i = 0; i < N; i++)
        {
            time[i] = (plus[i] - minus[i]) / (2 * dt);
        }

        return j;
    }

    // The fiber without its Jacobian, so that the solver differences.
    private sealed class Hidden(MuscleFiber fiber) : IOdeSystem
    {
        public int Dimension => fiber.Dimension;

        public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt) => fiber.Derivatives(t, y, dydt);
    }

    /// <summary>A fiber and a state of it at time <see cref="T"/>, for the properties above.</summary>
    public sealed record ActiveState(double MagnesiumMillimolar, bool Dynamic, MagnesiumMechanisms Mechanisms, double T, MuscleFiber Fiber, double[] State)
    {
        public static ActiveState Of(double magnesium, bool dynamic, MagnesiumMechanisms mechanisms, double[] factors, double t)
        {
            var parameters = FiberPresets.WithMagnesium(magnesium) with
            {
                MagnesiumMode = dynamic ? MagnesiumMode.Dynamic : MagnesiumMode.Clamped,
                Mechanisms = mechanisms,
            };
            var fiber = new MuscleFiber(parameters, StimulusProtocol.Train(100, 3, 5, 60));
            double[] y = [.. fiber.InitialState().Select((v, k) => v * factors[k])];
            y[StateIndex.CalciumPool] += 50;
            y[StateIndex.CrossBridgePostStroke] += 0.05;
            y[StateIndex.Tension] += 0.1;
            return new ActiveState(magnesium, dynamic, mechanisms, t, fiber, y);
        }

        public override string ToString() => $"Mg {MagnesiumMillimolar} mM, dynamic {Dynamic}, {Mechanisms}, t = {T}";
    }
}
