using System.Globalization;

namespace IonSim.Integration;

/// <summary>
/// Solves initial value problems with the adaptive Dormand–Prince 5(4) method: Hairer's error norm and
/// PI step-size control, FSAL, a fourth-order dense output, event location, exact landing on given
/// discontinuities, and clear failures.
/// </summary>
/// <remarks>
/// Working arrays are allocated once per solve; the step loop itself allocates nothing (only stored
/// output grows, in chunks). Integration backwards in time (<c>tEnd &lt; t0</c>) is supported.
/// Each call is independent, so solves may run on several threads at once.
/// <para>
/// Two entry points give the same results: <see cref="Solve(IOdeSystem, double, ReadOnlySpan{double}, double, OdeOptions?, OdeRequest?)"/>
/// for any system, and <see cref="Solve{TSystem}(TSystem, double, ReadOnlySpan{double}, double, OdeOptions?, OdeRequest?)"/>
/// for a system written as a struct, for which the solver is compiled specially so that the
/// right-hand side is called directly (and can be inlined): the fast path when the right-hand side is
/// cheap and the number of solves large.
/// </para>
/// </remarks>
public static class OdeSolver
{
    /// <summary>Integrates <paramref name="system"/> from (t0, y0) to <paramref name="tEnd"/>.</summary>
    /// <param name="system">The right-hand side.</param>
    /// <param name="t0">The initial time.</param>
    /// <param name="y0">The initial state, of length <see cref="IOdeSystem.Dimension"/>, all finite.</param>
    /// <param name="tEnd">The final time; before <paramref name="t0"/> to integrate backwards.</param>
    /// <param name="options">Numerical settings, or null for the defaults.</param>
    /// <param name="request">What to report besides the final state, or null for every accepted step.</param>
    /// <returns>The solution.</returns>
    /// <exception cref="ArgumentException">An argument is invalid; the message names it and its value.</exception>
    /// <exception cref="OdeSolverException">The solve could not continue; the message says where and why.</exception>
    public static OdeSolution Solve(
        IOdeSystem system, double t0, ReadOnlySpan<double> y0, double tEnd, OdeOptions? options = null, OdeRequest? request = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        return Run(system, t0, y0, tEnd, options, request);
    }

    /// <summary>
    /// Integrates a struct <paramref name="system"/> from (t0, y0) to <paramref name="tEnd"/>, with the
    /// solver specialised for <typeparamref name="TSystem"/>: the same results as the
    /// <see cref="IOdeSystem"/> overload, with no interface call per right-hand-side evaluation.
    /// </summary>
    /// <typeparam name="TSystem">The system's type, a struct implementing <see cref="IOdeSystem"/>.</typeparam>
    /// <param name="system">The right-hand side. The solver works on its own copy.</param>
    /// <param name="t0">The initial time.</param>
    /// <param name="y0">The initial state, of length <see cref="IOdeSystem.Dimension"/>, all finite.</param>
    /// <param name="tEnd">The final time; before <paramref name="t0"/> to integrate backwards.</param>
    /// <param name="options">Numerical settings, or null for the defaults.</param>
    /// <param name="request">What to report besides the final state, or null for every accepted step.</param>
    /// <returns>The solution.</returns>
    /// <exception cref="ArgumentException">An argument is invalid; the message names it and its value.</exception>
    /// <exception cref="OdeSolverException">The solve could not continue; the message says where and why.</exception>
    public static OdeSolution Solve<TSystem>(
        TSystem system, double t0, ReadOnlySpan<double> y0, double tEnd, OdeOptions? options = null, OdeRequest? request = null)
        where TSystem : struct, IOdeSystem =>
        Run(system, t0, y0, tEnd, options, request);

    internal static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    // The one place that validates a solve and picks its method.
    private static OdeSolution Run<TSystem>(
        TSystem system, double t0, ReadOnlySpan<double> y0, double tEnd, OdeOptions? options, OdeRequest? request)
        where TSystem : IOdeSystem
    {
        options ??= new OdeOptions();
        request ??= new OdeRequest();
        var problem = SolveSetup.Create(system.Dimension, t0, y0, tEnd, options, request);
        return options.Method switch
        {
            OdeMethod.Rodas5P => new SolveRun<TSystem, Rodas5P>(system, problem, options, request).Run(),
            OdeMethod.Auto => new SolveRun<TSystem, AutoSwitch>(system, problem, options, request).Run(),
            _ => new SolveRun<TSystem, DormandPrince>(system, problem, options, request).Run(),
        };
    }
}
