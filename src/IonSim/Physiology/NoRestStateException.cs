namespace IonSim.Physiology;

/// <summary>
/// Thrown when a parameter set has no stable resting state: for example when Mg²⁺ is so low that release outpaces uptake
/// at every free Ca²⁺ (the store would empty into the myoplasm), when uptake outpaces every outflow (the store would fill
/// beyond its load), or when the only balance points are unstable (release runs away from them).
/// </summary>
public sealed class NoRestStateException : Exception
{
    /// <summary>Creates the exception with the default message.</summary>
    public NoRestStateException()
        : base("The fiber has no stable resting state.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was searched and why no rest was found.</param>
    public NoRestStateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What was searched and why no rest was found.</param>
    /// <param name="innerException">The cause.</param>
    public NoRestStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
