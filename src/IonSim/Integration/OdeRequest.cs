namespace IonSim.Integration;

/// <summary>
/// What a solve should produce besides its final state: output times, events, discontinuities to land
/// on, dense output, and a streaming observer. Immutable.
/// </summary>
public sealed record OdeRequest
{
    /// <summary>
    /// Gets the times at which to report the solution (strictly monotone in the direction of integration,
    /// inside the interval), or null to report every accepted step. Output between steps comes from the
    /// dense output, so it costs no extra steps.
    /// </summary>
    public IReadOnlyList<double>? OutputTimes { get; init => field = value?.ToArray(); }

    /// <summary>Gets the events to locate.</summary>
    public IReadOnlyList<OdeEvent> Events { get; init => field = value?.ToArray() ?? throw new ArgumentNullException(nameof(Events)); } = [];

    /// <summary>
    /// Gets the times where the right-hand side is discontinuous. The solver ends a step exactly on each
    /// one inside the interval, evaluates that step's stages on the left of it, and restarts there with
    /// f evaluated on the right, so no discontinuity is stepped over or smeared whatever the tolerance.
    /// </summary>
    public IReadOnlyList<double> Breakpoints { get; init => field = value?.ToArray() ?? throw new ArgumentNullException(nameof(Breakpoints)); } = [];

    /// <summary>Gets whether to keep the continuous extension of every step in <see cref="OdeSolution.Dense"/>.</summary>
    public bool DenseOutput { get; init; }

    /// <summary>Gets whether to store the reported times and states; false keeps only the final state (stream through <see cref="Observer"/>).</summary>
    public bool StoreSteps { get; init; } = true;

    /// <summary>Gets an observer told of every accepted step, or null.</summary>
    public IStepObserver? Observer { get; init; }
}
