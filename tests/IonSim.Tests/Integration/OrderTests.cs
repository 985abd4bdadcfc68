using IonSim.Integration;

namespace IonSim.Tests.Integration;

/// <summary>The empirical order of the fifth- and embedded fourth-order formulas, with fixed steps.</summary>
public class OrderTests
{
    [Theory]
    [InlineData(5)]
    [InlineData(4)]
    public void Halving_a_fixed_step_divides_the_global_error_by_two_to_the_order(int order)
    {
        double e1 = FixedStepError(order, 40);
        double e2 = FixedStepError(order, 80);
        double e3 = FixedStepError(order, 160);

        double observed1 = Math.Log2(e1 / e2);
        double observed2 = Math.Log2(e2 / e3);
        Assert.InRange(observed1, order - 0.3, order + 0.6);
        Assert.InRange(observed2, order - 0.3, order + 0.6);
    }

    // Integrates the non-autonomous test problem over [0, 2] with n equal steps of the chosen formula.
    private static double FixedStepError(int order, int steps)
    {
        var f = new CountedSystem<IOdeSystem>(new NonAutonomous());
        var options = new OdeOptions();
        var method = DormandPrince.Create(1, options);
        var weights = new ErrorWeights(options, 1);
        double[] y = [1.0];
        double t = 0.0, h = 2.0 / steps;
        for (int i = 0; i < steps; i++)
        {
            f.Derivatives(t, y, method.StartDerivative);
            method.Attempt(ref f, t, y, h, t + h, weights);
            if (order == 5)
            {
                y[0] = method.NewState[0];
            }
            else
            {
                double acc = 0.0;
                for (int s = 0; s < DormandPrinceTableau.Stages; s++)
                {
                    acc += DormandPrinceTableau.BHat[s] * method.Stage(s)[0];
                }

                y[0] += h * acc;
            }

            t += h;
        }

        return Math.Abs(y[0] - NonAutonomous.Exact(2.0));
    }

    [Fact]
    public void Tableau_satisfies_the_row_sum_and_weight_conditions()
    {
        for (int s = 1; s < DormandPrinceTableau.Stages; s++)
        {
            Assert.Equal(DormandPrinceTableau.C[s], DormandPrinceTableau.A[s].Sum(), 14);
        }

        Assert.Equal(1.0, DormandPrinceTableau.B.Sum(), 14);
        Assert.Equal(1.0, DormandPrinceTableau.BHat.Sum(), 14);
        for (int s = 0; s < DormandPrinceTableau.Stages; s++)
        {
            Assert.Equal(DormandPrinceTableau.B[s] - DormandPrinceTableau.BHat[s], DormandPrinceTableau.E[s], 15);
        }
    }
}
