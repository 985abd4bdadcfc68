namespace IonSim.Integration;

/// <summary>
/// Hairer's PI step-size controller for DOPRI5 (<i>Solving ODEs I</i>, §IV.2 and the DOPRI5 code):
/// h_new = h · safety · err^(−α) · err_prev^β with α = 1/order − 0.75β, clamped to [MinFactor,
/// MaxFactor], with no growth right after a rejection.
/// </summary>
/// <remarks>
/// The two powers are formed as one exponential of logarithms, exp(β·ln err_prev − α·ln err), keeping
/// ln err_prev from the last accepted step: one <c>log</c> and one <c>exp</c> per step instead of two
/// <c>pow</c>s, which on a cheap right-hand side were a seventh of the solve. The step sizes differ
/// from the two-power form only in the last bits; the evaluation counts are Hairer's.
/// </remarks>
internal struct StepSizeController(int order)
{
    public const double Safety = 0.9;
    public const double MinFactor = 0.2;
    public const double MaxFactor = 10.0;
    public const double Beta = 0.04;
    private const double MinPreviousError = 1e-4;
    private static readonly double LogMinPreviousError = Math.Log(MinPreviousError);

    private readonly double _alpha = 1.0 / order - 0.75 * Beta;
    private double _logPreviousError = LogMinPreviousError;
    private bool _lastWasRejected;

    /// <summary>Whether the step with this error is accepted, and the next step size to try.</summary>
    public bool Decide(double error, double h, out double next)
    {
        if (error <= 1.0)
        {
            double factor = MaxFactor;
            double logError = LogMinPreviousError;
            if (error > 0.0)
            {
                logError = Math.Log(error);
                factor = Math.Clamp(Safety * Math.Exp((Beta * _logPreviousError) - (_alpha * logError)), MinFactor, MaxFactor);
            }

            if (_lastWasRejected)
            {
                factor = Math.Min(factor, 1.0);
            }

            next = h * factor;
            _logPreviousError = Math.Max(logError, LogMinPreviousError);
            _lastWasRejected = false;
            return true;
        }

        // Non-finite error: a stage blew up, so shrink hard rather than trust the formula.
        double shrink = double.IsFinite(error) ? Math.Max(MinFactor, Safety * Math.Exp(-_alpha * Math.Log(error))) : MinFactor;
        next = h * shrink;
        _lastWasRejected = true;
        return false;
    }

    /// <summary>Forgets the error history, as after a discontinuity.</summary>
    public void Reset()
    {
        _logPreviousError = LogMinPreviousError;
        _lastWasRejected = false;
    }
}
