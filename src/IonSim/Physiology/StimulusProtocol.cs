using System.Globalization;
using IonSim.Internal;

namespace IonSim.Physiology;

/// <summary>
/// When the fiber is stimulated: an immutable, increasing list of pulse times (ms) and the time at which the simulation
/// of the protocol ends.
/// </summary>
/// <remarks>
/// Each pulse opens the release channels with a waveform of finite width (<see cref="ReleaseParameters.ActivationWidthMs"/>),
/// so the model's right-hand side changes form at every pulse time and at every pulse time plus that width.
/// <see cref="Edges"/> lists those times so that an integrator can stop on each one and no pulse can be stepped over,
/// whatever the tolerance.
/// </remarks>
public sealed class StimulusProtocol : IEquatable<StimulusProtocol>
{
    /// <summary>Time allowed after the last pulse when no duration is given, ms: long enough for a twitch to relax.</summary>
    public const double DefaultTailMs = 400;

    /// <summary>The lowest train frequency accepted, Hz.</summary>
    public const double MinimumFrequencyHz = 0.001;

    /// <summary>The highest train frequency accepted, Hz.</summary>
    public const double MaximumFrequencyHz = 1000;

    private readonly double[] _pulseTimesMs;

    private StimulusProtocol(double[] pulseTimesMs, double? durationMs)
    {
        Preconditions.FiniteNonNegativeAscending(pulseTimesMs, "pulse times (ms)");
        _pulseTimesMs = pulseTimesMs;
        double last = pulseTimesMs.Length == 0 ? 0 : pulseTimesMs[^1];
        DurationMs = durationMs is { } d ? Preconditions.InRange(d, last, double.MaxValue, nameof(DurationMs)) : last + DefaultTailMs;
        if (!(DurationMs > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(durationMs), DurationMs, $"{nameof(DurationMs)} must be greater than 0, but was {DurationMs.ToString("R", CultureInfo.InvariantCulture)}.");
        }
    }

    /// <summary>The stimulus times, ms, strictly increasing, each at least 0.</summary>
    public IReadOnlyList<double> PulseTimesMs => _pulseTimesMs;

    /// <summary>The end of a simulation of this protocol, ms (at least the last pulse time).</summary>
    public double DurationMs { get; }

    /// <summary>The pulse times as a span, for allocation-free lookups by the model.</summary>
    internal ReadOnlySpan<double> PulseTimesSpan => _pulseTimesMs;

    /// <summary>No stimulus at all: the fiber stays at rest (useful to check a rest state).</summary>
    /// <param name="durationMs">How long to simulate, ms.</param>
    /// <returns>The protocol.</returns>
    public static StimulusProtocol None(double durationMs) => new([], Preconditions.PositiveFinite(durationMs, nameof(durationMs)));

    /// <summary>One stimulus: a single twitch.</summary>
    /// <param name="atMs">The pulse time, ms (at least 0).</param>
    /// <param name="durationMs">The end of the simulation, ms; default <paramref name="atMs"/> + <see cref="DefaultTailMs"/>.</param>
    /// <returns>The protocol.</returns>
    public static StimulusProtocol SinglePulse(double atMs = 0, double? durationMs = null) => new([atMs], durationMs);

    /// <summary>A train of <paramref name="count"/> pulses at <paramref name="frequencyHz"/>.</summary>
    /// <param name="frequencyHz">Pulses per second, from 0.001 to 1000.</param>
    /// <param name="count">Number of pulses, at least 1.</param>
    /// <param name="startMs">The first pulse time, ms.</param>
    /// <param name="durationMs">The end of the simulation, ms; default last pulse + <see cref="DefaultTailMs"/>.</param>
    /// <returns>The protocol.</returns>
    public static StimulusProtocol Train(double frequencyHz, int count, double startMs = 0, double? durationMs = null)
    {
        Preconditions.InRange(frequencyHz, MinimumFrequencyHz, MaximumFrequencyHz, nameof(frequencyHz));
        Preconditions.AtLeast(count, 1, nameof(count));
        Preconditions.NonNegativeFinite(startMs, nameof(startMs));
        double intervalMs = 1000.0 / frequencyHz;
        var times = new double[count];
        for (int i = 0; i < count; i++)
        {
            times[i] = startMs + (i * intervalMs);
        }

        return new StimulusProtocol(times, durationMs);
    }

    /// <summary>A train at <paramref name="frequencyHz"/> lasting <paramref name="trainDurationMs"/>: pulses at start, start + 1/f, … below start + duration.</summary>
    /// <param name="frequencyHz">Pulses per second, from 0.001 to 1000.</param>
    /// <param name="trainDurationMs">How long the train lasts, ms (greater than 0).</param>
    /// <param name="startMs">The first pulse time, ms.</param>
    /// <param name="durationMs">The end of the simulation, ms; default last pulse + <see cref="DefaultTailMs"/>.</param>
    /// <returns>The protocol.</returns>
    public static StimulusProtocol TrainForDuration(double frequencyHz, double trainDurationMs, double startMs = 0, double? durationMs = null)
    {
        Preconditions.InRange(frequencyHz, MinimumFrequencyHz, MaximumFrequencyHz, nameof(frequencyHz));
        Preconditions.PositiveFinite(trainDurationMs, nameof(trainDurationMs));
        // A pulse exactly at start + duration belongs to the next train; the small allowance absorbs rounding in count·interval.
        int count = Math.Max(1, (int)Math.Ceiling((trainDurationMs * frequencyHz / 1000.0) - 1e-9));
        return Train(frequencyHz, count, startMs, durationMs);
    }

    /// <summary>Pulses at explicit times.</summary>
    /// <param name="timesMs">Strictly increasing pulse times, ms, each at least 0 (may be empty).</param>
    /// <param name="durationMs">The end of the simulation, ms; default last pulse + <see cref="DefaultTailMs"/>.</param>
    /// <returns>The protocol.</returns>
    public static StimulusProtocol Explicit(IEnumerable<double> timesMs, double? durationMs = null)
    {
        ArgumentNullException.ThrowIfNull(timesMs);
        return new StimulusProtocol([.. timesMs], durationMs);
    }

    /// <summary>This protocol ending at another time.</summary>
    /// <param name="durationMs">The new end, ms (at least the last pulse time).</param>
    /// <returns>The protocol.</returns>
    public StimulusProtocol WithDuration(double durationMs) => new(_pulseTimesMs, durationMs);

    /// <summary>
    /// The times in [0, <see cref="DurationMs"/>] where the right-hand side changes form: every pulse time and every pulse time
    /// plus <paramref name="activationWidthMs"/>, sorted, without duplicates. Pass them to the integrator's breakpoints.
    /// </summary>
    /// <param name="activationWidthMs">The release waveform's width, ms (<see cref="ReleaseParameters.ActivationWidthMs"/>).</param>
    /// <returns>The edges, ms.</returns>
    public IReadOnlyList<double> Edges(double activationWidthMs)
    {
        Preconditions.PositiveFinite(activationWidthMs, nameof(activationWidthMs));
        var edges = new SortedSet<double>();
        foreach (double t in _pulseTimesMs)
        {
            edges.Add(t);
            if (t + activationWidthMs <= DurationMs)
            {
                edges.Add(t + activationWidthMs);
            }
        }

        return [.. edges];
    }

    /// <inheritdoc/>
    public bool Equals(StimulusProtocol? other) =>
        other is not null && DurationMs.Equals(other.DurationMs) && _pulseTimesMs.AsSpan().SequenceEqual(other._pulseTimesMs);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as StimulusProtocol);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(DurationMs);
        foreach (double t in _pulseTimesMs)
        {
            hash.Add(t);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() =>
        _pulseTimesMs.Length switch
        {
            0 => $"no stimulus, {DurationMs.ToString(CultureInfo.InvariantCulture)} ms",
            1 => $"1 pulse at {_pulseTimesMs[0].ToString(CultureInfo.InvariantCulture)} ms, {DurationMs.ToString(CultureInfo.InvariantCulture)} ms",
            _ => $"{_pulseTimesMs.Length} pulses from {_pulseTimesMs[0].ToString(CultureInfo.InvariantCulture)} to {_pulseTimesMs[^1].ToString(CultureInfo.InvariantCulture)} ms, {DurationMs.ToString(CultureInfo.InvariantCulture)} ms",
        };
}
