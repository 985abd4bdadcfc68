namespace IonSim.Integration;

/// <summary>
/// The driver of one solve: chooses step sizes, lands on breakpoints, and owns output, events,
/// observers, stiffness reports and failures. The step method it calls knows none of these. Generic
/// over the system and the method (both structs on the fast path) so that the JIT specialises the
/// step loop and nothing in it is an interface call.
/// </summary>
/// <typeparam name="TSystem">The system's type: a struct, or <see cref="IOdeSystem"/> itself.</typeparam>
/// <typeparam name="TMethod">The step method.</typeparam>
internal sealed class SolveRun<TSystem, TMethod>
    where TSystem : IOdeSystem
    where TMethod : struct, IStepMethod<TMethod>
{
    private const double MachineEpsilon = 2.220446049250313e-16;
    private const int MaxSingularInARow = 5;

    private readonly SolveSetup _setup;
    private readonly OdeOptions _options;
    private readonly OdeRequest _request;
    private readonly int _n;
    private readonly ErrorWeights _weights;
    private readonly EventTracker _events;
    private readonly List<EventOccurrence> _occurrences = [];
    private readonly double[] _y;
    private readonly double[] _dense;
    private readonly double[] _scratch;
    private readonly double[] _terminal;
    private readonly bool _needDense;
    private readonly bool _storeSteps;
    private readonly bool _checkStiffness;
    private readonly bool _reportsSteps;
    private readonly IStepObserver? _observer;
    private readonly RecordBuffer _times = new(1);
    private readonly RecordBuffer _states;
    private readonly RecordBuffer? _denseStarts;
    private readonly RecordBuffer? _denseEnds;
    private readonly RecordBuffer? _denseCoefficients;

    private CountedSystem<TSystem> _f;
    private TMethod _method;
    private StepSizeController _controller = new(TMethod.Order, TMethod.TablePowers);
    private StiffnessDetector _stiffness;
    private double _t;
    private int _nextOutput;
    private long _attempts;
    private long _accepted;
    private long _rejected;
    private double? _stiffAt;

    public SolveRun(TSystem system, SolveSetup setup, OdeOptions options, OdeRequest request)
    {
        _setup = setup;
        _options = options;
        _request = request;
        _n = setup.Y0.Length;
        _f = new CountedSystem<TSystem>(system);
        _method = TMethod.Create(_n, options);
        _weights = new ErrorWeights(options, _n);
        _events = new EventTracker(request.Events, _n);
        _y = setup.Y0; // a copy made for this solve, so the solve may own it

        _scratch = new double[_n];
        _terminal = new double[_n];
        _states = new RecordBuffer(_n);
        _storeSteps = request.StoreSteps;
        _checkStiffness = options.Stiffness != StiffnessPolicy.Ignore;
        _observer = request.Observer;
        _needDense = request.DenseOutput || request.Events.Count > 0 || setup.OutputTimes is not null || request.Observer is not null;
        _dense = _needDense ? new double[DenseStep.CoefficientsPerComponent * _n] : [];
        _reportsSteps = _checkStiffness || _needDense || _storeSteps || _events.Count > 0;
        if (request.DenseOutput)
        {
            _denseStarts = new RecordBuffer(1);
            _denseEnds = new RecordBuffer(1);
            _denseCoefficients = new RecordBuffer(_dense.Length);
        }
    }

    public OdeSolution Run()
    {
        _t = _setup.T0;
        double tEnd = _setup.TEnd;
        double dir = _setup.Direction;
        if (_t == tEnd)
        {
            if (_setup.OutputTimes is null)
            {
                RecordPoint(_t, _y);
            }
            else
            {
                EmitOutputsUpTo(_t, null);
            }

            // A dense solution of an empty interval is the constant y0: one degenerate step holding it.
            if (_denseCoefficients is not null)
            {
                Array.Clear(_dense);
                _y.CopyTo(_dense, 0);
                _denseStarts!.Add(_t);
                _denseEnds!.Add(_t);
                _denseCoefficients.Add(_dense);
            }

            return Finish(OdeStatus.Success, "The interval is empty: t0 equals tEnd.");
        }

        EvaluateFirstStage();
        _events.Start(_t, _y);
        if (_setup.OutputTimes is null)
        {
            RecordPoint(_t, _y);
        }
        else
        {
            EmitOutputsUpTo(_t, null);
        }

        int nextBreakpoint = 0;
        double h = dir * (_options.InitialStep ?? InitialStepSize.Estimate(
            ref _f, TMethod.Order, _t, _y, _method.StartDerivative, dir, _options.MaxStep, Math.Abs(NextStop(nextBreakpoint) - _t), _weights, _scratch, _terminal));
        int consecutiveRejections = 0;
        int consecutiveSingular = 0;
        int nonFiniteComponent = -1;
        double maxStep = _options.MaxStep;
        long maxAttempts = _options.MaxSteps;

        while (true)
        {
            double stop = NextStop(nextBreakpoint);
            bool stopIsBreakpoint = nextBreakpoint < _setup.Breakpoints.Length;
            double absH = Math.Min(Math.Abs(h), maxStep);

            // Land exactly on the next stop, and do not leave a sliver of a step before it (but never
            // step further than MaxStep to do so).
            bool landing = Math.Abs(stop - _t) <= Math.Min(1.01 * absH, maxStep);
            double tNew = landing ? stop : _t + dir * absH;
            h = tNew - _t;

            if (++_attempts > maxAttempts)
            {
                throw TooManyAttempts(h);
            }

            if (Math.Abs(h) <= 10 * MachineEpsilon * Math.Abs(_t) || Math.Abs(h) < double.Epsilon * 1e3)
            {
                throw nonFiniteComponent >= 0 ? NonFinite(nonFiniteComponent, h) : Underflow(h);
            }

            // Stages with c = 1 sit at the breakpoint's left, so a jump in f there belongs to the next step.
            double endStageTime = landing && stopIsBreakpoint ? (dir > 0 ? Math.BitDecrement(tNew) : Math.BitIncrement(tNew)) : tNew;
            double error = _method.Attempt(ref _f, _t, _y, h, endStageTime, _weights);
            if (_method.LastAttemptSingular)
            {
                // W = I/(hγ) − J is singular only for isolated h: halve and retry, as Hairer's RODAS does.
                _rejected++;
                if (++consecutiveSingular > MaxSingularInARow)
                {
                    throw Failure(OdeStatus.SingularIterationMatrix, h,
                        $"The stiff method's iteration matrix I/(h·γ) − J was singular at t = {OdeSolver.Format(_t)} for {consecutiveSingular} step sizes in a row down to {OdeSolver.Format(h)}; check the Jacobian (a row or column of zeros, or NaN) or the model for a singularity there.");
                }

                h *= 0.5;
                continue;
            }

            if (!double.IsFinite(error))
            {
                nonFiniteComponent = _method.FirstNonFinite();
                error = double.PositiveInfinity;
            }

            if (!_controller.Decide(error, h, out double hNext))
            {
                _rejected++;
                if (++consecutiveRejections > _options.MaxConsecutiveRejections)
                {
                    throw nonFiniteComponent >= 0 ? NonFinite(nonFiniteComponent, h) : TooManyRejections(consecutiveRejections, error, h);
                }

                h = hNext;
                continue;
            }

            consecutiveRejections = 0;
            nonFiniteComponent = -1;
            consecutiveSingular = 0;
            _accepted++;
            _method.StepAccepted(_t, h);
            if (_reportsSteps)
            {
                CheckStiffness(h);
                if (_needDense)
                {
                    _method.BuildDense(_y, h, _dense);
                }

                if (LocateEvents(tNew, out double terminalTime))
                {
                    // Its own buffer: emitting output times reuses the scratch state.
                    DenseStep.Evaluate(_dense, _t, tNew, terminalTime, _terminal);
                    EmitOutputsUpTo(terminalTime, tNew);
                    if (_setup.OutputTimes is null)
                    {
                        RecordPoint(terminalTime, _terminal);
                    }

                    CompleteStep(terminalTime, _terminal, tNew);
                    return Finish(OdeStatus.TerminalEvent, $"A terminal event ({_occurrences[^1].Name}) stopped the solve at t = {OdeSolver.Format(terminalTime)}.");
                }

                EmitOutputsUpTo(tNew, tNew);
                if (_setup.OutputTimes is null)
                {
                    RecordPoint(tNew, _method.NewState);
                }

                CompleteStep(tNew, _method.NewState, tNew);
            }
            else
            {
                // Nothing asked for but the final state: no stiffness check, dense output, events, output or observer.
                _t = tNew;
                VectorMath.Copy(_method.NewState, _y);
            }
            if (landing && !stopIsBreakpoint)
            {
                return Finish(OdeStatus.Success, "The solver reached the end of the interval.");
            }

            if (landing)
            {
                // Restart on the right of the discontinuity.
                nextBreakpoint++;
                EvaluateFirstStage();
                _controller.Reset();
            }
            else if (_method.FirstSameAsLast)
            {
                _method.ReuseEndDerivative();
            }
            else
            {
                _f.Derivatives(_t, _y, _method.StartDerivative);
            }

            h = hNext;
        }
    }

    private double NextStop(int nextBreakpoint) =>
        nextBreakpoint < _setup.Breakpoints.Length ? _setup.Breakpoints[nextBreakpoint] : _setup.TEnd;

    private void EvaluateFirstStage()
    {
        Span<double> f0 = _method.StartDerivative;
        _f.Derivatives(_t, _y, f0);
        for (int i = 0; i < _n; i++)
        {
            if (!double.IsFinite(f0[i]))
            {
                throw Failure(OdeStatus.NonFiniteState, 0.0,
                    $"The derivative of component {i} is {OdeSolver.Format(f0[i])} at t = {OdeSolver.Format(_t)}, where the state is finite.");
            }
        }
    }

    private void CheckStiffness(double h)
    {
        // Only the first detection is reported (or fails the solve), so the estimate stops once it is made.
        if (!_checkStiffness || _stiffAt.HasValue || !_stiffness.Update(_method.StiffnessEstimate(h)))
        {
            return;
        }

        _stiffAt = _t;
        if (_options.Stiffness == StiffnessPolicy.Fail)
        {
            throw Failure(OdeStatus.StiffnessDetected, h,
                $"The problem looks stiff from t = {OdeSolver.Format(_t)}: the step size ({OdeSolver.Format(h)}) is limited by stability, not accuracy. An implicit method would be cheaper.");
        }
    }

    // Returns true when a terminal event ends the solve inside this step.
    private bool LocateEvents(double tNew, out double terminalTime)
    {
        terminalTime = tNew;
        if (_events.Count == 0)
        {
            return false;
        }

        foreach (var crossing in _events.Locate(_t, tNew, _method.NewState, _dense))
        {
            OdeEvent ev = _request.Events[crossing.Index];
            var state = new double[_n];
            DenseStep.Evaluate(_dense, _t, tNew, crossing.Time, state);
            _occurrences.Add(new EventOccurrence(crossing.Index, ev.Name, crossing.Time, state, crossing.Direction));
            if (ev.Terminal)
            {
                terminalTime = crossing.Time;
                return true;
            }
        }

        return false;
    }

    // Emits the requested output times up to `until` that fall in this step; `stepEnd` null means no step yet.
    private void EmitOutputsUpTo(double until, double? stepEnd)
    {
        double[]? outputs = _setup.OutputTimes;
        if (outputs is null)
        {
            return;
        }

        double dir = _setup.Direction;
        while (_nextOutput < outputs.Length && dir * (outputs[_nextOutput] - until) <= 0)
        {
            double t = outputs[_nextOutput++];
            if (stepEnd is { } end && t != end)
            {
                DenseStep.Evaluate(_dense, _t, end, t, _scratch);
                RecordPoint(t, _scratch);
            }
            else
            {
                RecordPoint(t, stepEnd is null ? _y : _method.NewState);
            }
        }
    }

    private void RecordPoint(double t, ReadOnlySpan<double> y)
    {
        if (_storeSteps)
        {
            _times.Add(t);
            _states.Add(y);
        }
    }

    // Stores dense output, tells the observer, and advances the state to (tEnd of step, y).
    private void CompleteStep(double tReached, ReadOnlySpan<double> yReached, double stepEnd)
    {
        if (_denseCoefficients is not null)
        {
            _denseStarts!.Add(_t);
            _denseEnds!.Add(stepEnd);
            _denseCoefficients.Add(_dense);
        }

        _observer?.OnStep(new StepView(_t, tReached, yReached, _dense, stepEnd));
        _t = tReached;
        VectorMath.Copy(yReached, _y);
    }

    private OdeSolution Finish(OdeStatus status, string message)
    {
        if (_stiffAt is { } at)
        {
            message += $" The problem looked stiff from t = {OdeSolver.Format(at)} (step size limited by stability); an implicit method may be cheaper.";
        }

        DenseSolution? dense = _denseCoefficients is null
            ? null
            : new DenseSolution(_n, _denseStarts!, _denseEnds!, _denseCoefficients, _t);
        var stats = new OdeStatistics(_f.Evaluations, _accepted, _rejected, _method.JacobianEvaluations, _method.Factorizations);
        return new OdeSolution(_n, _times, _states, _t, _y, _occurrences.ToArray(), stats, status, message, _stiffAt, dense, _method.Switches.Count == 0 ? [] : [.. _method.Switches]);
    }

    private OdeSolverException TooManyAttempts(double h) =>
        Failure(OdeStatus.MaxStepsExceeded, h,
            $"The solver took {_options.MaxSteps} step attempts (MaxSteps) and reached only t = {OdeSolver.Format(_t)} of {OdeSolver.Format(_setup.TEnd)}; raise MaxSteps or loosen the tolerances.");

    private OdeSolverException Underflow(double h) =>
        Failure(OdeStatus.StepSizeUnderflow, h,
            $"The step size fell to {OdeSolver.Format(h)} at t = {OdeSolver.Format(_t)}, below what double precision resolves there; the solution may blow up near this time.");

    private OdeSolverException TooManyRejections(int count, double error, double h) =>
        Failure(OdeStatus.TooManyRejections, h,
            $"{count} steps in a row were rejected at t = {OdeSolver.Format(_t)} (last error estimate {OdeSolver.Format(error)} times the tolerance).");

    private OdeSolverException NonFinite(int component, double h) =>
        Failure(OdeStatus.NonFiniteState, h,
            $"Component {component} of the state or its derivative became non-finite in every step tried from t = {OdeSolver.Format(_t)} (last step size {OdeSolver.Format(h)}).");

    private OdeSolverException Failure(OdeStatus status, double h, string message) => new(status, _t, h, message);
}
