using System.Runtime.CompilerServices;

namespace IonSim.Integration;

/// <summary>
/// The one place that counts right-hand-side evaluations. A struct over the system's own type, so that
/// for a struct system the call is direct (and can be inlined) in the specialised solver.
/// </summary>
/// <typeparam name="TSystem">The system's type: a struct for the fast path, or <see cref="IOdeSystem"/>.</typeparam>
internal struct CountedSystem<TSystem>(TSystem system)
    where TSystem : IOdeSystem
{
    /// <summary>The system itself, for methods that need more of it than f (a Jacobian, say).</summary>
    public TSystem System = system;

    /// <summary>Right-hand-side evaluations so far.</summary>
    public long Evaluations;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        Evaluations++;
        System.Derivatives(t, y, dydt);
    }
}
