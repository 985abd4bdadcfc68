namespace IonSim.Integration;

/// <summary>
/// The result of a solve: the reported times and states, the located events, the work done, how it
/// ended and, when asked for, the dense solution. Immutable.
/// </summary>
public sealed class OdeSolution
{
    private readonly RecordBuffer _times;
    private readonly RecordBuffer _states;
    private IReadOnlyList<double>? _timeList;
    private readonly double[] _finalState;

    internal OdeSolution(
        int dimension, RecordBuffer times, RecordBuffer states, double finalTime, double[] finalState,
        IReadOnlyList<EventOccurrence> events, OdeStatistics statistics, OdeStatus status, string message,
        double? stiffnessSuspectedAt, DenseSolution? dense, IReadOnlyList<MethodSwitch> methodSwitches)
    {
        MethodSwitches = methodSwitches;
        Dimension = dimension;
        _times = times;
        _states = states;
        FinalTime = finalTime;
        _finalState = finalState;
        Events = events;
        Statistics = statistics;
        Status = status;
        Message = message;
        StiffnessFirstSuspectedAt = stiffnessSuspectedAt;
        Dense = dense;
    }

    /// <summary>Gets how the solve ended: <see cref="OdeStatus.Success"/> or <see cref="OdeStatus.TerminalEvent"/> (failures throw).</summary>
    public OdeStatus Status { get; }

    /// <summary>Gets a sentence saying how the solve ended, and whether it looked stiff.</summary>
    public string Message { get; }

    /// <summary>Gets whether the stiffness test fired (with <see cref="StiffnessPolicy.Report"/>).</summary>
    public bool StiffnessSuspected => StiffnessFirstSuspectedAt.HasValue;

    /// <summary>Gets the time at which the stiffness test first fired, or null.</summary>
    public double? StiffnessFirstSuspectedAt { get; }

    /// <summary>
    /// Gets where <see cref="OdeMethod.Auto"/> changed method, in time order (empty for the other methods,
    /// and for an automatic solve that never left Dormand–Prince).
    /// </summary>
    public IReadOnlyList<MethodSwitch> MethodSwitches { get; }

    /// <summary>Gets the number of state components.</summary>
    public int Dimension { get; }

    /// <summary>Gets the reported times: the requested output times reached, or t0 and every accepted step.</summary>
    public IReadOnlyList<double> Times => _timeList ??= _times.AsList();

    /// <summary>Gets the located events in time order.</summary>
    public IReadOnlyList<EventOccurrence> Events { get; }

    /// <summary>Gets the work the solve did.</summary>
    public OdeStatistics Statistics { get; }

    /// <summary>Gets the time at which the solve ended.</summary>
    public double FinalTime { get; }

    /// <summary>Gets the state at <see cref="FinalTime"/>.</summary>
    public ReadOnlySpan<double> FinalState => _finalState;

    /// <summary>Gets the dense solution, or null unless <see cref="OdeRequest.DenseOutput"/> was set.</summary>
    public DenseSolution? Dense { get; }

    /// <summary>Gets the state at <c>Times[index]</c>.</summary>
    /// <param name="index">An index into <see cref="Times"/>.</param>
    /// <returns>The state, of length <see cref="Dimension"/>.</returns>
    public ReadOnlySpan<double> State(int index)
    {
        if ((uint)index >= (uint)_times.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"index must be between 0 and {_times.Count - 1}, but was {index}.");
        }

        return _states[index];
    }

    /// <summary>Gets one component at every reported time.</summary>
    /// <param name="component">The component index.</param>
    /// <returns>A new array, one value per entry of <see cref="Times"/>.</returns>
    public double[] Component(int component)
    {
        if ((uint)component >= (uint)Dimension)
        {
            throw new ArgumentOutOfRangeException(nameof(component), component, $"component must be between 0 and {Dimension - 1}, but was {component}.");
        }

        var values = new double[_times.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = _states[i][component];
        }

        return values;
    }
}
