namespace IonSim.Integration;

/// <summary>The work a solve did.</summary>
/// <param name="RhsEvaluations">Calls to <see cref="IOdeSystem.Derivatives"/>.</param>
/// <param name="AcceptedSteps">Steps whose error estimate was within tolerance.</param>
/// <param name="RejectedSteps">Steps that were retried with a smaller step size.</param>
public sealed record OdeStatistics(long RhsEvaluations, long AcceptedSteps, long RejectedSteps);
