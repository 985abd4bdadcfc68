using System.Diagnostics.CodeAnalysis;

namespace IonSim.Integration;

/// <summary>
/// Calls the analytic Jacobian of a struct system without boxing it: <see cref="Invoker"/> is made once per
/// struct type, and is null when the type does not implement <see cref="IJacobianSystem"/>.
/// </summary>
/// <typeparam name="TSystem">The system's struct type.</typeparam>
internal static class StructJacobian<TSystem>
    where TSystem : IOdeSystem
{
    /// <summary>Gets the invoker for <typeparamref name="TSystem"/>, or null when it has no analytic Jacobian.</summary>
    public static JacobianInvoker<TSystem>? Invoker { get; } = Create();

    [UnconditionalSuppressMessage("Trimming", "IL2055", Justification = "The type argument is the system's own type, which the solver already holds.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The type argument is the system's own type, which the solver already holds.")]
    private static JacobianInvoker<TSystem>? Create() =>
        typeof(TSystem).IsValueType && typeof(IJacobianSystem).IsAssignableFrom(typeof(TSystem))
            ? (JacobianInvoker<TSystem>)Activator.CreateInstance(typeof(ConstrainedJacobian<>).MakeGenericType(typeof(TSystem)))!
            : null;
}

/// <summary>Calls a system's analytic Jacobian by reference.</summary>
/// <typeparam name="TSystem">The system's type.</typeparam>
internal abstract class JacobianInvoker<TSystem>
{
    /// <summary>Writes ∂f/∂y and ∂f/∂t of <paramref name="system"/> at (t, y), as <see cref="IJacobianSystem.Jacobian"/>.</summary>
    public abstract void Jacobian(ref TSystem system, double t, ReadOnlySpan<double> y, Span<double> dfdy, Span<double> dfdt);
}

/// <summary>The invoker for a type known to implement <see cref="IJacobianSystem"/>: a constrained, unboxed call.</summary>
/// <typeparam name="TSystem">The system's type.</typeparam>
internal sealed class ConstrainedJacobian<TSystem> : JacobianInvoker<TSystem>
    where TSystem : IJacobianSystem
{
    /// <inheritdoc/>
    public override void Jacobian(ref TSystem system, double t, ReadOnlySpan<double> y, Span<double> dfdy, Span<double> dfdt) =>
        system.Jacobian(t, y, dfdy, dfdt);
}
