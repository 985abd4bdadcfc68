namespace IonSim.Integration;

/// <summary>
/// DOPRI5's stiffness test (Hairer &amp; Wanner, <i>Solving ODEs II</i>, §IV.2): a method's estimate of
/// h·|λ| above 3.25 (near the edge of Dormand–Prince's stability region) on 15 accepted steps, without
/// 6 clear steps between, means the step size is being limited by stability rather than accuracy.
/// </summary>
internal struct StiffnessDetector
{
    private const double StabilityBoundary = 3.25;
    private const int StiffStepsToReport = 15;
    private const int ClearStepsToForget = 6;

    private int _stiffSteps;
    private int _clearSteps;

    /// <summary>Updates the test with an accepted step's h·|λ| (NaN: no estimate); true the first time stiffness is concluded.</summary>
    public bool Update(double hLambda)
    {
        if (hLambda > StabilityBoundary)
        {
            _clearSteps = 0;
            _stiffSteps++;
            return _stiffSteps == StiffStepsToReport;
        }

        if (++_clearSteps == ClearStepsToForget)
        {
            _stiffSteps = 0;
        }

        return false;
    }
}
