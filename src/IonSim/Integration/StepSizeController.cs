namespace IonSim.Integration;

/// <summary>
/// Hairer's PI step-size controller for DOPRI5 (<i>Solving ODEs I</i>, §IV.2 and the DOPRI5 code):
/// h_new = h · safety · err^(−α) · err_prev^β with α = 1/order − 0.75β, clamped to [MinFactor, MaxFactor], with no growth right
/// after a rejection.
/// </summary>
internal struct StepSizeController(int order)
{
    public const double Safety = 0.9;
    public const double MinFactor = 0.2;
    public const double MaxFactor = 10.0;
    public const double Beta = 0.04;
    private const double MinPreviousError = 1e-4;

    private readonly double _alpha = 1.0 / order - 0.75 * Beta;
    private double _previousError = MinPreviousError;
    private bool _lastWasRejected;

    /// <summary>Whether the step with this error is accepted, and the next step size to try.</summary>
    public bool Decide(double error, double h, out double next)
    {
        if (error <= 1.0)
        {
            double factor = error == 0.0
                ? MaxFactor
                : Math.Clamp(Safety * Math.Pow(error, -_alpha) * Math.Pow(_previousError, Beta), MinFactor, MaxFactor);
            if (_lastWasRejected)
            {
                factor = Math.Min(factor, 1.0);
            }

            next = h * factor;
            _previousError = Math.Max(error, MinPreviousError);
            _lastWasRejected = false;
            return true;
        }

        // Non-finite error: a stage blew up, so shrink hard rather than trust the formula.
        double shrink = double.IsFinite(error) ? Math.Max(MinFactor, Safety * Math.Pow(error, -_alpha)) : MinFactor;
        next = h * shrink;
        _lastWasRejected = true;
        return false;
    }

    /// <summary>Forgets the error history, as after a discontinuity.</summary>
    public void Reset()
    {
        _previousError = MinPreviousError;
        _lastWasRejected = false;
    }
}
