using System.Buffers;
using IonSim.Integration;

namespace IonSim.Contraction;

/// <summary>Where a <see cref="SampledQuantity"/> is probed, and the quantity's values there.</summary>
internal abstract class ProbeGrid
{
    /// <summary>Probe times from <paramref name="from"/> to <paramref name="to"/> (either direction), both included, in that order, with the values there.</summary>
    public abstract Probes Between(double from, double to);

    /// <summary>Probe times and values in pooled arrays; dispose to return them.</summary>
    public readonly struct Probes(double[] times, double[] values, int count) : IDisposable
    {
        public static Probes Rent(int capacity) => new(ArrayPool<double>.Shared.Rent(capacity), ArrayPool<double>.Shared.Rent(capacity), 0);

        public ReadOnlySpan<double> Times => times.AsSpan(0, count);

        public ReadOnlySpan<double> Values => values.AsSpan(0, count);

        public Probes With(int newCount) => new(times, values, newCount);

        public Span<double> TimeBuffer => times;

        public Span<double> ValueBuffer => values;

        public void Dispose()
        {
            ArrayPool<double>.Shared.Return(times);
            ArrayPool<double>.Shared.Return(values);
        }
    }
}

/// <summary>A function probed every <c>spacingMs</c>, evenly, so that the last probe lands on the end.</summary>
internal sealed class UniformProbeGrid(Func<double, double> f, double spacingMs) : ProbeGrid
{
    public override Probes Between(double from, double to)
    {
        int n = (int)Math.Clamp(Math.Ceiling(Math.Abs(to - from) / spacingMs), 1, int.MaxValue - 1);
        Probes probes = Probes.Rent(n + 1);
        Span<double> times = probes.TimeBuffer, values = probes.ValueBuffer;
        double h = (to - from) / n;
        for (int k = 0; k <= n; k++)
        {
            times[k] = k == n ? to : from + (k * h);
            values[k] = f(times[k]);
        }

        return probes.With(n + 1);
    }
}

/// <summary>
/// A function of a dense solution's state, probed where its steps start: there the state is the step's first coefficient
/// vector, so a probe costs the function alone, and the solver has resolved the solution between probes to its tolerance.
/// The values at the step starts are computed once, on first use, and shared by every search.
/// </summary>
internal sealed class StepProbeGrid(DenseSolution dense, DenseStateFunction map, Func<double, double> f) : ProbeGrid
{
    private double[]? _stepStartValues;

    public override Probes Between(double from, double to)
    {
        double[] known = _stepStartValues ??= StepStartValues();
        double lo = Math.Min(from, to), hi = Math.Max(from, to);
        int first = dense.StepAt(lo), last = dense.StepAt(hi);
        Probes probes = Probes.Rent(last - first + 3);
        Span<double> times = probes.TimeBuffer, values = probes.ValueBuffer;
        int count = 0;
        times[count] = from;
        values[count++] = f(from);
        for (int step = first; step <= last; step++)
        {
            double t = dense.StepStart(step);
            if (t > lo && t < hi)
            {
                times[count] = t;
                values[count++] = known[step];
            }
        }

        if (from > to)
        {
            times[1..count].Reverse();
            values[1..count].Reverse();
        }

        times[count] = to;
        values[count++] = f(to);
        return probes.With(count);
    }

    private double[] StepStartValues()
    {
        var values = new double[dense.StepCount];
        for (int step = 0; step < values.Length; step++)
        {
            values[step] = map(dense.StepStartState(step));
        }

        return values;
    }
}
