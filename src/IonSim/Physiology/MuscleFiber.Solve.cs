using IonSim.Integration;

namespace IonSim.Physiology;

/// <content>Running the fiber on IonSim's integrator.</content>
public sealed partial class MuscleFiber
{
    /// <summary>
    /// Integrates the fiber from its computed rest at t = 0 to the protocol's end, landing on every stimulus edge
    /// (<see cref="Breakpoints"/> are added to any the request already has).
    /// </summary>
    /// <param name="options">Solver tolerances and limits; <see langword="null"/> for the integrator's defaults. With a stiff
    /// method and no <see cref="OdeOptions.JacobianSparsity"/>, the fiber's own pattern is used (<c>Sparsity</c>).</param>
    /// <param name="request">Output times, events, observer; <see langword="null"/> to keep every accepted step.</param>
    /// <param name="rest">The rest already computed for these parameters (saves solving it twice); <see langword="null"/> to compute it.</param>
    /// <returns>The solution.</returns>
    /// <exception cref="NoRestStateException">The parameters have no stable rest to start from.</exception>
    /// <exception cref="ArgumentException"><paramref name="rest"/> belongs to other parameters.</exception>
    /// <exception cref="OdeSolverException">The integrator failed (the message says where).</exception>
    public OdeSolution Solve(OdeOptions? options = null, OdeRequest? request = null, RestState? rest = null)
    {
        if (rest is not null && !rest.Parameters.Equals(Parameters))
        {
            throw new ArgumentException("The rest state was computed for other parameters than this fiber's.", nameof(rest));
        }

        double[] start = rest?.ToArray() ?? InitialState();
        request ??= new OdeRequest();
        var breakpoints = request.Breakpoints.Concat(Breakpoints).Where(t => t > 0 && t < Protocol.DurationMs).Distinct().Order().ToArray();

        // The stiff methods factor over the Jacobian's pattern unless the caller gave one.
        if (options is { Method: OdeMethod.Rodas5P or OdeMethod.Auto, JacobianSparsity: null })
        {
            options = options with { JacobianSparsity = Sparsity(start) };
        }

        return OdeSolver.Solve(this, 0, start, Protocol.DurationMs, options, request with { Breakpoints = breakpoints });
    }
}
