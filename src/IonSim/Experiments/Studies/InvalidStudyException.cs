namespace IonSim.Experiments.Studies;

/// <summary>A study file or study definition that cannot run: the message names the field, the value and what is allowed.</summary>
public sealed class InvalidStudyException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">One line naming the field, the value and what is allowed.</param>
    /// <param name="inner">The exception that found the problem, if any.</param>
    public InvalidStudyException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
