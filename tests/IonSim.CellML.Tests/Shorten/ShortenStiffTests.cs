using IonSim.Integration;

namespace IonSim.CellML.Tests.Shorten;

/// <summary>The model's Jacobian sparsity, and the stiff method against the explicit one on the same twitch.</summary>
public sealed class ShortenStiffTests
{
    private static readonly CellMLModel Model = Models.Shorten;

    [Fact]
    public void Sparsity_covers_every_dependence_of_the_hand_written_right_hand_side()
    {
        var random = new Random(7);
        var y = ShortenByHand.Initial.ToArray();
        var f0 = new double[56];
        var f1 = new double[56];
        for (int trial = 0; trial < 5; trial++)
        {
            for (int i = 0; i < 56; i++)
            {
                y[i] = ShortenByHand.Initial[i] + (0.1 * random.NextDouble()) + 0.01;
            }

            ShortenByHand.Rates(1.0, y, f0);
            for (int j = 0; j < 56; j++)
            {
                double saved = y[j];
                y[j] = saved * (1 + 1e-4) + 1e-6;
                ShortenByHand.Rates(1.0, y, f1);
                y[j] = saved;
                for (int i = 0; i < 56; i++)
                {
                    if (f1[i] != f0[i])
                    {
                        Assert.True(Model.JacobianSparsity.IsNonZero(i, j), $"d({ShortenByHand.StateNames[i]})/d({ShortenByHand.StateNames[j]}) changes but is outside the pattern");
                    }
                }
            }
        }
    }

    [Fact]
    public void Rodas5P_with_the_models_sparsity_agrees_with_Dormand_Prince()
    {
        var options = ShortenTwitch.Options with { Method = OdeMethod.Rodas5P, JacobianSparsity = Model.JacobianSparsity };
        var request = new OdeRequest { Breakpoints = [0.5], StoreSteps = false };
        var stiff = OdeSolver.Solve(Model, 0, Model.InitialState(), ShortenTwitch.DurationMs, options, request);
        var explicitRun = ShortenTwitch.Run;
        for (int i = 0; i < 56; i++)
        {
            double a = stiff.FinalState[i], b = explicitRun.FinalState[i];
            Assert.True(Math.Abs(a - b) <= 1e-5 * Math.Max(Math.Abs(b), 1e-3), $"{ShortenByHand.StateNames[i]}: Rodas5P {a}, DP45 {b}");
        }

        Assert.True(stiff.Statistics.RhsEvaluations < explicitRun.Statistics.RhsEvaluations / 5);
    }
}
