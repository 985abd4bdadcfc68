using IonSim.Contraction;
using IonSim.Physiology;

namespace IonSim.Experiments.Studies;

/// <summary>The kinds of protocol a study runs on every point.</summary>
public enum StudyProtocolKind
{
    /// <summary>The computed rest only (no simulation): rest tension, free Ca²⁺, SR load, and whether the rest is a contracture.</summary>
    Rest,

    /// <summary>One stimulus at 0 ms: twitch metrics and the spasm verdict.</summary>
    Twitch,

    /// <summary>A train of pulses from 0 ms: train metrics and the spasm verdict.</summary>
    Train,
}

/// <summary>One protocol of a study, with the outputs it gives each point (named <c>&lt;name&gt;.&lt;output&gt;</c>).</summary>
public sealed record StudyProtocol
{
    private static readonly string[] RestOutputs = ["tension", "free_ca_uM", "sr_total_ca_uM", "contracture"];
    private static readonly string[] TwitchOutputs = ["peak_tension", "time_to_peak_ms", "rt50_ms", "rt90_ms", "peak_ca_uM", "tension_after", "spasm", "ended_at_rest"];
    private static readonly string[] TrainOutputs = ["mean_tension", "peak_tension", "last_peak_tension", "fusion_index", "relaxed_between_pulses", "spasm", "ended_at_rest"];

    private StudyProtocol(string name, StudyProtocolKind kind, StimulusProtocol? stimulus, double? frequencyHz = null, int? pulses = null)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 32 || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_') || !char.IsAsciiLetterLower(name[0]))
        {
            throw new ArgumentException($"a protocol name must be 1 to 32 lower-case letters, digits or '_', starting with a letter (it prefixes the output columns), but was '{name}'.");
        }

        Name = name;
        Kind = kind;
        Stimulus = stimulus;
        FrequencyHz = frequencyHz;
        Pulses = pulses;
    }

    /// <summary>Gets a train's frequency as given, Hz; null for other kinds.</summary>
    public double? FrequencyHz { get; }

    /// <summary>Gets a train's number of pulses; null for other kinds.</summary>
    public int? Pulses { get; }

    /// <summary>Gets the protocol's name, which prefixes its outputs (lower case, so it can never be taken for a parameter name).</summary>
    public string Name { get; }

    /// <summary>Gets the kind of protocol.</summary>
    public StudyProtocolKind Kind { get; }

    /// <summary>Gets the stimulus, or null for <see cref="StudyProtocolKind.Rest"/>.</summary>
    public StimulusProtocol? Stimulus { get; }

    /// <summary>Gets the outputs this protocol gives, without the name prefix.</summary>
    public IReadOnlyList<string> Outputs => Kind switch
    {
        StudyProtocolKind.Rest => RestOutputs,
        StudyProtocolKind.Twitch => TwitchOutputs,
        _ => TrainOutputs,
    };

    /// <summary>The rest state alone.</summary>
    /// <param name="name">The output prefix; default <c>rest</c>.</param>
    /// <returns>The protocol.</returns>
    public static StudyProtocol Rest(string name = "rest") => new(name, StudyProtocolKind.Rest, null);

    /// <summary>A single twitch.</summary>
    /// <param name="durationMs">Simulated time, ms; null for the library's tail after the pulse.</param>
    /// <param name="name">The output prefix; default <c>twitch</c>.</param>
    /// <returns>The protocol.</returns>
    public static StudyProtocol Twitch(double? durationMs = null, string name = "twitch") =>
        new(name, StudyProtocolKind.Twitch, StimulusProtocol.SinglePulse(0, durationMs));

    /// <summary>A train of <paramref name="pulses"/> at <paramref name="frequencyHz"/>.</summary>
    /// <param name="frequencyHz">The stimulus frequency, Hz.</param>
    /// <param name="pulses">The number of pulses, at least 2.</param>
    /// <param name="durationMs">Simulated time, ms; null for the library's tail after the last pulse.</param>
    /// <param name="name">The output prefix; default <c>train</c>.</param>
    /// <returns>The protocol.</returns>
    public static StudyProtocol Train(double frequencyHz, int pulses, double? durationMs = null, string name = "train")
    {
        if (pulses < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(pulses), pulses, $"a train needs at least 2 pulses, but was given {pulses}.");
        }

        return new(name, StudyProtocolKind.Train, StimulusProtocol.Train(frequencyHz, pulses, 0, durationMs), frequencyHz, pulses);
    }

    /// <summary>Runs the protocol on one fiber and writes its outputs, in <see cref="Outputs"/> order (NaN where undefined,
    /// 1/0 for verdicts).</summary>
    internal void Run(FiberParameters fiber, Func<double, SimulationOptions> options, Span<double> outputs)
    {
        if (Kind == StudyProtocolKind.Rest)
        {
            var rest = RestState.Compute(fiber);
            outputs[0] = rest.Tension;
            outputs[1] = rest.FreeCalciumMicromolar;
            outputs[2] = rest.SrTotalCalciumMicromolar;

            // The low-Mg²⁺ verdict at rest: tension at or above the state machine's rest threshold is a standing contracture.
            outputs[3] = Verdict(rest.Tension >= options(1).Contraction.RestThresholdFraction);
            return;
        }

        SimulationResult result = Experiment.Simulate(fiber, Stimulus!, options(Stimulus!.DurationMs), Name);
        if (Kind == StudyProtocolKind.Twitch)
        {
            TwitchMetrics twitch = result.Twitches[0];
            outputs[0] = twitch.PeakTension;
            outputs[1] = twitch.TimeToPeakMs;
            outputs[2] = twitch.HalfRelaxationTimeMs;
            outputs[3] = twitch.Rt90Ms;
            outputs[4] = twitch.PeakFreeCalciumMicromolar;
            outputs[5] = twitch.RestingTensionAfter;
            outputs[6] = Verdict(result.HasSpasm);
            outputs[7] = Verdict(result.EndedAtRest);
            return;
        }

        TrainMetrics train = result.Train!;
        outputs[0] = train.MeanTension;
        outputs[1] = train.PeakTension;
        outputs[2] = train.LastPeakTension;
        outputs[3] = train.FusionIndex;
        outputs[4] = Verdict(train.RelaxedBetweenPulses);
        outputs[5] = Verdict(result.HasSpasm);
        outputs[6] = Verdict(result.EndedAtRest);
    }

    private static double Verdict(bool value) => value ? 1 : 0;
}
