namespace IonSim.Integration;

/// <summary>How a solve ended.</summary>
public enum OdeStatus
{
    /// <summary>The solver reached the end of the interval.</summary>
    Success,

    /// <summary>A terminal event stopped the solve before the end of the interval.</summary>
    TerminalEvent,

    /// <summary>The step size fell below what floating point can resolve at the current time; the solution probably blows up.</summary>
    StepSizeUnderflow,

    /// <summary>The solver took <see cref="OdeOptions.MaxSteps"/> step attempts without reaching the end.</summary>
    MaxStepsExceeded,

    /// <summary>A derivative or state component became NaN or infinite.</summary>
    NonFiniteState,

    /// <summary>More than <see cref="OdeOptions.MaxConsecutiveRejections"/> steps in a row were rejected.</summary>
    TooManyRejections,

    /// <summary>The problem looks stiff and <see cref="OdeOptions.Stiffness"/> asked to stop on it.</summary>
    StiffnessDetected,

    /// <summary>The stiff method's iteration matrix I/(h·γ) − J stayed singular as the step size was halved.</summary>
    SingularIterationMatrix,
}
