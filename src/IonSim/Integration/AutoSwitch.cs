namespace IonSim.Integration;

/// <summary>
/// The automatic method: Dormand–Prince while the problem is not stiff, Rodas5P while it is, in the
/// spirit of LSODA (Petzold 1983) and DifferentialEquations.jl's <c>AutoTsit5(Rosenbrock23())</c>.
/// </summary>
/// <remarks>
/// <para>To Rodas5P: DOPRI5's own stiffness test (h·|λ| estimated from its last two stages above 3.25,
/// the edge of its stability region, on 15 accepted steps without 6 clear steps between; Hairer &amp;
/// Wanner, <i>Solving ODEs II</i>, §IV.2) fires.</para>
/// <para>Back to Dormand–Prince: for <see cref="StepsToReturn"/> accepted Rodas5P steps in a row,
/// h·‖J‖∞, an upper bound on h·|λ| for every eigenvalue of the Jacobian, is below half that stability
/// limit, so the explicit method would be stable at the step size accuracy already allows, with
/// room to grow.</para>
/// <para>A switch takes effect at the start of the next step: the derivative the driver prepared for
/// the old method (by FSAL, by an evaluation, or on the right of a breakpoint) is handed to the new
/// one, so switching costs no evaluation. Both methods are of order 5, so the step-size controller
/// carries on. Each switch is recorded with its time.</para>
/// </remarks>
internal struct AutoSwitch : IStepMethod<AutoSwitch>
{
    /// <summary>Consecutive non-stiff Rodas5P steps before returning to Dormand–Prince.</summary>
    public const int StepsToReturn = 15;

    /// <summary>h·‖J‖∞ below which a Rodas5P step counts as non-stiff: half DOPRI5's real stability limit.</summary>
    public const double ReturnBound = 3.25 / 2;

    private readonly List<MethodSwitch> _switches;
    private DormandPrince _explicit;
    private Rodas5P _implicit;
    private StiffnessDetector _detector;
    private bool _stiff;
    private bool _switchPending;
    private int _nonStiffSteps;

    private AutoSwitch(int dimension, OdeOptions options)
    {
        _explicit = DormandPrince.Create(dimension, options);
        _implicit = Rodas5P.Create(dimension, options);
        _switches = [];
    }

    public static int Order => DormandPrince.Order == Rodas5P.Order ? Rodas5P.Order : throw new InvalidOperationException("Both methods must share an order.");

    // While not stiff it must step exactly as Dormand–Prince does.
    public static bool TablePowers => DormandPrince.TablePowers;

    public readonly bool FirstSameAsLast => !_stiff;

    public readonly Span<double> StartDerivative => _stiff ? _implicit.StartDerivative : _explicit.StartDerivative;

    public readonly Span<double> NewState => _stiff ? _implicit.NewState : _explicit.NewState;

    public readonly Span<double> EndDerivative => _stiff ? _implicit.EndDerivative : _explicit.EndDerivative;

    public readonly bool LastAttemptSingular => _stiff && _implicit.LastAttemptSingular;

    public readonly long JacobianEvaluations => _implicit.JacobianEvaluations;

    public readonly long Factorizations => _implicit.Factorizations;

    /// <summary>Gets the switches made so far, in time order.</summary>
    public readonly IReadOnlyList<MethodSwitch> Switches => _switches;

    public static AutoSwitch Create(int dimension, OdeOptions options) => new(dimension, options);

    public double Attempt<TSystem>(ref CountedSystem<TSystem> f, double t, ReadOnlySpan<double> y, double h, double endStageTime, ErrorWeights weights)
        where TSystem : IOdeSystem
    {
        if (_switchPending)
        {
            Span<double> prepared = StartDerivative;
            _stiff = !_stiff;
            prepared.CopyTo(StartDerivative);
            _switchPending = false;
            _detector = default;
            _nonStiffSteps = 0;
            _switches.Add(new MethodSwitch(t, _stiff ? OdeMethod.Rodas5P : OdeMethod.DormandPrince45));
        }

        return _stiff
            ? _implicit.Attempt(ref f, t, y, h, endStageTime, weights)
            : _explicit.Attempt(ref f, t, y, h, endStageTime, weights);
    }

    public void ReuseEndDerivative()
    {
        if (!_stiff)
        {
            _explicit.ReuseEndDerivative();
        }
    }

    public readonly void BuildDense(ReadOnlySpan<double> y0, double h, Span<double> coefficients)
    {
        if (_stiff)
        {
            _implicit.BuildDense(y0, h, coefficients);
        }
        else
        {
            _explicit.BuildDense(y0, h, coefficients);
        }
    }

    /// <summary>No report: the switch is the answer to stiffness, recorded in <see cref="Switches"/>.</summary>
    public readonly double StiffnessEstimate(double h) => double.NaN;

    public void StepAccepted(double t, double h)
    {
        if (!_stiff)
        {
            _switchPending = _detector.Update(_explicit.StiffnessEstimate(h));
            return;
        }

        _nonStiffSteps = _implicit.StabilityBound(h) < ReturnBound ? _nonStiffSteps + 1 : 0;
        _switchPending = _nonStiffSteps >= StepsToReturn;
    }

    public readonly int FirstNonFinite() => _stiff ? _implicit.FirstNonFinite() : _explicit.FirstNonFinite();
}
