namespace IonSim.Integration;

/// <summary>
/// The solution as a continuous function of time over the whole solve: the fourth-order continuous
/// extension of every accepted step, evaluated by locating the step that holds t. Immutable (apart
/// from a look-up hint that never changes a result) and safe to read from several threads.
/// </summary>
public sealed partial class DenseSolution
{
    private readonly RecordBuffer _stepStarts;
    private readonly RecordBuffer _stepEnds;
    private readonly RecordBuffer _coefficients;
    private readonly double _direction;
    private int _hint;

    internal DenseSolution(int dimension, RecordBuffer stepStarts, RecordBuffer stepEnds, RecordBuffer coefficients, double timeEnd)
    {
        Dimension = dimension;
        _stepStarts = stepStarts;
        _stepEnds = stepEnds;
        _coefficients = coefficients;
        TimeStart = stepStarts.Count > 0 ? stepStarts[0][0] : timeEnd;
        TimeEnd = timeEnd;
        _direction = TimeEnd >= TimeStart ? 1.0 : -1.0;
    }

    /// <summary>Gets the number of state components.</summary>
    public int Dimension { get; }

    /// <summary>Gets the time the solve started.</summary>
    public double TimeStart { get; }

    /// <summary>Gets the time the solve ended (the end of the interval, or a terminal event).</summary>
    public double TimeEnd { get; }

    /// <summary>Gets the number of accepted steps covered.</summary>
    public int StepCount => _stepStarts.Count;

    /// <summary>Evaluates the whole state at <paramref name="t"/>.</summary>
    /// <param name="t">A time between <see cref="TimeStart"/> and <see cref="TimeEnd"/>.</param>
    /// <param name="y">Receives the state; its length must be <see cref="Dimension"/>.</param>
    public void Evaluate(double t, Span<double> y)
    {
        if (y.Length != Dimension)
        {
            throw new ArgumentException($"The destination has {y.Length} components, but the solution has {Dimension}.", nameof(y));
        }

        int step = FindStep(t);
        DenseStep.Evaluate(_coefficients[step], _stepStarts.Scalar(step), _stepEnds.Scalar(step), t, y);
    }

    /// <summary>Evaluates one component at <paramref name="t"/>.</summary>
    /// <param name="t">A time between <see cref="TimeStart"/> and <see cref="TimeEnd"/>.</param>
    /// <param name="component">The component index.</param>
    /// <returns>The component's value at <paramref name="t"/>.</returns>
    public double Evaluate(double t, int component)
    {
        if ((uint)component >= (uint)Dimension)
        {
            throw new ArgumentOutOfRangeException(nameof(component), component, $"component must be between 0 and {Dimension - 1}, but was {component}.");
        }

        int step = FindStep(t);
        return DenseStep.Evaluate(_coefficients[step], Dimension, _stepStarts.Scalar(step), _stepEnds.Scalar(step), t, component);
    }

    private int FindStep(double t)
    {
        double s = _direction * t;
        if (!(s >= _direction * TimeStart && s <= _direction * TimeEnd) || StepCount == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(t), t, $"t must be between {TimeStart} and {TimeEnd}, the interval of the solve, but was {t}.");
        }

        // The step is the first whose end is at or beyond t (in the direction of integration). Callers
        // mostly walk forward in small moves, so try the step found last and the one after it first;
        // the hint is only a guess (a benign race between threads costs a search, never a wrong step).
        int hint = _hint;
        if (hint < StepCount && Holds(hint, s))
        {
            return hint;
        }

        if (hint + 1 < StepCount && Holds(hint + 1, s))
        {
            _hint = hint + 1;
            return hint + 1;
        }

        int lo = 0, hi = StepCount - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_direction * _stepEnds.Scalar(mid) < s)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        _hint = lo;
        return lo;
    }

    // Whether `step` is the first step whose end reaches s (the binary search's answer).
    private bool Holds(int step, double s) =>
        _direction * _stepEnds.Scalar(step) >= s && (step == 0 || _direction * _stepEnds.Scalar(step - 1) < s);
}
