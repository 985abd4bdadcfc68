using IonSim.Integration;

/// <summary>
/// The one place the Boost.Odeint anchor harness knows IonSim's integrator API. The anchor problems
/// are classes (written as a user would write a system they pass around), so they go through
/// <see cref="OdeSolver.Solve(IOdeSystem, double, ReadOnlySpan{double}, double, OdeOptions?, OdeRequest?)"/>:
/// one interface call per right-hand side. A struct system would take the
/// <c>OdeSolver.Solve&lt;TSystem&gt;</c> path instead (docs/integrator.md); benchmarks/README.md gives
/// both. Options and request are made once per tolerance, as a caller solving many times would.
/// </summary>
static class Adapter
{
    public readonly record struct Outcome(double[] YEnd, long RhsEvaluations, long Accepted, long Rejected);

    static readonly OdeRequest FinalOnly = new() { StoreSteps = false };
    static readonly Dictionary<double, OdeOptions> OptionsByTolerance = [];

    /// <summary>Solve from t0 to t1 with rtol = atol = tol, scalar tolerances, automatic initial step,
    /// no output stored beyond the final state.</summary>
    public static Outcome Solve(IOdeSystem system, double t0, double[] y0, double t1, double tol)
    {
        if (!OptionsByTolerance.TryGetValue(tol, out OdeOptions? options))
        {
            options = new OdeOptions { RelativeTolerance = tol, AbsoluteTolerance = tol, Stiffness = StiffnessPolicy.Ignore };
            OptionsByTolerance[tol] = options;
        }

        OdeSolution s = OdeSolver.Solve(system, t0, y0, t1, options, FinalOnly);
        return new Outcome(s.FinalState.ToArray(), s.Statistics.RhsEvaluations, s.Statistics.AcceptedSteps, s.Statistics.RejectedSteps);
    }
}
