using IonSim.Cli.Infrastructure;
using IonSim.Cli.Output;
using IonSim.Contraction;
using IonSim.Experiments;
using IonSim.Physiology;
using IonSim.Plotting;
using Spectre.Console;

namespace IonSim.Cli.Commands;

/// <summary><c>ionsim sweep mg</c>: twitch metrics versus free Mg²⁺ (the library's magnesium dose–response).</summary>
internal sealed class MagnesiumSweepCommand(CliEnvironment environment, IAnsiConsole console) : SweepCommand<MagnesiumSweepSettings>(environment, console)
{
    /// <summary>Free Mg²⁺ levels swept by default, mM: from severe depletion to twice the normal store.</summary>
    public static readonly double[] DefaultMagnesium = [0.1, 0.15, 0.25, 0.35, 0.5, 0.75, 1, 1.5, 2];

    protected override Func<IProgress<SweepProgress>, CancellationToken, SweepTable> Plan(MagnesiumSweepSettings settings, Scenario fiber)
    {
        IReadOnlyList<double> levels = SweepValues.Parse(settings, ScenarioOptions.IsMagnesium, ScenarioOptions.MagnesiumAllowed, 1) ?? DefaultMagnesium;
        StimulusProtocol protocol = ScenarioOptions.Twitch(ScenarioOptions.Duration(settings.Duration));
        return (progress, cancellationToken) =>
        {
            IReadOnlyList<MagnesiumSweepPoint> points = LibraryErrors.Option("--values", Join(levels),
                () => Experiment.MagnesiumSweep(levels, fiber.Parameters, protocol, ScenarioOptions.SweepPoint(protocol.DurationMs), progress, cancellationToken));
            return Table(points, fiber.Name);
        };
    }

    private static SweepTable Table(IReadOnlyList<MagnesiumSweepPoint> points, string fiber)
    {
        if (points.All(p => p.Failure is not null))
        {
            throw new SimulationFailedException($"no Mg²⁺ level could be simulated; at {Number(points[0].FreeMagnesiumMillimolar)} mM: {points[0].Failure}");
        }

        double[] x = [.. points.Select(p => p.FreeMagnesiumMillimolar)];
        double[] peak = [.. points.Select(p => First(p, m => m.PeakTension))];
        double[] rt50 = [.. points.Select(p => First(p, m => m.HalfRelaxationTimeMs))];
        double[] ttp = [.. points.Select(p => First(p, m => m.TimeToPeakMs))];
        double[] caPeak = [.. points.Select(p => First(p, m => m.PeakFreeCalciumMicromolar))];
        double[] spasm = [.. points.Select(p => p.Failure is null ? (p.HasSpasm ? 1.0 : 0.0) : double.NaN)];
        return new SweepTable(
            $"Twitch versus free Mg²⁺ ({fiber})",
            "Free Mg²⁺ (mM)",
            "free_mg_mM",
            x,
            [new("peak_tension", peak), new("time_to_peak_ms", ttp), new("rt50_ms", rt50), new("peak_ca_free_uM", caPeak), new("spasm", spasm)],
            [Curve("peak tension", x, peak), Spasm(x, peak, spasm)],
            "Peak tension (0–1)",
            false,
            [.. points.Where(p => p.Failure is not null).Select(p => $"no simulation at {Number(p.FreeMagnesiumMillimolar)} mM: {p.Failure}")]);
    }

    /// <summary>The levels where the fiber went into spasm, marked on the peak-tension curve; none, no legend entry.</summary>
    private static SweepCurve Spasm(double[] x, double[] peak, double[] spasm)
    {
        int[] at = [.. Enumerable.Range(0, x.Length).Where(i => spasm[i] == 1 && double.IsFinite(peak[i]))];
        return new SweepCurve(at.Length == 0 ? "" : "spasm: tension does not relax", [.. at.Select(i => x[i])], [.. at.Select(i => peak[i])], IsMark: true);
    }

    private static double First(MagnesiumSweepPoint point, Func<TwitchMetrics, double> metric) =>
        point.Twitches.Count > 0 ? metric(point.Twitches[0]) : double.NaN;
}
