using IonSim.Experiments;
using IonSim.Physiology;
using Xunit.Abstractions;

namespace IonSim.Tests.Experiments;

public class SweepTests(ITestOutputHelper output)
{
    [Fact]
    public void Magnesium_sweep_finds_where_tension_stops_returning_under_the_rest_threshold_and_never_at_normal_mg()
    {
        // A single twitch: the normal fiber relaxes; find the free Mg²⁺ below which tension stays above the
        // rest threshold. In this model that is where the raised resting tension itself crosses it.
        double[] levels = [0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.5, 1.0, 2.0];

        var points = Experiment.MagnesiumSweep(levels, FiberPresets.Normal, StimulusProtocol.SinglePulse(10));

        Assert.Equal(levels, points.Select(p => p.FreeMagnesiumMillimolar));
        int firstRelaxing = points.ToList().FindIndex(p => !p.HasSpasm && p.Failure is null);
        Assert.True(firstRelaxing > 0, "the lowest levels must fail to relax");
        Assert.All(points.Take(firstRelaxing), p => Assert.True(p.HasSpasm || p.Failure is not null));
        Assert.All(points.Skip(firstRelaxing), p => Assert.False(p.HasSpasm));
        Assert.All(points.Skip(firstRelaxing), p => Assert.True(p.EndedAtRest));
        output.WriteLine($"spasm (tension held above the rest threshold) sets in between {levels[firstRelaxing - 1]} and {levels[firstRelaxing]} mM free Mg²⁺");
    }

    [Fact]
    public void Magnesium_sweep_equals_the_sequential_simulations()
    {
        double[] levels = [0.3, 0.7, 1.5];
        var protocol = StimulusProtocol.SinglePulse(5, durationMs: 150);
        var options = new SimulationOptions { OutputIntervalMs = 1 };

        var swept = Experiment.MagnesiumSweep(levels, FiberPresets.Normal, protocol, options);

        for (int i = 0; i < levels.Length; i++)
        {
            var alone = Experiment.Simulate(FiberPresets.WithMagnesium(levels[i]), protocol, options);
            Assert.Equal(alone.Twitches, swept[i].Twitches);
        }
    }

    [Fact]
    public void Force_frequency_mean_tension_and_fusion_rise_with_frequency()
    {
        var points = Experiment.FrequencySweep([5, 20, 50, 100], FiberPresets.Normal, 300, tailMs: 200, new SimulationOptions { OutputIntervalMs = 1 });

        for (int i = 1; i < points.Count; i++)
        {
            Assert.True(points[i].MeanTension > points[i - 1].MeanTension, $"mean at {points[i].FrequencyHz} Hz");
            Assert.True(points[i].FusionIndex >= points[i - 1].FusionIndex - 0.01, $"fusion at {points[i].FrequencyHz} Hz"); // 50 and 100 Hz are both fused
        }

        Assert.True(points[0].RelaxedBetweenPulses);
        Assert.False(points[^1].RelaxedBetweenPulses);
        Assert.All(points, p => Assert.False(p.HasSpasm));
    }

    [Fact]
    public void Force_pca_shifts_right_as_mg_rises_through_regulatory_site_competition()
    {
        double[] pCa = [4.5, 5.0, 5.25, 5.5, 5.75, 6.0, 6.25, 6.5, 7.0];

        var curves = Experiment.ForcePca(pCa, [0.1, 1.0, 3.0], FiberPresets.Normal);

        Assert.True(curves[0].Fit.Pca50 > curves[1].Fit.Pca50);
        Assert.True(curves[1].Fit.Pca50 > curves[2].Fit.Pca50);
        Assert.All(curves, c => Assert.InRange(c.Fit.HillCoefficient, 2.5, 9)); // cooperative: steeper than two independent sites
        Assert.All(curves, c => Assert.Equal(pCa.Length, c.Tension.Count));

        // Switch the regulatory competition off and the curves coincide.
        var withoutCompetition = FiberPresets.Normal with { Mechanisms = MagnesiumMechanisms.All & ~MagnesiumMechanisms.RegulatorySiteCompetition };
        var flat = Experiment.ForcePca(pCa, [0.1, 3.0], withoutCompetition);
        Assert.Equal(flat[0].Fit.Pca50, flat[1].Fit.Pca50, 9);
        foreach (var c in curves)
        {
            output.WriteLine($"Mg {c.FreeMagnesiumMillimolar} mM: pCa50 {c.Fit.Pca50:F3}, Hill n {c.Fit.HillCoefficient:F2}");
        }
    }

    [Fact]
    public void Invalid_sweep_ranges_are_refused_with_a_clear_error()
    {
        var protocol = StimulusProtocol.SinglePulse(0);

        Assert.Throws<ArgumentException>(() => Experiment.MagnesiumSweep([], FiberPresets.Normal, protocol));
        var nan = Assert.ThrowsAny<ArgumentException>(() => Experiment.MagnesiumSweep([0.5, double.NaN], FiberPresets.Normal, protocol));
        Assert.Contains("NaN", nan.Message);
        var negative = Assert.ThrowsAny<ArgumentException>(() => Experiment.MagnesiumSweep([-1.0], FiberPresets.Normal, protocol));
        Assert.Contains("-1", negative.Message);
        Assert.ThrowsAny<ArgumentException>(() => Experiment.FrequencySweep([0.0], FiberPresets.Normal, 100));
        Assert.ThrowsAny<ArgumentException>(() => Experiment.FrequencySweep([10.0], FiberPresets.Normal, -5));
        Assert.ThrowsAny<ArgumentException>(() => Experiment.ForcePca([5.0, 2.0], [1.0], FiberPresets.Normal));
        Assert.ThrowsAny<ArgumentException>(() => SweepRange.Linear(2, 1, 5, SweepDomain.Positive));
    }
}
