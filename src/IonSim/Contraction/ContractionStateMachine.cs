using IonSim.Internal;

namespace IonSim.Contraction;

/// <summary>
/// Walks the <see cref="TransitionTable"/> on time-ordered signals (stimulus edges and the integrator's
/// located tension events) and records the timeline of phase transitions.
/// </summary>
/// <remarks>
/// <para>
/// The machine never looks at a tension curve: everything it knows comes from signals, so transition
/// times are exactly the located event times. Besides its phase it tracks whether a stimulus is on and on
/// which side of each threshold tension lies (from the crossings), which selects between guarded rows.
/// </para>
/// <para>
/// The spasm clock is the machine's own: while tension is above the rest threshold and no stimulus is on,
/// a <see cref="ContractionSignalKind.SpasmWindowElapsed"/> signal falls due
/// <see cref="ContractionOptions.SpasmWindowMs"/> after the later of the last stimulus end and the rest-threshold
/// rise. It is raised when the next fed signal (or <see cref="Complete"/>) lies strictly after it.
/// A stimulus start or a fall below the rest threshold stops the clock, so a tetanus never counts as spasm
/// while its stimulus lasts.
/// </para>
/// <para>Not thread-safe: one machine per simulation.</para>
/// </remarks>
public sealed class ContractionStateMachine
{
    private readonly List<PhaseTransition> _transitions = [];
    private readonly double _spasmWindowMs;
    private SignalContext _context;
    private double? _spasmDeadlineMs;
    private bool _completed;

    /// <summary>Starts a machine at <paramref name="startTimeMs"/> for a fiber whose tension is <paramref name="initialTension"/>.</summary>
    /// <param name="options">Thresholds and the spasm window.</param>
    /// <param name="startTimeMs">The start of the simulated time, ms.</param>
    /// <param name="initialTension">Tension at the start, as a fraction of maximal tension; sets which side of each threshold the machine starts on.</param>
    /// <remarks>
    /// The initial phase is <see cref="Phase.Rest"/>, or <see cref="Phase.Spasm"/> if tension starts above the
    /// activation threshold with no stimulus (a resting contracture). Starting between the thresholds starts the spasm clock.
    /// </remarks>
    public ContractionStateMachine(ContractionOptions options, double startTimeMs, double initialTension)
    {
        ArgumentNullException.ThrowIfNull(options);
        Preconditions.Finite(startTimeMs, nameof(startTimeMs));
        Preconditions.Finite(initialTension, nameof(initialTension));
        Options = options;
        _spasmWindowMs = options.SpasmWindowMs;
        StartTimeMs = startTimeMs;
        LastTimeMs = startTimeMs;
        _context = new SignalContext(
            StimulusActive: false,
            AboveActivationThreshold: initialTension > options.ActivationThresholdFraction,
            AboveRestThreshold: initialTension > options.RestThresholdFraction);
        InitialPhase = _context.AboveActivationThreshold ? Phase.Spasm : Phase.Rest;
        Phase = InitialPhase;
        if (InitialPhase == Phase.Rest && _context.AboveRestThreshold)
        {
            _spasmDeadlineMs = startTimeMs + _spasmWindowMs;
        }
    }

    /// <summary>Gets the options the machine runs with.</summary>
    public ContractionOptions Options { get; }

    /// <summary>Gets the start of the simulated time, ms.</summary>
    public double StartTimeMs { get; }

    /// <summary>Gets the phase at <see cref="StartTimeMs"/>.</summary>
    public Phase InitialPhase { get; }

    /// <summary>Gets the current phase.</summary>
    public Phase Phase { get; private set; }

    /// <summary>Gets the time of the latest signal processed (or the start time), ms.</summary>
    public double LastTimeMs { get; private set; }

    /// <summary>Gets whether a stimulus pulse is currently on.</summary>
    public bool StimulusActive => _context.StimulusActive;

    /// <summary>Gets the transitions so far, in time order.</summary>
    public IReadOnlyList<PhaseTransition> Transitions => _transitions;

    /// <summary>Runs a whole signal stream and closes the timeline at <paramref name="endTimeMs"/>.</summary>
    /// <param name="options">Thresholds and the spasm window.</param>
    /// <param name="startTimeMs">Start of the simulated time, ms.</param>
    /// <param name="initialTension">Tension at the start, fraction of maximal.</param>
    /// <param name="signals">Signals in non-decreasing time order.</param>
    /// <param name="endTimeMs">End of the simulated time, ms.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="InvalidContractionSignalException">A signal is not allowed where it occurs.</exception>
    public static PhaseTimeline Run(
        ContractionOptions options, double startTimeMs, double initialTension, IEnumerable<ContractionSignal> signals, double endTimeMs)
    {
        ArgumentNullException.ThrowIfNull(signals);
        var machine = new ContractionStateMachine(options, startTimeMs, initialTension);
        foreach (var signal in signals)
        {
            machine.Feed(signal);
        }

        return machine.Complete(endTimeMs);
    }

    /// <summary>Processes one signal.</summary>
    /// <param name="signal">The signal; its time must not be before <see cref="LastTimeMs"/>.</param>
    /// <exception cref="ArgumentException">The signal's time is not finite, goes back in time, or it is a <see cref="ContractionSignalKind.SpasmWindowElapsed"/> (raised only by the machine).</exception>
    /// <exception cref="InvalidContractionSignalException">The table has no row for the signal in the current phase and context, or the signal contradicts earlier ones. The machine is unchanged apart from a spasm clock that fell due before the signal.</exception>
    /// <exception cref="InvalidOperationException">The machine was already completed.</exception>
    public void Feed(ContractionSignal signal)
    {
        ThrowIfCompleted();
        Preconditions.Finite(signal.TimeMs, nameof(signal) + "." + nameof(signal.TimeMs));
        if (signal.TimeMs < LastTimeMs)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"Signals must come in time order: {signal.Kind} at t = {signal.TimeMs:R} ms follows a signal at t = {LastTimeMs:R} ms."),
                nameof(signal));
        }

        if (signal.Kind == ContractionSignalKind.SpasmWindowElapsed)
        {
            throw new ArgumentException(
                "SpasmWindowElapsed is raised by the machine from ContractionOptions.SpasmWindowMs; do not feed it.", nameof(signal));
        }

        RaiseSpasmClockIfDueBefore(signal.TimeMs, inclusive: false);
        Apply(signal);
    }

    /// <summary>Closes the timeline at <paramref name="endTimeMs"/>; the machine accepts no further signals.</summary>
    /// <param name="endTimeMs">End of the simulated time, ms; not before <see cref="LastTimeMs"/>.</param>
    /// <returns>The timeline over [<see cref="StartTimeMs"/>, <paramref name="endTimeMs"/>].</returns>
    public PhaseTimeline Complete(double endTimeMs)
    {
        ThrowIfCompleted();
        Preconditions.Finite(endTimeMs, nameof(endTimeMs));
        if (endTimeMs < LastTimeMs)
        {
            throw new ArgumentOutOfRangeException(
                nameof(endTimeMs), endTimeMs, FormattableString.Invariant($"endTimeMs must be at least the last signal time {LastTimeMs:R} ms, but was {endTimeMs:R}."));
        }

        // "Longer than the window": a clock due exactly at the end has not yet been exceeded.
        RaiseSpasmClockIfDueBefore(endTimeMs, inclusive: false);
        _completed = true;
        return new PhaseTimeline(StartTimeMs, endTimeMs, InitialPhase, _transitions.ToArray());
    }

    private void RaiseSpasmClockIfDueBefore(double timeMs, bool inclusive)
    {
        if (_spasmDeadlineMs is { } due && (due < timeMs || (inclusive && due == timeMs)))
        {
            Apply(new ContractionSignal(due, ContractionSignalKind.SpasmWindowElapsed));
        }
    }

    private void Apply(ContractionSignal signal)
    {
        var (next, contradiction) = _context.After(signal.Kind);
        if (contradiction is not null)
        {
            throw new InvalidContractionSignalException(Phase, signal, contradiction);
        }

        var rule = TransitionTable.Find(Phase, signal.Kind, next)
            ?? throw new InvalidContractionSignalException(Phase, signal, TransitionTable.Expects(Phase, signal.Kind)
                ? "no row of the transition table matches the current context"
                : "the transition table has no row for this signal in this phase");

        _context = next;
        LastTimeMs = signal.TimeMs;
        UpdateSpasmClock(signal);
        if (rule.ChangesPhase)
        {
            _transitions.Add(new PhaseTransition(signal.TimeMs, rule.From, rule.To, signal.Kind, rule.Cause));
            Phase = rule.To;
        }

        if (Phase == Phase.Spasm)
        {
            _spasmDeadlineMs = null;
        }
    }

    private void UpdateSpasmClock(ContractionSignal signal)
    {
        switch (signal.Kind)
        {
            case ContractionSignalKind.StimulusOn:
            case ContractionSignalKind.RestThresholdFalling:
            case ContractionSignalKind.SpasmWindowElapsed:
                _spasmDeadlineMs = null;
                break;
            case ContractionSignalKind.StimulusOff when _context.AboveRestThreshold:
                _spasmDeadlineMs = signal.TimeMs + _spasmWindowMs;
                break;
            case ContractionSignalKind.RestThresholdRising when !_context.StimulusActive:
                _spasmDeadlineMs ??= signal.TimeMs + _spasmWindowMs;
                break;
        }
    }

    private void ThrowIfCompleted()
    {
        if (_completed)
        {
            throw new InvalidOperationException("The state machine was completed; start a new one for another simulation.");
        }
    }
}
