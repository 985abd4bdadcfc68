using IonSim.Cli.Infrastructure;
using IonSim.Cli.Output;
using IonSim.Experiments;
using IonSim.Physiology;
using Spectre.Console;

namespace IonSim.Cli.Commands;

/// <summary><c>ionsim sweep frequency</c>: the force–frequency relation, a train at each frequency.</summary>
internal sealed class FrequencySweepCommand(CliEnvironment environment, IAnsiConsole console) : SweepCommand<FrequencySweepSettings>(environment, console)
{
    /// <summary>Frequencies swept by default, Hz: single twitches to fused tetanus.</summary>
    public static readonly double[] DefaultFrequencies = [1, 5, 10, 20, 30, 40, 50, 70, 100, 150];

    /// <summary>Length of each train when --duration is not given, ms.</summary>
    public const double DefaultTrainMs = 500;

    protected override Func<IProgress<SweepProgress>, CancellationToken, SweepTable> Plan(FrequencySweepSettings settings, Scenario fiber)
    {
        IReadOnlyList<double> frequencies = SweepValues.Parse(
            settings,
            v => v >= StimulusProtocol.MinimumFrequencyHz && v <= StimulusProtocol.MaximumFrequencyHz,
            FormattableString.Invariant($"frequencies must be numbers of Hz from {StimulusProtocol.MinimumFrequencyHz} to {StimulusProtocol.MaximumFrequencyHz}"),
            1)
            ?? DefaultFrequencies;
        double train = ScenarioOptions.Duration(settings.Duration) ?? DefaultTrainMs;
        return (progress, cancellationToken) =>
        {
            IReadOnlyList<FrequencySweepPoint> points = LibraryErrors.Option("--values", Join(frequencies),
                () => Experiment.FrequencySweep(frequencies, fiber.Parameters, train, StimulusProtocol.DefaultTailMs, ScenarioOptions.SweepPoint(train + StimulusProtocol.DefaultTailMs), progress, cancellationToken));
            return Table(points, train, fiber.Name);
        };
    }

    private static SweepTable Table(IReadOnlyList<FrequencySweepPoint> points, double train, string fiber)
    {
        double[] x = [.. points.Select(p => p.FrequencyHz)];
        double[] mean = [.. points.Select(p => p.MeanTension)];
        double[] peak = [.. points.Select(p => p.PeakTension)];
        return new SweepTable(
            FormattableString.Invariant($"Force–frequency, {train} ms trains ({fiber})"),
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
}
