using IonSim.Integration;
using IonSim.Physiology;

namespace IonSim.Tests.Physiology;

/// <summary>A solved protocol with the quantities the tests read, sampled on a fine grid.</summary>
internal sealed class FiberRun
{
    private FiberRun(MuscleFiber fiber, OdeSolution solution)
    {
        Fiber = fiber;
        Solution = solution;
        Times = [.. solution.Times];
        States = [.. Enumerable.Range(0, Times.Length).Select(i => solution.State(i).ToArray())];
        FreeCalcium = [.. States.Select(y => fiber.FreeCalciumMicromolar(y))];
        Release = [.. Times.Select((t, i) => fiber.ReleaseFluxMicromolarPerMs(t, States[i]))];
        Force = [.. States.Select(y => MuscleFiber.UnclampedTension(y))];
    }

    public MuscleFiber Fiber { get; }
    public OdeSolution Solution { get; }
    public double[] Times { get; }
    public double[][] States { get; }
    public double[] FreeCalcium { get; }
    public double[] Release { get; }
    public double[] Force { get; }

    public static FiberRun Simulate(FiberParameters parameters, StimulusProtocol protocol, double relativeTolerance = 1e-7, double outputStepMs = 0.02)
    {
        var fiber = new MuscleFiber(parameters, protocol);
        int n = (int)Math.Floor(protocol.DurationMs / outputStepMs);
        double[] outputs = [.. Enumerable.Range(0, n + 1).Select(i => Math.Min(i * outputStepMs, protocol.DurationMs)).Distinct()];
        var options = new OdeOptions { RelativeTolerance = relativeTolerance, AbsoluteTolerance = 1e-10 };
        return new FiberRun(fiber, fiber.Solve(options, new OdeRequest { OutputTimes = outputs }));
    }

    public static FiberRun Twitch(FiberParameters parameters, double durationMs = 300) =>
        Simulate(parameters, StimulusProtocol.SinglePulse(10, durationMs));

    public double Peak(double[] series) => series.Max();

    public double TimeOfPeak(double[] series) => Times[Array.IndexOf(series, series.Max())];

    /// <summary>Full duration at half maximum above the first sample, by linear interpolation.</summary>
    public double DurationAtHalfMaximum(double[] series)
    {
        int top = Array.IndexOf(series, series.Max());
        double half = series[0] + ((series[top] - series[0]) / 2);
        int up = top;
        while (up > 0 && series[up - 1] >= half)
        {
            up--;
        }

        int down = top;
        while (down < series.Length - 1 && series[down + 1] >= half)
        {
            down++;
        }

        double rise = Crossing(up - 1, up, series, half);
        double fall = Crossing(down, down + 1, series, half);
        return fall - rise;
    }

    /// <summary>Time from the force peak until force falls halfway back to its starting value.</summary>
    public double HalfRelaxationMs()
    {
        int top = Array.IndexOf(Force, Force.Max());
        double half = Force[0] + ((Force[top] - Force[0]) / 2);
        for (int i = top; i < Force.Length - 1; i++)
        {
            if (Force[i + 1] < half)
            {
                return Crossing(i, i + 1, Force, half) - Times[top];
            }
        }

        return double.PositiveInfinity;
    }

    /// <summary>Integral of the release flux over the run (includes the resting outflow), µM.</summary>
    public double TotalReleasedMicromolar()
    {
        double sum = 0;
        for (int i = 1; i < Times.Length; i++)
        {
            sum += (Times[i] - Times[i - 1]) * ((Release[i] + Release[i - 1]) / 2);
        }

        return sum;
    }

    private double Crossing(int a, int b, double[] series, double level) =>
        a < 0 || b >= series.Length ? double.NaN : Times[a] + ((level - series[a]) / (series[b] - series[a]) * (Times[b] - Times[a]));
}
