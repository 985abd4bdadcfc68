namespace IonSim.Contraction;

/// <summary>
/// The phases of one simulation: the phase at the start and every transition after it, covering
/// [<see cref="StartMs"/>, <see cref="EndMs"/>] without gaps. Immutable.
/// </summary>
public sealed class PhaseTimeline
{
    private readonly PhaseTransition[] _transitions;

    internal PhaseTimeline(double startMs, double endMs, Phase initialPhase, PhaseTransition[] transitions)
    {
        StartMs = startMs;
        EndMs = endMs;
        InitialPhase = initialPhase;
        _transitions = transitions;
    }

    /// <summary>Gets the start of the simulated time, ms.</summary>
    public double StartMs { get; }

    /// <summary>Gets the end of the simulated time, ms.</summary>
    public double EndMs { get; }

    /// <summary>Gets the phase at <see cref="StartMs"/>.</summary>
    public Phase InitialPhase { get; }

    /// <summary>Gets the phase at <see cref="EndMs"/>.</summary>
    public Phase FinalPhase => _transitions.Length == 0 ? InitialPhase : _transitions[^1].To;

    /// <summary>Gets the transitions in time order.</summary>
    public IReadOnlyList<PhaseTransition> Transitions => _transitions;

    /// <summary>Gets whether the fiber was ever in <paramref name="phase"/>.</summary>
    /// <param name="phase">The phase to look for.</param>
    /// <returns><see langword="true"/> if it held at some time (possibly for zero duration).</returns>
    public bool Contains(Phase phase) => InitialPhase == phase || _transitions.Any(t => t.To == phase);

    /// <summary>Gets the phase that holds at <paramref name="timeMs"/>: after all transitions at or before that time.</summary>
    /// <param name="timeMs">A time in [<see cref="StartMs"/>, <see cref="EndMs"/>], ms.</param>
    /// <returns>The phase.</returns>
    public Phase PhaseAt(double timeMs)
    {
        if (!(timeMs >= StartMs && timeMs <= EndMs))
        {
            throw new ArgumentOutOfRangeException(
                nameof(timeMs), timeMs, FormattableString.Invariant($"timeMs must be between {StartMs:R} and {EndMs:R}, but was {timeMs:R}."));
        }

        // Last transition with TimeMs <= timeMs (binary search; several may share a time).
        int lo = 0, hi = _transitions.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_transitions[mid].TimeMs <= timeMs)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo == 0 ? InitialPhase : _transitions[lo - 1].To;
    }

    /// <summary>Gets the phase intervals, contiguous from <see cref="StartMs"/> to <see cref="EndMs"/>.</summary>
    /// <returns>One interval per phase held, in order; zero-length ones appear where transitions share a time.</returns>
    public IReadOnlyList<PhaseInterval> Intervals()
    {
        var intervals = new List<PhaseInterval>(_transitions.Length + 1);
        double start = StartMs;
        var phase = InitialPhase;
        foreach (var transition in _transitions)
        {
            intervals.Add(new PhaseInterval(start, transition.TimeMs, phase));
            start = transition.TimeMs;
            phase = transition.To;
        }

        intervals.Add(new PhaseInterval(start, EndMs, phase));
        return intervals;
    }
}
