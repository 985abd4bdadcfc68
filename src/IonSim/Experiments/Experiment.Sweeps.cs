using IonSim.Contraction;
using IonSim.Internal;
using IonSim.Physiology;

namespace IonSim.Experiments;

public static partial class Experiment
{
    /// <summary>
    /// The magnesium dose–response: the same protocol at each free Mg²⁺ level, in parallel, results in
    /// input order and bit-identical to a sequential run. A level at which the fiber has no rest is
    /// reported as a failed point, not thrown.
    /// </summary>
    /// <param name="freeMagnesiumMillimolar">Free Mg²⁺ levels, mM (build them with <see cref="SweepRange"/>).</param>
    /// <param name="baseParameters">The fiber; only its free Mg²⁺ changes.</param>
    /// <param name="protocol">The stimuli and duration.</param>
    /// <param name="options">Simulation options (solver and state machine; a sweep records no trace, so the output interval plays no part); null for the defaults.</param>
    /// <param name="progress">Told after each level; may be null.</param>
    /// <param name="cancellationToken">Stops the sweep.</param>
    /// <returns>One point per level, in the order given.</returns>
    public static IReadOnlyList<MagnesiumSweepPoint> MagnesiumSweep(
        IReadOnlyList<double> freeMagnesiumMillimolar, FiberParameters baseParameters, StimulusProtocol protocol, SimulationOptions? options = null,
        IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(baseParameters);
        ArgumentNullException.ThrowIfNull(protocol);
        var levels = SweepRange.Of(freeMagnesiumMillimolar, SweepDomain.Positive, "free Mg²⁺ (mM)");
        return SweepRunner.Run(levels, (mg, _) => MagnesiumPoint(baseParameters with { FreeMagnesiumMillimolar = mg }, protocol, options), progress, cancellationToken);
    }

    /// <summary>
    /// The force–frequency relation: a train of the given duration at each frequency, in parallel.
    /// Each run lasts the train plus <paramref name="tailMs"/>, so failed relaxation after the train shows as spasm.
    /// </summary>
    /// <param name="frequenciesHz">Stimulation frequencies, Hz (each from <see cref="StimulusProtocol.MinimumFrequencyHz"/> to <see cref="StimulusProtocol.MaximumFrequencyHz"/>).</param>
    /// <param name="parameters">The fiber.</param>
    /// <param name="trainDurationMs">How long each train lasts, ms (greater than 0).</param>
    /// <param name="tailMs">Time simulated after the train, ms (at least 0); default 400 ms.</param>
    /// <param name="options">Simulation options (solver and state machine; a sweep records no trace, so the output interval plays no part); null for the defaults.</param>
    /// <param name="progress">Told after each frequency; may be null.</param>
    /// <param name="cancellationToken">Stops the sweep.</param>
    /// <returns>One point per frequency, in the order given.</returns>
    public static IReadOnlyList<FrequencySweepPoint> FrequencySweep(
        IReadOnlyList<double> frequenciesHz, FiberParameters parameters, double trainDurationMs, double tailMs = StimulusProtocol.DefaultTailMs,
        SimulationOptions? options = null, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Preconditions.PositiveFinite(trainDurationMs, nameof(trainDurationMs));
        Preconditions.NonNegativeFinite(tailMs, nameof(tailMs));
        var frequencies = SweepRange.Of(frequenciesHz, SweepDomain.Positive, "frequency (Hz)");
        foreach (double f in frequencies)
        {
            Preconditions.InRange(f, StimulusProtocol.MinimumFrequencyHz, StimulusProtocol.MaximumFrequencyHz, "frequency (Hz)");
        }

        return SweepRunner.Run(frequencies, (f, _) => FrequencyPoint(parameters, f, trainDurationMs, tailMs, options), progress, cancellationToken);
    }

    /// <summary>
    /// The steady-state force–pCa relation at each free Mg²⁺ level (a skinned fiber: Ca²⁺ clamped, release
    /// and pumps idle), with a Hill fit giving pCa₅₀ and the Hill coefficient.
    /// </summary>
    /// <param name="pCa">pCa values (−log₁₀[Ca²⁺/M]), between 3 and 10; at least four distinct.</param>
    /// <param name="freeMagnesiumMillimolar">Free Mg²⁺ levels, mM.</param>
    /// <param name="baseParameters">The fiber; only its free Mg²⁺ changes.</param>
    /// <param name="progress">Told after each Mg²⁺ level; may be null.</param>
    /// <param name="cancellationToken">Stops the sweep.</param>
    /// <returns>One curve per Mg²⁺ level, in the order given.</returns>
    public static IReadOnlyList<ForcePcaCurve> ForcePca(
        IReadOnlyList<double> pCa, IReadOnlyList<double> freeMagnesiumMillimolar, FiberParameters baseParameters,
        IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(baseParameters);
        var pcas = SweepRange.Of(pCa, SweepDomain.Any, "pCa");
        foreach (double p in pcas)
        {
            Preconditions.InRange(p, 3, 10, "pCa");
        }

        var levels = SweepRange.Of(freeMagnesiumMillimolar, SweepDomain.Positive, "free Mg²⁺ (mM)");
        return SweepRunner.Run(levels, (mg, _) =>
        {
            var fiber = new MuscleFiber(baseParameters with { FreeMagnesiumMillimolar = mg }, StimulusProtocol.None(1));
            double[] tension = pcas.Select(p => fiber.SteadyStateTension(Math.Pow(10, 6 - p))).ToArray();
            return new ForcePcaCurve(mg, pcas, tension, HillFit.Fit(pcas, tension));
        }, progress, cancellationToken);
    }

    private static MagnesiumSweepPoint MagnesiumPoint(FiberParameters parameters, StimulusProtocol protocol, SimulationOptions? options)
    {
        try
        {
            Run r = Measure(parameters, protocol, options ?? new SimulationOptions(), grid: null);
            return new MagnesiumSweepPoint(parameters.FreeMagnesiumMillimolar, r.Twitches, r.Train, r.Timeline.Contains(Phase.Spasm), r.Timeline.FinalPhase == Phase.Rest, null);
        }
        catch (NoRestStateException e)
        {
            return new MagnesiumSweepPoint(parameters.FreeMagnesiumMillimolar, [], null, false, false, e.Message);
        }
    }

    private static FrequencySweepPoint FrequencyPoint(FiberParameters parameters, double frequencyHz, double trainDurationMs, double tailMs, SimulationOptions? options)
    {
        var protocol = StimulusProtocol.TrainForDuration(frequencyHz, trainDurationMs, 0, trainDurationMs + tailMs);
        Run r = Measure(parameters, protocol, options ?? new SimulationOptions(), grid: null);
        int pulses = protocol.PulseTimesMs.Count;
        bool spasm = r.Timeline.Contains(Phase.Spasm);
        if (r.Train is { } train)
        {
            return new FrequencySweepPoint(frequencyHz, pulses, train.MeanTension, train.PeakTension, train.FusionIndex, train.RelaxedBetweenPulses, spasm);
        }

        // A train short enough to hold one pulse is a twitch; like a train, it is averaged over one
        // period per pulse (its tension integral runs to the end of the run, where it has relaxed).
        TwitchMetrics twitch = r.Twitches[0];
        return new FrequencySweepPoint(frequencyHz, pulses, twitch.TensionTimeIntegralMs / (1000.0 / frequencyHz), twitch.PeakTension, double.NaN, true, spasm);
    }
}
