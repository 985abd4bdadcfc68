namespace IonSim.Integration;

/// <summary>What the solver does when its stiffness test (Hairer's DOPRI5 test on h·|λ|) fires.</summary>
public enum StiffnessPolicy
{
    /// <summary>Do not run the test.</summary>
    Ignore,

    /// <summary>Keep integrating, and say so in <see cref="OdeSolution.StiffnessSuspected"/> and the message.</summary>
    Report,

    /// <summary>Stop with an <see cref="OdeSolverException"/> whose status is <see cref="OdeStatus.StiffnessDetected"/>.</summary>
    Fail,
}
