namespace IonSim.Experiments;

/// <summary>Thrown by <see cref="SweepRunner.Run"/> when the work for one point fails.</summary>
public sealed class SweepPointException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="index">Index of the failed point in the input list.</param>
    /// <param name="input">The failed input.</param>
    /// <param name="innerException">What the point's work threw.</param>
    public SweepPointException(int index, object? input, Exception innerException)
        : base($"Sweep point {index} ({input}) failed: {innerException?.Message}", innerException)
    {
        Index = index;
        Input = input;
    }

    /// <summary>Gets the index of the failed point in the input list.</summary>
    public int Index { get; }

    /// <summary>Gets the failed input.</summary>
    public object? Input { get; }
}
