namespace IonSim.Integration;

/// <summary>Thrown when a solve cannot continue; the message says where and why.</summary>
public sealed class OdeSolverException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="status">Why the solve stopped.</param>
    /// <param name="time">The time at which it stopped.</param>
    /// <param name="stepSize">The step size being tried then.</param>
    /// <param name="message">A message a person can act on.</param>
    public OdeSolverException(OdeStatus status, double time, double stepSize, string message)
        : base(message)
    {
        Status = status;
        Time = time;
        StepSize = stepSize;
    }

    /// <summary>Gets why the solve stopped.</summary>
    public OdeStatus Status { get; }

    /// <summary>Gets the time at which the solve stopped.</summary>
    public double Time { get; }

    /// <summary>Gets the step size being tried when the solve stopped.</summary>
    public double StepSize { get; }
}
