using IonSim.Integration;

namespace IonSim.CellML.Tests.Shorten;

/// <summary>The first 45 ms of the Shorten model (one stimulus at t = 0): the action potential, the Ca²⁺ transient, force and the Ca²⁺ balance.</summary>
public sealed class ShortenTwitchTests
{
    private static readonly CellMLModel Model = Models.Shorten;

    [Fact]
    public void Total_calcium_is_conserved_to_solver_tolerance()
    {
        var twitch = ShortenTwitch.Run;
        double initial = ShortenByHand.TotalCalcium(twitch.State(0));
        for (int k = 0; k < twitch.Times.Count; k++)
        {
            double total = ShortenByHand.TotalCalcium(twitch.State(k));
            Assert.True(Math.Abs(total - initial) <= 1e-6 * initial, $"total Ca at t={twitch.Times[k]}: {total:R} vs {initial:R}");
        }
    }

    [Fact]
    public void Stimulus_edges_are_found_as_time_discontinuities()
    {
        double[] expected = Enumerable.Range(0, 9).SelectMany(k => new[] { 50.0 * k, 50.0 * k + 0.5 }).ToArray();
        Assert.Equal(expected, Model.TimeDiscontinuities);
    }

    [Fact]
    public void Action_potential_overshoots_and_repolarises()
    {
        var (peak, tPeak) = Peak("wal_environment.vS");
        Assert.InRange(peak, 20, 50);                  // overshoot above 0 mV
        Assert.InRange(tPeak, 0.3, 2.0);               // during or just after the 0.5 ms stimulus
        Assert.True(Value("wal_environment.vS", 10) < -70, "membrane repolarised by 10 ms");
    }

    [Fact]
    public void Calcium_transient_rises_after_the_spike_and_decays()
    {
        var (peak, tPeak) = Peak("razumova.Ca_2");
        double rest = Model.InitialState()[Model.Find("razumova.Ca_2").StateIndex];
        Assert.InRange(tPeak, 1, 10);
        Assert.True(peak > 20 * rest, $"bulk free Ca²⁺ peak {peak} µM from rest {rest} µM");
        Assert.True(Value("razumova.Ca_2", ShortenTwitch.DurationMs) < 0.2 * peak, "free Ca²⁺ falls back by 45 ms");
    }

    [Fact]
    public void Force_state_peaks_after_calcium()
    {
        var (_, tCa) = Peak("razumova.Ca_2");
        var (force, tForce) = Peak("razumova.A_2");
        Assert.True(tForce > tCa, $"A_2 peaks at {tForce} ms, Ca_2 at {tCa} ms");
        Assert.True(force > 2 * Model.InitialState()[Model.Find("razumova.A_2").StateIndex]);
        Assert.True(Value("razumova.A_2", ShortenTwitch.DurationMs) < force, "relaxation has begun by 45 ms");
    }

    [Fact]
    public void Algebraic_variables_evaluate_at_a_state()
    {
        var twitch = ShortenTwitch.Run;
        var t0 = Model.Find("razumova.T_0");
        int last = twitch.Times.Count - 1;
        var s = twitch.State(last);
        double expected = 140 - s[32] - s[47] - s[48] - s[49] - s[50] - s[51] - s[52];
        Assert.Equal(expected, Model.Evaluate(t0, twitch.Times[last], s), 10);
        Assert.Equal(VariableKind.Algebraic, t0.Kind);
    }

    private static (double Peak, double Time) Peak(string name)
    {
        var twitch = ShortenTwitch.Run;
        var variable = Model.Find(name);
        double best = double.NegativeInfinity, time = 0;
        for (int k = 0; k < twitch.Times.Count; k++)
        {
            double value = Model.Evaluate(variable, twitch.Times[k], twitch.State(k));
            if (value > best)
            {
                (best, time) = (value, twitch.Times[k]);
            }
        }

        return (best, time);
    }

    private static double Value(string name, double t)
    {
        var twitch = ShortenTwitch.Run;
        int k = Enumerable.Range(0, twitch.Times.Count).MinBy(i => Math.Abs(twitch.Times[i] - t));
        return Model.Evaluate(Model.Find(name), twitch.Times[k], twitch.State(k));
    }
}
