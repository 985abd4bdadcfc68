using IonSim.Contraction;
using IonSim.Integration;
using IonSim.Physiology;

namespace IonSim.Experiments;

/// <summary>
/// Turns a fiber's solve into the state machine's signals: the integrator locates the threshold
/// crossings and tension peaks as events, and the stimulus edges come from the protocol, so phase
/// times are exact to the event tolerance and independent of any output grid.
/// </summary>
internal sealed class ContractionEvents
{
    private const string Activation = "activation threshold";
    private const string Rest = "rest threshold";
    private const string Slope = "tension slope";

    private readonly MuscleFiber _fiber;
    private readonly double[] _derivatives;

    public ContractionEvents(MuscleFiber fiber, ContractionOptions options)
    {
        _fiber = fiber;
        _derivatives = new double[fiber.Dimension];
        double activation = options.ActivationThresholdFraction;
        double rest = options.RestThresholdFraction;

        // Peaks are where dT/dt crosses zero falling, troughs where it crosses rising. Tension is linear in
        // the state, so its rate is the tension read off the derivative vector.
        Events =
        [
            new OdeEvent(Activation, (t, y) => _fiber.ForceBearingFraction(y) - activation),
            new OdeEvent(Rest, (t, y) => _fiber.ForceBearingFraction(y) - rest),
            new OdeEvent(Slope, TensionRate),
        ];
    }

    public IReadOnlyList<OdeEvent> Events { get; }

    /// <summary>The signals of a solve in time order; at equal times stimulus edges come first.</summary>
    public static IReadOnlyList<ContractionSignal> Signals(OdeSolution solution, IReadOnlyList<(double OnMs, double OffMs)> stimulus)
    {
        var signals = new List<(ContractionSignal Signal, int Order)>();
        foreach (var (on, off) in stimulus)
        {
            signals.Add((ContractionSignal.StimulusEdge(on, on: true), 0));
            if (off < solution.FinalTime)
            {
                signals.Add((ContractionSignal.StimulusEdge(off, on: false), 0));
            }
        }

        foreach (EventOccurrence e in solution.Events)
        {
            bool rising = e.Crossing == EventDirection.Rising;
            ContractionSignal signal = e.Name switch
            {
                Activation => ContractionSignal.ActivationCrossing(e.Time, rising),
                Rest => ContractionSignal.RestCrossing(e.Time, rising),
                _ => ContractionSignal.SlopeZero(e.Time, rising),
            };
            signals.Add((signal, 1));
        }

        return signals.OrderBy(s => s.Signal.TimeMs).ThenBy(s => s.Order).Select(s => s.Signal).ToArray();
    }

    /// <summary>The intervals during which the fiber counts as stimulated (each pulse's release waveform plus the response latency), merged where they overlap.</summary>
    public static IReadOnlyList<(double OnMs, double OffMs)> StimulusWindows(StimulusProtocol protocol, double widthMs)
    {
        var windows = new List<(double OnMs, double OffMs)>();
        foreach (double t in protocol.PulseTimesMs)
        {
            if (windows.Count > 0 && t <= windows[^1].OffMs)
            {
                windows[^1] = (windows[^1].OnMs, Math.Max(windows[^1].OffMs, t + widthMs));
            }
            else
            {
                windows.Add((t, t + widthMs));
            }
        }

        return windows;
    }

    private double TensionRate(double t, ReadOnlySpan<double> y)
    {
        _fiber.Derivatives(t, y, _derivatives);
        return _fiber.ForceBearingFraction(_derivatives);
    }
}
