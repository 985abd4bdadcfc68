namespace IonSim.Integration;

/// <summary>
/// DOPRI5's stiffness test (Hairer &amp; Wanner, <i>Solving ODEs II</i>, §IV.2): h·|λ| is estimated from the
/// last two stages, which share c = 1, as h·‖k7 − k6‖ / ‖y1 − y_stage6‖. A value above 3.25 (near the
/// edge of the method's stability region) on 15 accepted steps, without 6 clear steps between, means
/// the step size is being limited by stability rather than accuracy.
/// </summary>
internal sealed class StiffnessDetector
{
    private const double StabilityBoundary = 3.25;
    private const int StiffStepsToReport = 15;
    private const int ClearStepsToForget = 6;

    private int _stiffSteps;
    private int _clearSteps;

    /// <summary>Updates the test with an accepted step; true the first time stiffness is concluded.</summary>
    public bool Update(double h, DormandPrinceStages k)
    {
        double num = 0.0;
        double den = 0.0;
        for (int i = 0; i < k.K7.Length; i++)
        {
            double dk = k.K7[i] - k.K6[i];
            double dy = k.NewState[i] - k.StageState[i];
            num += dk * dk;
            den += dy * dy;
        }

        if (den > 0.0 && Math.Abs(h) * Math.Sqrt(num / den) > StabilityBoundary)
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
