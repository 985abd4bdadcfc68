namespace IonSim.Integration;

/// <summary>Which sign changes of an event function count.</summary>
public enum EventDirection
{
    /// <summary>Both rising and falling crossings.</summary>
    Either,

    /// <summary>Only crossings from negative to non-negative.</summary>
    Rising,

    /// <summary>Only crossings from positive to non-positive.</summary>
    Falling,
}

/// <summary>An event function g(t, y); an event occurs where it changes sign.</summary>
/// <param name="t">The time.</param>
/// <param name="y">The state at <paramref name="t"/>.</param>
/// <returns>The value whose sign changes at the event.</returns>
public delegate double EventCondition(double t, ReadOnlySpan<double> y);

/// <summary>
/// An event to locate during a solve: a zero crossing of <see cref="Condition"/> in the given direction.
/// </summary>
/// <remarks>
/// Crossings are detected from the sign of g at the ends of each accepted step and located on the
/// step's dense output; two crossings inside one step cancel and are not seen, so limit
/// <see cref="OdeOptions.MaxStep"/> where g can oscillate faster than the solution. A zero of g exactly
/// at the start of the solve is not an event, and g leaving zero is not a crossing.
/// </remarks>
public sealed record OdeEvent
{
    /// <summary>Creates an event.</summary>
    /// <param name="name">A name for results and messages.</param>
    /// <param name="condition">The event function.</param>
    /// <param name="direction">Which crossings count.</param>
    /// <param name="terminal">Whether the solve stops at the first occurrence.</param>
    public OdeEvent(string name, EventCondition condition, EventDirection direction = EventDirection.Either, bool terminal = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(condition);
        if (!Enum.IsDefined(direction))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, $"direction must be Either, Rising or Falling, but was {direction}.");
        }

        Name = name;
        Condition = condition;
        Direction = direction;
        Terminal = terminal;
    }

    /// <summary>Gets the event's name.</summary>
    public string Name { get; }

    /// <summary>Gets the event function.</summary>
    public EventCondition Condition { get; }

    /// <summary>Gets which crossings count.</summary>
    public EventDirection Direction { get; }

    /// <summary>Gets whether the solve stops at the first occurrence.</summary>
    public bool Terminal { get; }
}

/// <summary>One located event.</summary>
/// <param name="EventIndex">The index of the event in <see cref="OdeRequest.Events"/>.</param>
/// <param name="Name">The event's name.</param>
/// <param name="Time">The located time of the crossing.</param>
/// <param name="State">The state at <paramref name="Time"/> from the dense output.</param>
/// <param name="Crossing"><see cref="EventDirection.Rising"/> or <see cref="EventDirection.Falling"/>.</param>
public sealed record EventOccurrence(int EventIndex, string Name, double Time, IReadOnlyList<double> State, EventDirection Crossing);
