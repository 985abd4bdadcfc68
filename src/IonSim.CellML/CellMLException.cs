namespace IonSim.CellML;

/// <summary>
/// A CellML file could not be read or compiled. The message is one line naming the file, the line when
/// one is known, the construct at fault and what is accepted instead.
/// </summary>
public sealed class CellMLException : Exception
{
    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The one-line message.</param>
    public CellMLException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">The one-line message.</param>
    /// <param name="innerException">The cause.</param>
    public CellMLException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
