using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IonSim.Experiments;
using IonSim.Physiology;

namespace IonSim.Tests.Physiology;

/// <summary>Laws of the cooperative regulatory chain (docs/model.md §2.3).</summary>
public sealed class CooperativityTests
{
    private static readonly double[] PCa = [.. Enumerable.Range(0, 41).Select(k => 4.0 + (k * 0.075))];

    [Property(MaxTest = 60)]
    public Property The_steady_state_is_unique_so_the_force_pca_relation_has_no_hysteresis()
    {
        // Iterating the mean-field map from "all off" and from "all on" reaches the same state: one branch, no bistability.
        var cases = Gen.Choose(4000, 8000).Select(k => k / 1000.0).SelectMany(p => Gen.Elements(0.1, 0.25, 1.0, 3.0).Select(m => (p, m)));
        return Prop.ForAll(cases.ToArbitrary(), pm =>
        {
            var (p, m) = pm;
            var c = new FiberConstants(FiberPresets.WithMagnesium(m));
            double ca = Math.Pow(10, 6 - p);
            double low = Branch(c, ca, m * 1000, 0, 0), high = Branch(c, ca, m * 1000, 1, 1);
            return (Math.Abs(low - high) < 1e-6).Label($"pCa {p}, Mg {m} mM: {low:G6} from off, {high:G6} from on");
        });
    }

    [Fact]
    public void Steady_tension_rises_with_calcium_and_reaches_one_at_saturation()
    {
        var fiber = new MuscleFiber(FiberPresets.Normal, StimulusProtocol.None(1));
        double[] tension = [.. PCa.Select(p => fiber.SteadyStateTension(Math.Pow(10, 6 - p)))];
        for (int i = 1; i < tension.Length; i++)
        {
            Assert.True(tension[i] <= tension[i - 1] + 1e-12, $"tension rises from pCa {PCa[i - 1]} to {PCa[i]}");
        }

        Assert.InRange(fiber.SteadyStateTension(1e6), 1 - 1e-6, 1 + 1e-9);
    }

    [Fact]
    public void Cooperativity_is_what_makes_the_curve_steep()
    {
        var none = FiberPresets.Normal with { Troponin = FiberPresets.Normal.Troponin with { NeighbourCooperativity = 0, CrossBridgeCooperativity = 0 } };
        double flat = Fit(none).HillCoefficient, steep = Fit(FiberPresets.Normal).HillCoefficient;
        Assert.True(flat < 2, $"non-cooperative chain: n = {flat:G3}");
        Assert.True(steep > flat + 1.5, $"cooperative n = {steep:G3} against {flat:G3}");
    }

    private static HillFitResult Fit(FiberParameters parameters)
    {
        var fiber = new MuscleFiber(parameters, StimulusProtocol.None(1));
        return HillFit.Fit(PCa, [.. PCa.Select(p => fiber.SteadyStateTension(Math.Pow(10, 6 - p)))]);
    }

    private static double Branch(in FiberConstants c, double ca, double mgMicromolar, double phi, double xi)
    {
        Span<double> x = stackalloc double[10];
        for (int i = 0; i < 20_000; i++)
        {
            RegulatoryChain.Linear(c, ca, mgMicromolar, phi, xi, x);
            double phiNext = (x[4] + x[5] + x[6] + x[7] + x[8]) / c.TroponinTotal, xiNext = (x[7] + x[8]) / c.AttachedAtSaturation;
            if (Math.Abs(phiNext - phi) < 1e-14 && Math.Abs(xiNext - xi) < 1e-14)
            {
                break;
            }

            (phi, xi) = (phiNext, xiNext);
        }

        return x[8] / c.MaximalForceBearing;
    }
}
