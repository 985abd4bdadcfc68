namespace IonSim.Integration;

/// <summary>The work a solve did.</summary>
/// <param name="RhsEvaluations">Calls to <see cref="IOdeSystem.Derivatives"/>, including those that difference a Jacobian.</param>
/// <param name="AcceptedSteps">Steps whose error estimate was within tolerance.</param>
/// <param name="RejectedSteps">Steps that were retried with a smaller step size.</param>
/// <param name="JacobianEvaluations">Jacobians formed by the stiff method (analytic or differenced); 0 for Dormand–Prince.</param>
/// <param name="LuFactorizations">LU factorisations of the stiff method's iteration matrix; 0 for Dormand–Prince.</param>
public sealed record OdeStatistics(long RhsEvaluations, long AcceptedSteps, long RejectedSteps, long JacobianEvaluations = 0, long LuFactorizations = 0);
