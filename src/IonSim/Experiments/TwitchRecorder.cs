using IonSim.Contraction;
using IonSim.Integration;
using IonSim.Physiology;

namespace IonSim.Experiments;

/// <summary>
/// Watches a fiber's solve step by step and keeps only what a simulation reports: the continuous
/// extension of the few components the metrics read (<see cref="MuscleFiber.CurveComponents"/>) and, when
/// a grid is given, the trace sampled on it. Every value is the one the solver's own output times and
/// full dense output would give, bit for bit (the same interpolant of the same step, evaluated by the
/// same code), but nothing of the other components is stored and no full state is kept per sample.
/// </summary>
/// <remarks>One recorder per solve; not thread-safe.</remarks>
internal sealed class TwitchRecorder : IStepObserver
{
    private static readonly BindingSite[] Sites = Enum.GetValues<BindingSite>();

    private readonly MuscleFiber _fiber;
    private readonly int[] _components;
    private readonly RecordBuffer _stepStarts = new(1);
    private readonly RecordBuffer _stepEnds = new(1);
    private readonly RecordBuffer _coefficients;
    private readonly double[] _projected;
    private readonly double[] _state;
    private readonly double _timeStart;
    private double _timeEnd;

    private readonly double[]? _grid;
    private readonly double[] _calcium = [];
    private readonly double[] _srCalcium = [];
    private readonly double[] _tension = [];
    private readonly double[][] _calciumFractions = [];
    private readonly double[][] _magnesiumFractions = [];
    private int _nextSample;

    /// <summary>Starts recording a solve of <paramref name="fiber"/> from (<paramref name="t0"/>, <paramref name="start"/>).</summary>
    /// <param name="fiber">The fiber being solved.</param>
    /// <param name="t0">The solve's start time.</param>
    /// <param name="start">The solve's initial state.</param>
    /// <param name="grid">Increasing sample times from <paramref name="t0"/> to the end, or null for no trace.</param>
    public TwitchRecorder(MuscleFiber fiber, double t0, ReadOnlySpan<double> start, double[]? grid)
    {
        _fiber = fiber;
        _components = MuscleFiber.CurveComponents.ToArray();
        _coefficients = new RecordBuffer(DenseStep.CoefficientsPerComponent * _components.Length);
        _projected = new double[_coefficients.RecordSize];
        _state = start.ToArray();
        _timeStart = t0;
        _timeEnd = t0;
        if (grid is null)
        {
            return;
        }

        // Not zeroed: Sample writes every element before Trace hands the arrays out (it checks that every sample was reached).
        _grid = grid;
        _calcium = GC.AllocateUninitializedArray<double>(grid.Length);
        _srCalcium = GC.AllocateUninitializedArray<double>(grid.Length);
        _tension = GC.AllocateUninitializedArray<double>(grid.Length);
        _calciumFractions = Sites.Select(_ => GC.AllocateUninitializedArray<double>(grid.Length)).ToArray();
        _magnesiumFractions = Sites.Select(_ => GC.AllocateUninitializedArray<double>(grid.Length)).ToArray();

        // Samples at the start are the initial state itself, as the solver's output times give it.
        while (_nextSample < grid.Length && grid[_nextSample] <= t0)
        {
            Sample(_nextSample++, start);
        }
    }

    /// <inheritdoc/>
    public void OnStep(in StepView step)
    {
        ReadOnlySpan<double> c = step.Coefficients;
        int n = _fiber.Dimension, k = _components.Length;
        for (int j = 0; j < DenseStep.CoefficientsPerComponent; j++)
        {
            for (int m = 0; m < k; m++)
            {
                _projected[(j * k) + m] = c[(j * n) + _components[m]];
            }
        }

        _stepStarts.Add(step.TimeStart);
        _stepEnds.Add(step.CoefficientsEnd);
        _coefficients.Add(_projected);
        _timeEnd = step.TimeEnd;

        double[]? grid = _grid;
        while (grid is not null && _nextSample < grid.Length && grid[_nextSample] <= step.TimeEnd)
        {
            double t = grid[_nextSample];
            if (t != step.CoefficientsEnd)
            {
                step.Interpolate(t, _state);
                Sample(_nextSample++, _state);
            }
            else
            {
                Sample(_nextSample++, step.State);
            }
        }
    }

    /// <summary>Tension and free Ca²⁺ as continuous functions of time over the recorded interval.</summary>
    /// <returns>A curve for <see cref="ContractionMetrics"/>; one per thread.</returns>
    public ContractionCurve Curve()
    {
        if (_stepStarts.Count == 0)
        {
            throw new InvalidOperationException("No step was recorded: the solve covered no time.");
        }

        var dense = new DenseSolution(_components.Length, _stepStarts, _stepEnds, _coefficients, _timeEnd);
        int[] components = _components;
        var y = new double[_fiber.Dimension];

        // Tension is the first curve component itself (clamped as MuscleFiber.Tension clamps it), searched exactly on each
        // step's polynomial. Free Ca²⁺ reads only the components MuscleFiber.CurveComponents lists after it.
        double FreeCalcium(ReadOnlySpan<double> recorded)
        {
            for (int m = MuscleFiber.TensionComponents; m < MuscleFiber.TensionComponents + MuscleFiber.CalciumComponents; m++)
            {
                y[components[m]] = recorded[m];
            }

            return _fiber.FreeCalciumMicromolar(y);
        }

        return new ContractionCurve(dense, 0, FreeCalcium);
    }

    /// <summary>The sampled trace, its phases read from <paramref name="timeline"/>.</summary>
    /// <param name="timeline">The solve's phase timeline.</param>
    /// <returns>The trace.</returns>
    public SimulationTrace Trace(PhaseTimeline timeline)
    {
        double[] grid = _grid ?? throw new InvalidOperationException("This recorder was given no grid to sample.");
        if (_nextSample != grid.Length)
        {
            throw new InvalidOperationException($"Only {_nextSample} of {grid.Length} samples were reached: the solve ended early.");
        }

        var phases = new Phase[grid.Length];
        for (int i = 0; i < grid.Length; i++)
        {
            phases[i] = timeline.PhaseAt(grid[i]);
        }

        var sites = Sites.Select((site, s) => new SiteOccupancyTrace(site, _calciumFractions[s], _magnesiumFractions[s])).ToArray();
        return new SimulationTrace(grid, _calcium, _srCalcium, _tension, phases, sites);
    }

    private void Sample(int i, ReadOnlySpan<double> y)
    {
        double calcium = _fiber.FreeCalciumMicromolar(y);
        _calcium[i] = calcium;
        _srCalcium[i] = _fiber.SrCalciumMicromolar(y);
        _tension[i] = _fiber.Tension(y);
        for (int s = 0; s < Sites.Length; s++)
        {
            SiteOccupancy occupancy = _fiber.Occupancy(y, Sites[s], calcium);
            _calciumFractions[s][i] = occupancy.CalciumFraction;
            _magnesiumFractions[s][i] = occupancy.MagnesiumFraction;
        }
    }
}
