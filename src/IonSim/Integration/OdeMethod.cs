namespace IonSim.Integration;

/// <summary>The step method a solve uses. Every method takes the same system, options and request and returns the same solution type.</summary>
public enum OdeMethod
{
    /// <summary>
    /// Explicit Dormand–Prince 5(4): six right-hand-side evaluations a step and no linear algebra. The
    /// cheapest choice for non-stiff problems; on a stiff one its step size is held down by stability.
    /// </summary>
    DormandPrince45,

    /// <summary>
    /// Rodas5P, a stiffly accurate, L-stable Rosenbrock method of order 5(4): one Jacobian and one LU
    /// factorisation of an n×n matrix a step, eight evaluations, any step size the accuracy allows.
    /// For stiff problems (fast binding next to slow change, chemical kinetics).
    /// </summary>
    Rodas5P,

    /// <summary>
    /// Starts with Dormand–Prince and moves to Rodas5P when its stiffness test fires, and back when the
    /// step size Rodas5P takes would be stable for Dormand–Prince again; the switches are reported in
    /// <see cref="OdeSolution.MethodSwitches"/>.
    /// </summary>
    Auto,
}
