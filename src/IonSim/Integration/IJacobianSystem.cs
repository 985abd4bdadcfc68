namespace IonSim.Integration;

/// <summary>
/// An <see cref="IOdeSystem"/> that also supplies its Jacobian. Optional: the stiff method differences
/// the right-hand side when a system does not implement it (one evaluation per column, or per group of
/// columns when <see cref="OdeOptions.JacobianSparsity"/> is given).
/// </summary>
/// <remarks>
/// A Rosenbrock method takes the Jacobian as part of its formula, so an inexact one costs accuracy,
/// not only convergence speed: test an analytic Jacobian against finite differences. Implementations
/// should not allocate; the stiff method calls <see cref="Jacobian"/> once per accepted step.
/// </remarks>
public interface IJacobianSystem : IOdeSystem
{
    /// <summary>Writes ∂f/∂y and ∂f/∂t at (t, y).</summary>
    /// <param name="t">The independent variable.</param>
    /// <param name="y">The state, of length n = <see cref="IOdeSystem.Dimension"/>.</param>
    /// <param name="dfdy">Receives ∂f_i/∂y_j at index i·n + j (row-major, n·n entries). It arrives
    /// zeroed, so only non-zero entries need writing.</param>
    /// <param name="dfdt">Receives ∂f_i/∂t (n entries). It arrives zeroed: an autonomous system writes nothing.</param>
    void Jacobian(double t, ReadOnlySpan<double> y, Span<double> dfdy, Span<double> dfdt);
}
