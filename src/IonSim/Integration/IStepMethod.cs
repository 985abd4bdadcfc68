namespace IonSim.Integration;

/// <summary>
/// One step method (Dormand–Prince, Rodas5P, or the automatic switch between them) as the driver sees it: a struct
/// owning its working arrays, so that <see cref="SolveRun{TSystem, TMethod}"/> is specialised for
/// each method and nothing in the step loop is an interface or delegate call.
/// </summary>
/// <remarks>
/// The method owns one step attempt, its order and the dense-output coefficients of an accepted
/// step. The driver owns everything else: step-size control, breakpoints, output times, events,
/// observers, stiffness reports and failures. Every array a method exposes has the system's
/// dimension; methods may keep longer (padded) arrays internally.
/// </remarks>
/// <typeparam name="TSelf">The implementing struct.</typeparam>
internal interface IStepMethod<TSelf>
    where TSelf : struct, IStepMethod<TSelf>
{
    /// <summary>Gets the order of the error estimate's controlling solution, for the step-size exponent 1/Order.</summary>
    static abstract int Order { get; }

    /// <summary>
    /// Gets whether the step-size controller forms its powers by table (<see cref="FixedPower"/>, short on the
    /// step's critical path) rather than by the C library's <c>log</c> and <c>exp</c>; the two differ in the last bits.
    /// </summary>
    static abstract bool TablePowers { get; }

    /// <summary>
    /// Gets whether <see cref="Attempt"/> leaves f(t + h, y_new) in <see cref="EndDerivative"/> (first same as
    /// last). An instance property so that the automatic switch can answer for the method in use; a method
    /// for which it is constant returns a constant, which the specialised driver folds away.
    /// </summary>
    bool FirstSameAsLast { get; }

    /// <summary>Allocates the working arrays of a solve of the given dimension.</summary>
    static abstract TSelf Create(int dimension, OdeOptions options);

    /// <summary>Gets f(t, y) at the start of the step; the driver fills it before the first attempt and after a breakpoint.</summary>
    Span<double> StartDerivative { get; }

    /// <summary>Gets the state at the end of the step last attempted.</summary>
    Span<double> NewState { get; }

    /// <summary>Gets f(t + h, y_new) after an attempt, when <see cref="FirstSameAsLast"/>.</summary>
    Span<double> EndDerivative { get; }

    /// <summary>
    /// Tries one step of size <paramref name="h"/> from (t, y), with <see cref="StartDerivative"/> = f(t, y),
    /// leaving the new state in <see cref="NewState"/>.
    /// </summary>
    /// <param name="f">The counted right-hand side.</param>
    /// <param name="t">Start of the step.</param>
    /// <param name="y">State at <paramref name="t"/>.</param>
    /// <param name="h">Signed step size.</param>
    /// <param name="endStageTime">Where stages at the step's end are evaluated: t + h, or just before
    /// it when the step ends on a discontinuity of f.</param>
    /// <param name="weights">The resolved error weights.</param>
    /// <returns>The scaled RMS norm of the local error (1 is the acceptance limit); NaN or infinity when a
    /// stage or the new state went non-finite (the driver relies on this and checks nothing else).</returns>
    double Attempt<TSystem>(ref CountedSystem<TSystem> f, double t, ReadOnlySpan<double> y, double h, double endStageTime, ErrorWeights weights)
        where TSystem : IOdeSystem;

    /// <summary>
    /// Makes <see cref="EndDerivative"/> the next step's <see cref="StartDerivative"/> (only when
    /// <see cref="FirstSameAsLast"/>). It may swap the method's own arrays, so never call it from a
    /// readonly member or on a readonly copy: the swap would be lost.
    /// </summary>
    void ReuseEndDerivative();

    /// <summary>
    /// Fills the five dense-output coefficient vectors (<see cref="DenseStep"/>'s form) of the step just
    /// accepted, from y0 at its start to <see cref="NewState"/> at its end.
    /// </summary>
    void BuildDense(ReadOnlySpan<double> y0, double h, Span<double> coefficients);

    /// <summary>Estimates h·|λ| of the dominant eigenvalue over the accepted step, or NaN if the method has no estimate.</summary>
    double StiffnessEstimate(double h);

    /// <summary>The first component that went non-finite in the last attempt's stages or new state.</summary>
    int FirstNonFinite();

    /// <summary>Gets whether the last attempt stopped because the iteration matrix was singular to working precision (implicit methods only).</summary>
    bool LastAttemptSingular { get; }

    /// <summary>Gets how many Jacobians the method formed (0 for an explicit method).</summary>
    long JacobianEvaluations { get; }

    /// <summary>Gets how many LU factorisations the method did (0 for an explicit method).</summary>
    long Factorizations { get; }

    /// <summary>Gets where the method changed between explicit and stiff (the automatic switch only; empty otherwise).</summary>
    IReadOnlyList<MethodSwitch> Switches { get; }

    /// <summary>
    /// Told of every accepted step, from <paramref name="t"/> with size <paramref name="h"/>, before the
    /// driver builds its dense output; a method that adapts itself (the automatic switch) decides here.
    /// </summary>
    void StepAccepted(double t, double h);
}
