using System.Globalization;
using IonSim.Cli.Infrastructure;
using IonSim.Contraction;
using IonSim.Experiments;
using IonSim.Physiology;
using IonSim.Plotting;

namespace IonSim.Cli.Backend;

/// <summary>Runs the library's sweeps and lays their points out as CSV columns and plot curves.</summary>
/// <remarks>The default ranges are the CLI's choice of what to show, documented in <c>--help</c>; every
/// plotted number is a value the library computed.</remarks>
internal static class LibrarySweeps
{
    /// <summary>Free Mg²⁺ levels of <c>sweep mg</c>, mM: from severe depletion to twice the normal store.</summary>
    public static readonly double[] DefaultMagnesium = [0.1, 0.15, 0.25, 0.35, 0.5, 0.75, 1, 1.5, 2];

    /// <summary>Frequencies of <c>sweep frequency</c>, Hz: single twitches to fused tetanus.</summary>
    public static readonly double[] DefaultFrequencies = [1, 5, 10, 20, 30, 40, 50, 70, 100, 150];

    /// <summary>Length of each train of <c>sweep frequency</c> when --duration is not given, ms.</summary>
    public const double DefaultTrainMs = 500;

    /// <summary>pCa values of <c>sweep pca</c>: 7.0 to 4.0 in steps of 0.2, ascending as the library requires.</summary>
    public static readonly double[] DefaultPca = [.. Enumerable.Range(0, 16).Select(i => Math.Round(4.0 + (0.2 * i), 10))];

    public static SweepRun Run(SweepRequest request, Scenario baseScenario, IProgress<SweepProgress>? progress, CancellationToken cancellationToken) =>
        request.Kind switch
        {
            SweepKind.Magnesium => Magnesium(request, baseScenario, progress, cancellationToken),
            SweepKind.Frequency => Frequency(request, baseScenario, progress, cancellationToken),
            _ => Pca(request, baseScenario, progress, cancellationToken),
        };

    private static SweepRun Magnesium(SweepRequest request, Scenario baseScenario, IProgress<SweepProgress>? progress, CancellationToken cancellationToken)
    {
        IReadOnlyList<double> levels = request.Values ?? DefaultMagnesium;
        StimulusProtocol protocol = LibraryBackend.Protocol(ProtocolChoice.Twitch, request.DurationMs);
        IReadOnlyList<MagnesiumSweepPoint> points = LibraryErrors.Run(() => LibraryErrors.Option("--values", Join(levels),
            () => Experiment.MagnesiumSweep(levels, baseScenario.Parameters, protocol, null, progress, cancellationToken)));

        double[] x = [.. points.Select(p => p.FreeMagnesiumMillimolar)];
        double[] peak = [.. points.Select(p => First(p, m => m.PeakTension))];
        double[] rt50 = [.. points.Select(p => First(p, m => m.HalfRelaxationTimeMs))];
        double[] ttp = [.. points.Select(p => First(p, m => m.TimeToPeakMs))];
        double[] caPeak = [.. points.Select(p => First(p, m => m.PeakFreeCalciumMicromolar))];
        double[] spasm = [.. points.Select(p => p.Failure is null ? (p.HasSpasm ? 1.0 : 0.0) : double.NaN)];
        return new SweepRun(
            $"Twitch versus free Mg²⁺ ({baseScenario.Name})",
            "Free Mg²⁺ (mM)",
            "free_mg_mM",
            x,
            [new("peak_tension", peak), new("time_to_peak_ms", ttp), new("rt50_ms", rt50), new("peak_ca_free_uM", caPeak), new("spasm", spasm)],
            [Curve("peak tension", x, peak)],
            "Peak tension (0–1)",
            false,
            [.. points.Where(p => p.Failure is not null).Select(p => $"no simulation at {Number(p.FreeMagnesiumMillimolar)} mM: {p.Failure}")]);
    }

    private static SweepRun Frequency(SweepRequest request, Scenario baseScenario, IProgress<SweepProgress>? progress, CancellationToken cancellationToken)
    {
        IReadOnlyList<double> frequencies = request.Values ?? DefaultFrequencies;
        double train = request.DurationMs ?? DefaultTrainMs;
        IReadOnlyList<FrequencySweepPoint> points = LibraryErrors.Run(() => LibraryErrors.Option("--values", Join(frequencies),
            () => Experiment.FrequencySweep(frequencies, baseScenario.Parameters, train, StimulusProtocol.DefaultTailMs, null, progress, cancellationToken)));

        double[] x = [.. points.Select(p => p.FrequencyHz)];
        double[] mean = [.. points.Select(p => p.MeanTension)];
        double[] peak = [.. points.Select(p => p.PeakTension)];
        return new SweepRun(
            FormattableString.Invariant($"Force–frequency, {train} ms trains ({baseScenario.Name})"),
            "Stimulus frequency (Hz)",
            "frequency_Hz",
            x,
            [new("pulses", [.. points.Select(p => (double)p.PulseCount)]), new("mean_tension", mean), new("peak_tension", peak),
             new("fusion_index", [.. points.Select(p => p.FusionIndex)]), new("relaxed_between_pulses", [.. points.Select(p => p.RelaxedBetweenPulses ? 1.0 : 0.0)]),
             new("spasm", [.. points.Select(p => p.HasSpasm ? 1.0 : 0.0)])],
            [Curve("peak tension", x, peak), Curve("mean tension", x, mean)],
            "Tension (0–1)",
            false,
            []);
    }

    private static SweepRun Pca(SweepRequest request, Scenario baseScenario, IProgress<SweepProgress>? progress, CancellationToken cancellationToken)
    {
        IReadOnlyList<double> pca = request.Values ?? DefaultPca;
        if (request.DurationMs is not null)
        {
            throw new UsageException("--duration applies to sweep mg and sweep frequency only: the force–pCa relation is a steady state");
        }

        // One curve per Mg²⁺ level (ascending, as the library requires); without --mg, the base fiber's own level.
        double[] levels = request.Scenarios.MagnesiumMillimolar.Count > 0
            ? [.. request.Scenarios.MagnesiumMillimolar.Distinct().Order()]
            : [baseScenario.Parameters.FreeMagnesiumMillimolar];
        IReadOnlyList<ForcePcaCurve> curves = LibraryErrors.Run(() => LibraryErrors.Option("--values", Join(pca),
            () => Experiment.ForcePca(pca, levels, baseScenario.Parameters, progress, cancellationToken)));

        double[] x = [.. curves[0].Pca];
        var columns = new List<KeyValuePair<string, IReadOnlyList<double>>>();
        var plot = new List<SweepCurve>();
        var notes = new List<string>();
        foreach (ForcePcaCurve curve in curves)
        {
            string mg = Number(curve.FreeMagnesiumMillimolar);
            string key = "mg_" + mg.Replace('.', '_') + "mM";
            columns.Add(new($"tension_{key}", curve.Tension));
            columns.Add(new($"hill_fit_{key}", [.. x.Select(curve.Fit.TensionAt)]));
            plot.Add(Curve($"Mg²⁺ {mg} mM", x, [.. curve.Tension]));
            double[] fine = [.. Enumerable.Range(0, 121).Select(i => x[0] + ((x[^1] - x[0]) * i / 120.0))];
            plot.Add(new SweepCurve(
                FormattableString.Invariant($"Hill fit: pCa50 {curve.Fit.Pca50:0.00}, nH {curve.Fit.HillCoefficient:0.0}"), fine, [.. fine.Select(curve.Fit.TensionAt)], IsFit: true));
            notes.Add(FormattableString.Invariant(
                $"Mg²⁺ {mg} mM: pCa50 = {curve.Fit.Pca50:0.000} ± {curve.Fit.Pca50StandardError:0.000}, Hill coefficient = {curve.Fit.HillCoefficient:0.00} ± {curve.Fit.HillCoefficientStandardError:0.00}"));
        }

        return new SweepRun($"Steady-state force–pCa ({baseScenario.Name})", "pCa", "pCa", x, columns, plot, "Tension (0–1)", true, notes);
    }

    private static double First(MagnesiumSweepPoint point, Func<TwitchMetrics, double> metric) =>
        point.Twitches.Count > 0 ? metric(point.Twitches[0]) : double.NaN;

    /// <summary>A plotted curve keeps only the points the library could compute (a level without a rest is left out).</summary>
    private static SweepCurve Curve(string name, double[] x, double[] y)
    {
        int[] keep = [.. Enumerable.Range(0, x.Length).Where(i => double.IsFinite(y[i]))];
        return new SweepCurve(name, [.. keep.Select(i => x[i])], [.. keep.Select(i => y[i])]);
    }

    private static string Join(IReadOnlyList<double> values) => string.Join(",", values.Select(Number));

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
