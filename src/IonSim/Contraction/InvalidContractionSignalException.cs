using System.Globalization;

namespace IonSim.Contraction;

/// <summary>
/// Thrown when a signal has no row in the <see cref="TransitionTable"/> for the current phase and context,
/// or contradicts what earlier signals established. It means the signal stream (or the table) is wrong.
/// </summary>
public sealed class InvalidContractionSignalException : InvalidOperationException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="phase">The phase the machine was in.</param>
    /// <param name="signal">The offending signal.</param>
    /// <param name="reason">Why it was refused.</param>
    public InvalidContractionSignalException(Phase phase, ContractionSignal signal, string reason)
        : base(string.Create(
            CultureInfo.InvariantCulture,
            $"Signal {signal.Kind} at t = {signal.TimeMs:R} ms is not allowed in phase {phase}: {reason}."))
    {
        Phase = phase;
        Signal = signal;
    }

    /// <summary>Gets the phase the machine was in.</summary>
    public Phase Phase { get; }

    /// <summary>Gets the refused signal (its kind and time).</summary>
    public ContractionSignal Signal { get; }
}
