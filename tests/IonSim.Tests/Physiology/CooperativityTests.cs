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
        var cases = Gen.Choose(4000, 8000).Select(k => k / 1000.0).SelectMany(p => Gen.Choose(100, 3000).Select(m => (p, m / 1000.0)));
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
    public void The_saturating_solve_converges_across_the_studies_ranges_of_the_cooperative_constants()
    {
        // Regression: the saturating solve (which scales ξ and normalises tension) compared ξ in µM against an absolute 1e-13
        // and cycled between two neighbouring doubles for ≈ 0.2 % of these fibres ("did not converge in 20000 iterations").
        // The ranges are those samples/studies/*.json vary, on the low-Mg²⁺ preset; 2 000 fibres, one seed.
        var random = new Random(20261127);
        FiberParameters low = FiberPresets.LowMagnesium;
        for (int i = 0; i < 2000; i++)
        {
            var troponin = low.Troponin with
            {
                NeighbourCooperativity = 11.76 + (random.NextDouble() * 10.08),
                CrossBridgeCooperativity = 3.78 + (random.NextDouble() * 3.24),
                EmptyPermissiveOffRatePerMs = 0.015 * Math.Pow(10, random.NextDouble()),
                MagnesiumOffRatePerMs = 0.0627 + (random.NextDouble() * 0.1023),
            };
            var c = new FiberConstants(low with { Troponin = troponin });
            Assert.InRange(c.MaximalForceBearing, 1e-9, c.TroponinTotal);
        }
    }

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(0.7, 0.7)]
    [InlineData(0.7, 1.0)]
    public void No_hysteresis_across_the_foot_of_the_curve_where_the_switch_is_steepest(double neighbourScale, double crossBridgeScale)
    {
        // The foot (pCa 6.6–5.6) is where a mean field splits into two branches if it is going to; scan it finely, with the
        // default cooperativities and 30 % weaker ones, over 0.1–3 mM Mg²⁺. Other ±30 % changes open narrow windows
        // (next test; docs/model.md §2.3).
        var gaps = Gaps(neighbourScale, crossBridgeScale);
        Assert.All(gaps, g => Assert.True(g.Gap < 1e-6, $"Mg {g.Mg} mM, pCa {g.PCa:F3}: {g.Gap:G6} between the branches"));
    }

    [Theory]
    [InlineData(1.3, 1.0)]
    [InlineData(1.0, 1.3)]
    [InlineData(1.3, 1.3)]
    [InlineData(1.0, 0.7)]
    public void Near_the_default_narrow_bistable_windows_open_as_the_docs_say(double neighbourScale, double crossBridgeScale)
    {
        // A characterisation, not a virtue: the default sits close to the mean field's bistable region. 30 % more of either
        // cooperativity, or 30 % less cross-bridge feedback, gives two steady states in narrow pCa windows of the foot (pCa ≈ 6.2–6.5)
        // somewhere in 0.1–3 mM Mg²⁺, less than 3 % of maximal force apart. If a change closes or widens them, update docs/model.md §2.3.
        var open = Gaps(neighbourScale, crossBridgeScale).Where(g => g.Gap >= 1e-6).ToList();
        Assert.NotEmpty(open);
        Assert.All(open, g => Assert.True(g.Gap < 0.03, $"Mg {g.Mg} mM, pCa {g.PCa:F3}: {g.Gap:G4} between the branches"));
    }

    private static List<(double Mg, double PCa, double Gap)> Gaps(double neighbourScale, double crossBridgeScale)
    {
        var t = FiberPresets.Normal.Troponin;
        var gaps = new List<(double, double, double)>();
        foreach (double mg in new[] { 0.1, 0.25, 0.5, 1.0, 3.0 })
        {
            var c = new FiberConstants(FiberPresets.WithMagnesium(mg) with
            {
                Troponin = t with { NeighbourCooperativity = neighbourScale * t.NeighbourCooperativity, CrossBridgeCooperativity = crossBridgeScale * t.CrossBridgeCooperativity },
            });
            for (double p = 6.6; p >= 5.6; p -= 0.002)
            {
                double ca = Math.Pow(10, 6 - p);
                gaps.Add((mg, p, Branch(c, ca, mg * 1000, 1, 1) - Branch(c, ca, mg * 1000, 0, 0)));
            }
        }

        return gaps;
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
        Span<double> y = stackalloc double[StateIndex.Count];
        RegulatoryChain.Solve(c, ca, mgMicromolar, y, phi, xi);
        return y[StateIndex.CrossBridgePostStroke] / c.MaximalForceBearing;
    }
}
