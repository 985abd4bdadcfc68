namespace IonSim.Integration;

/// <summary>
/// A system of ordinary differential equations y' = f(t, y) of fixed dimension.
/// </summary>
/// <remarks>
/// The integrator calls <see cref="Derivatives"/> many times per step, so implementations should not
/// allocate. The integrator never assumes anything about what the components mean.
/// </remarks>
public interface IOdeSystem
{
    /// <summary>Gets the number of state components.</summary>
    int Dimension { get; }

    /// <summary>Writes f(t, y) into <paramref name="dydt"/>.</summary>
    /// <param name="t">The independent variable (IonSim's models use milliseconds).</param>
    /// <param name="y">The state, of length <see cref="Dimension"/>.</param>
    /// <param name="dydt">Receives the derivatives, of length <see cref="Dimension"/>.</param>
    void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt);
}
