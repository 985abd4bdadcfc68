using IonSim.Integration;

namespace IonSim.Tests.Integration;

/// <summary>Rodas5P's empirical orders with fixed steps: 5 for the solution, 4 for the embedded one and the dense output.</summary>
public class RosenbrockOrderTests
{
    [Fact]
    public void Halving_a_fixed_step_divides_the_error_by_about_thirty_two()
    {
        // y' = cos(t)·y is non-autonomous, so a slip in the ∂f/∂t terms or the stage times would show.
        double e1 = FixedStepError(10, out _, out _);
        double e2 = FixedStepError(20, out _, out _);
        double e3 = FixedStepError(40, out _, out _);
        Assert.InRange(Math.Log2(e1 / e2), 4.6, 5.8);
        Assert.InRange(Math.Log2(e2 / e3), 4.6, 5.8);
    }

    [Fact]
    public void The_embedded_error_estimate_and_the_dense_output_are_of_order_four()
    {
        FixedStepError(10, out double est1, out double dense1);
        FixedStepError(20, out double est2, out double dense2);
        FixedStepError(40, out double est3, out double dense3);

        // The local error estimate of one step scales as h^5 (order 4 + 1).
        Assert.InRange(Math.Log2(est2 / est3), 4.5, 5.6);

        // The dense output's local error at mid-step scales at least as h^5 too.
        Assert.True(Math.Log2(dense1 / dense2) > 4.5, $"dense order {Math.Log2(dense1 / dense2)}");
        Assert.True(Math.Log2(dense2 / dense3) > 4.5, $"dense order {Math.Log2(dense2 / dense3)}");
    }

    // Integrates y' = cos(t)·y over [0, 2] in n equal Rodas5P steps (the Jacobian and ∂f/∂t differenced).
    // Returns the global error at the end, the largest unscaled error estimate, and the largest local
    // error of the dense output at mid-step against the exact solution through the step's start.
    private static double FixedStepError(int steps, out double largestEstimate, out double largestDenseError)
    {
        var system = new NonAutonomous();
        var f = new CountedSystem<IOdeSystem>(system);
        var options = new OdeOptions { RelativeTolerance = 1e-300, AbsoluteTolerance = 1.0 };
        var step = Rodas5P.Create(1, new OdeOptions());

        // atol 1, rtol tiny: the "scaled" error is the absolute error.
        var weights = new ErrorWeights(options, 1);
        double[] y = [1.0], dense = new double[DenseStep.CoefficientsPerComponent];
        double[] mid = new double[1];
        double t = 0.0, h = 2.0 / steps;
        largestEstimate = 0.0;
        largestDenseError = 0.0;
        for (int i = 0; i < steps; i++)
        {
            double estimate = Attempt(ref step, ref f, t, y, h, weights);
            largestEstimate = Math.Max(largestEstimate, estimate);

            // Local: restart from the exact solution so the dense error is the step's own.
            double[] exact = [NonAutonomous.Exact(t)];
            Attempt(ref step, ref f, t, exact, h, weights);
            step.BuildDense(exact, h, dense);
            DenseStep.Evaluate(dense, t, t + h, t + 0.5 * h, mid);
            largestDenseError = Math.Max(largestDenseError, Math.Abs(mid[0] - NonAutonomous.Exact(t + 0.5 * h)));

            // Global: continue from the numerical solution.
            Attempt(ref step, ref f, t, y, h, weights);
            y[0] = step.NewState[0];
            t += h;
        }

        return Math.Abs(y[0] - NonAutonomous.Exact(2.0));
    }

    // One attempt from (t, y) with a Jacobian formed at that point, as after every accepted step.
    private static double Attempt(ref Rodas5P step, ref CountedSystem<IOdeSystem> f, double t, double[] y, double h, ErrorWeights weights)
    {
        step.ForgetJacobian();
        f.Derivatives(t, y, step.StartDerivative);
        return step.Attempt(ref f, t, y, h, t + h, weights);
    }
}
