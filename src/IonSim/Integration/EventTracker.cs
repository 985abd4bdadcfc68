namespace IonSim.Integration;

/// <summary>
/// Watches the event functions across accepted steps and locates their sign changes on the step's
/// dense output. The time tolerance is relative to the step length, so it stays tight whatever the
/// scale of t (unlike an absolute one).
/// </summary>
internal sealed class EventTracker
{
    private const double RelativeTimeTolerance = 1e-12;
    private const double MachineEpsilon = 2.220446049250313e-16;

    private readonly IReadOnlyList<OdeEvent> _events;
    private readonly double[] _previous;
    private readonly double[] _state;
    private readonly Crossing[] _found;

    public EventTracker(IReadOnlyList<OdeEvent> events, int dimension)
    {
        _events = events;
        bool any = events.Count > 0;
        _previous = any ? new double[events.Count] : [];
        _state = any ? new double[dimension] : [];
        _found = any ? new Crossing[events.Count] : [];
    }

    public int Count => _events.Count;

    public void Start(double t0, ReadOnlySpan<double> y0)
    {
        for (int i = 0; i < _events.Count; i++)
        {
            _previous[i] = _events[i].Condition(t0, y0);
        }
    }

    /// <summary>
    /// Locates the crossings in (tOld, tNew], sorted in the direction of integration, and takes the
    /// values at tNew as the start of the next step.
    /// </summary>
    public ReadOnlySpan<Crossing> Locate(double tOld, double tNew, ReadOnlySpan<double> yNew, double[] dense)
    {
        int count = 0;
        double tolerance = Math.Max(RelativeTimeTolerance * Math.Abs(tNew - tOld), 4 * MachineEpsilon * Math.Abs(tNew));
        for (int i = 0; i < _events.Count; i++)
        {
            OdeEvent ev = _events[i];
            double gOld = _previous[i];
            double gNew = ev.Condition(tNew, yNew);
            _previous[i] = gNew;

            EventDirection crossing = gOld < 0 && gNew >= 0 ? EventDirection.Rising
                : gOld > 0 && gNew <= 0 ? EventDirection.Falling
                : EventDirection.Either;
            if (crossing == EventDirection.Either || (ev.Direction != EventDirection.Either && ev.Direction != crossing))
            {
                continue;
            }

            var g = new EventOnStep(ev.Condition, dense, tOld, tNew, _state);
            double time = BracketedRoot.Find(ref g, tOld, tNew, gOld, gNew, tolerance);
            _found[count++] = new Crossing(i, time, crossing);
        }

        // Insertion sort: there are few events, and a comparison delegate would allocate.
        double direction = Math.Sign(tNew - tOld);
        for (int i = 1; i < count; i++)
        {
            Crossing item = _found[i];
            int j = i - 1;
            while (j >= 0 && direction * _found[j].Time > direction * item.Time)
            {
                _found[j + 1] = _found[j];
                j--;
            }

            _found[j + 1] = item;
        }

        return _found.AsSpan(0, count);
    }

    internal readonly record struct Crossing(int Index, double Time, EventDirection Direction);

    private readonly struct EventOnStep : IScalarFunction
    {
        private readonly EventCondition _condition;
        private readonly double[] _coefficients;
        private readonly double _t0;
        private readonly double _t1;
        private readonly double[] _state;

        public EventOnStep(EventCondition condition, double[] coefficients, double t0, double t1, double[] state)
        {
            _condition = condition;
            _coefficients = coefficients;
            _t0 = t0;
            _t1 = t1;
            _state = state;
        }

        public double Evaluate(double t)
        {
            DenseStep.Evaluate(_coefficients, _t0, _t1, t, _state);
            return _condition(t, _state);
        }
    }
}
