namespace IonSim.Integration;

/// <summary>Receives every accepted step as it is taken, so that long runs need not store them.</summary>
public interface IStepObserver
{
    /// <summary>Called after each accepted step, in order.</summary>
    /// <param name="step">A view of the step, valid only during the call.</param>
    void OnStep(in StepView step);
}

/// <summary>
/// A view of one accepted step: its interval, its end state and its continuous extension.
/// Valid only during <see cref="IStepObserver.OnStep"/>; copy what you need to keep.
/// </summary>
public readonly ref struct StepView
{
    private readonly ReadOnlySpan<double> _denseCoefficients;
    private readonly double _coefficientsEnd;

    // The coefficients span the whole step attempted, which a terminal event may cut short.
    internal StepView(double timeStart, double timeEnd, ReadOnlySpan<double> state, ReadOnlySpan<double> denseCoefficients, double coefficientsEnd)
    {
        TimeStart = timeStart;
        TimeEnd = timeEnd;
        State = state;
        _denseCoefficients = denseCoefficients;
        _coefficientsEnd = coefficientsEnd;
    }

    /// <summary>Gets the time at the start of the step.</summary>
    public double TimeStart { get; }

    /// <summary>Gets the time at the end of the step.</summary>
    public double TimeEnd { get; }

    /// <summary>Gets the state at <see cref="TimeEnd"/>.</summary>
    public ReadOnlySpan<double> State { get; }

    /// <summary>The step's continuous extension in <see cref="DenseStep"/>'s layout, over [<see cref="TimeStart"/>, <see cref="CoefficientsEnd"/>].</summary>
    internal ReadOnlySpan<double> Coefficients => _denseCoefficients;

    /// <summary>The end of the interval the coefficients span (the attempted step's end, which a terminal event may cut short).</summary>
    internal double CoefficientsEnd => _coefficientsEnd;

    /// <summary>Evaluates the fourth-order continuous extension of this step.</summary>
    /// <param name="t">A time between <see cref="TimeStart"/> and <see cref="TimeEnd"/>.</param>
    /// <param name="y">Receives the state at <paramref name="t"/>.</param>
    public void Interpolate(double t, Span<double> y) =>
        DenseStep.Evaluate(_denseCoefficients, TimeStart, _coefficientsEnd, t, y);
}
