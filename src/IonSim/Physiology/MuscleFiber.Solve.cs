using IonSim.Integration;

namespace IonSim.Physiology;

/// <content>Running the fiber on IonSim's integrator.</content>
public sealed partial class MuscleFiber
{
    /// <summary>
    /// Integrates the fiber from its computed rest at t = 0 to the protocol's end, landing on every stimulus edge
    /// (<see cref="Breakpoints"/> are added to any the request already has).
    /// </summary>
    /// <param name="options">Solver tolerances and limits; <see langword="null"/> for the integrator's defaults.</param>
    /// <param name="request">Output times, events, observer; <see langword="null"/> to keep every accepted step.</param>
    /// <returns>The solution.</returns>
    /// <exception cref="NoRestStateException">The parameters have no stable rest to start from.</exception>
    /// <exception cref="OdeSolverException">The integrator failed (the message says where).</exception>
    public OdeSolution Solve(OdeOptions? options = null, OdeRequest? request = null)
    {
        double[] rest = InitialState();
        request ??= new OdeRequest();
        var breakpoints = request.Breakpoints.Concat(Breakpoints).Where(t => t > 0 && t < Protocol.DurationMs).Distinct().Order().ToArray();
        return OdeSolver.Solve(this, 0, rest, Protocol.DurationMs, options, request with { Breakpoints = breakpoints });
    }
}
