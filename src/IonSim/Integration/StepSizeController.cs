namespace IonSim.Integration;

/// <summary>
/// Hairer's PI step-size controller for DOPRI5 (<i>Solving ODEs I</i>, §IV.2 and the DOPRI5 code):
/// h_new = h · safety · err^(−α) · err_prev^β with α = 1/order − 0.75β, clamped to [MinFactor,
/// MaxFactor], with no growth right after a rejection.
/// </summary>
/// <remarks>
/// Two forms of the same powers. With table powers (the explicit method's path) err^(−α) and
/// err_prev^β are the inlined <see cref="FixedPower"/> tables of their exponents (shared by every
/// solve of the same order), and err_prev^β is formed when a step is accepted, so that only
/// err^(−α) sits between one step's error and the next step's first stage: the C library's
/// <c>log</c> and <c>exp</c> there were a tenth of the solve on a cheap right-hand side. Step sizes
/// differ from the library form only in the last bits; the evaluation counts are Hairer's. Errors
/// so small that the factor is clamped at <see cref="MaxFactor"/> whatever the previous error, or
/// so large that a rejection shrinks by <see cref="MinFactor"/> anyway, skip the power (and keep it
/// within its table's range). Without table powers (Rodas5P alone, whose step sequences its own
/// tests pin down) the factor is exp(β·ln err_prev − α·ln err) from the
/// C library, as before.
/// </remarks>
internal struct StepSizeController
{
    public const double Safety = 0.9;
    public const double MinFactor = 0.2;
    public const double MaxFactor = 10.0;
    public const double Beta = 0.04;
    private const double MinPreviousError = 1e-4;

    private static readonly FixedPower PreviousPower = new(Beta);
    private static readonly double MinPreviousErrorPower = PreviousPower.Of(MinPreviousError);

    // Indexed by order; filled on first use (a race builds equal ones twice, harmlessly).
    private static readonly OrderPowers?[] ByOrder = new OrderPowers?[32];

    private static readonly double LogMinPreviousError = Math.Log(MinPreviousError);

    private readonly OrderPowers? _powers;
    private readonly double _alpha;
    private double _previousErrorPower;
    private double _logPreviousError;
    private bool _lastWasRejected;

    /// <summary>A controller for a method of the given order, with table powers or the C library's.</summary>
    public StepSizeController(int order, bool tablePowers)
    {
        _powers = tablePowers ? ByOrder[order] ??= new OrderPowers(order) : null;
        _alpha = (1.0 / order) - (0.75 * Beta);
        _previousErrorPower = MinPreviousErrorPower;
        _logPreviousError = LogMinPreviousError;
    }

    /// <summary>Whether the step with this error is accepted, and the next step size to try.</summary>
    public bool Decide(double error, double h, out double next)
    {
        if (_powers is null)
        {
            return DecideByLibrary(error, h, out next);
        }

        if (error <= 1.0)
        {
            double factor = MaxFactor;
            if (error >= _powers.AlwaysMaxBelow)
            {
                factor = Math.Clamp(Safety * _powers.Error.Of(error) * _previousErrorPower, MinFactor, MaxFactor);
            }

            if (_lastWasRejected)
            {
                factor = Math.Min(factor, 1.0);
            }

            next = h * factor;
            _previousErrorPower = error > MinPreviousError ? PreviousPower.Of(error) : MinPreviousErrorPower;
            _lastWasRejected = false;
            return true;
        }

        // Non-finite error: a stage blew up, so shrink hard rather than trust the formula.
        double shrink = error <= _powers.AlwaysMinAbove ? Math.Max(MinFactor, Safety * _powers.Error.Of(error)) : MinFactor;
        next = h * shrink;
        _lastWasRejected = true;
        return false;
    }

    /// <summary>Forgets the error history, as after a discontinuity.</summary>
    public void Reset()
    {
        _previousErrorPower = MinPreviousErrorPower;
        _logPreviousError = LogMinPreviousError;
        _lastWasRejected = false;
    }

    private bool DecideByLibrary(double error, double h, out double next)
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

        double shrink = double.IsFinite(error) ? Math.Max(MinFactor, Safety * Math.Exp(-_alpha * Math.Log(error))) : MinFactor;
        next = h * shrink;
        _lastWasRejected = true;
        return false;
    }

    /// <summary>err^(−α) for one order, and where its clamps make it unnecessary (with a factor 2 to spare).</summary>
    private sealed class OrderPowers
    {
        public OrderPowers(int order)
        {
            double alpha = (1.0 / order) - (0.75 * Beta);
            Error = new FixedPower(-alpha);
            double top = Math.ScaleB(1.0, -FixedPower.MinExponent - 1);
            AlwaysMaxBelow = Math.Clamp(0.5 * Math.Pow(Safety * MinPreviousErrorPower / MaxFactor, 1.0 / alpha), 1.0 / top, 1.0);
            AlwaysMinAbove = Math.Clamp(2.0 * Math.Pow(Safety / MinFactor, 1.0 / alpha), 1.0, top);
        }

        public FixedPower Error { get; }

        public double AlwaysMaxBelow { get; }

        public double AlwaysMinAbove { get; }
    }
}
