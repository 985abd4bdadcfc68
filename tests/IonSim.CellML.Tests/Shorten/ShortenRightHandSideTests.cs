namespace IonSim.CellML.Tests.Shorten;

/// <summary>The compiled Shorten 2007 model against the right-hand side written by hand.</summary>
public sealed class ShortenRightHandSideTests
{
    private static readonly CellMLModel Model = Models.Shorten;

    [Fact]
    public void States_are_the_56_of_the_paper_in_file_order()
    {
        Assert.Equal(ShortenByHand.StateNames, Model.States.Select(s => s.QualifiedName));
    }

    [Fact]
    public void Initial_state_is_the_files_initial_values()
    {
        Assert.Equal(ShortenByHand.Initial, Model.InitialState());
    }

    [Fact]
    public void Right_hand_side_matches_the_hand_written_one_at_random_states()
    {
        var random = new Random(20071127);
        var state = new double[56];
        for (int trial = 0; trial < 2000; trial++)
        {
            double t = random.NextDouble() * 420;
            for (int i = 0; i < state.Length; i++)
            {
                state[i] = RandomState(i, random);
            }

            AssertSameRates(t, state, 1e-12);
        }
    }

    /// <remarks>
    /// Near rest most rates are small differences of large fluxes (dvS/dt is a sum of currents of tens of
    /// µA/cm² that nearly cancel), so two evaluation orders differ by rounding far above 1e-12 of the small
    /// result. Along the twitch the scale is therefore the rate or the state per millisecond, whichever is larger.
    /// </remarks>
    [Fact]
    public void Right_hand_side_matches_the_hand_written_one_along_a_twitch()
    {
        var twitch = ShortenTwitch.Run;
        for (int k = 0; k < twitch.Times.Count; k += 7)
        {
            AssertSameRates(twitch.Times[k], twitch.State(k), 1e-12, stateScale: true);
        }
    }

    internal static void AssertSameRates(double t, ReadOnlySpan<double> state, double relativeTolerance, bool stateScale = false)
    {
        Span<double> expected = stackalloc double[56];
        Span<double> actual = stackalloc double[56];
        ShortenByHand.Rates(t, state, expected);
        Model.Derivatives(t, state, actual);
        for (int i = 0; i < 56; i++)
        {
            double scale = Math.Max(Math.Max(Math.Abs(expected[i]), Math.Abs(actual[i])), stateScale ? Math.Abs(state[i]) : 0);
            Assert.True(
                Math.Abs(expected[i] - actual[i]) <= relativeTolerance * scale,
                $"d{ShortenByHand.StateNames[i]}/dt at t={t}: by hand {expected[i]:R}, compiled {actual[i]:R}");
        }
    }

    /// <summary>A state in a plausible range: voltages -95..45 mV, fractions 0..1, concentrations 0.2..2 × their initial values.</summary>
    private static double RandomState(int i, Random random) => i switch
    {
        0 or 1 => -95 + 140 * random.NextDouble(),
        >= 8 and <= 27 => random.NextDouble(),
        _ => Math.Max(ShortenByHand.Initial[i], 0.05) * (0.2 + 1.8 * random.NextDouble()),
    };
}
