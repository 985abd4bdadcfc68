namespace IonSim.Integration;

/// <summary>The validated inputs of one solve: the problem, its direction, and the stops it must land on.</summary>
internal sealed record SolveSetup(double T0, double[] Y0, double TEnd, double Direction, double[] Breakpoints, double[]? OutputTimes)
{
    public static SolveSetup Create(int dimension, double t0, ReadOnlySpan<double> y0, double tEnd, OdeOptions options, OdeRequest request)
    {
        int n = dimension;
        if (n < 1)
        {
            throw new ArgumentException($"The system's Dimension must be at least 1, but was {n}.", "system");
        }

        if (y0.Length != n)
        {
            throw new ArgumentException($"y0 has {y0.Length} components, but the system has {n}.", nameof(y0));
        }

        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(y0[i]))
            {
                throw new ArgumentException($"y0[{i}] must be finite, but was {OdeSolver.Format(y0[i])}.", nameof(y0));
            }
        }

        if (!double.IsFinite(t0))
        {
            throw new ArgumentOutOfRangeException(nameof(t0), t0, $"t0 must be finite, but was {OdeSolver.Format(t0)}.");
        }

        if (!double.IsFinite(tEnd))
        {
            throw new ArgumentOutOfRangeException(nameof(tEnd), tEnd, $"tEnd must be finite, but was {OdeSolver.Format(tEnd)}.");
        }

        if (options.AbsoluteTolerances is { } atol && atol.Count != n)
        {
            throw new ArgumentException($"AbsoluteTolerances has {atol.Count} entries, but the system has {n} components.", nameof(options));
        }

        if (options.JacobianSparsity is { } pattern && pattern.Dimension != n)
        {
            throw new ArgumentException($"JacobianSparsity describes a system of dimension {pattern.Dimension}, but the system has {n} components.", nameof(options));
        }

        double direction = tEnd >= t0 ? 1.0 : -1.0;
        return new SolveSetup(t0, y0.ToArray(), tEnd, direction, Stops(request.Breakpoints, t0, tEnd, direction), Outputs(request.OutputTimes, t0, tEnd, direction));
    }

    private static double[] Stops(IReadOnlyList<double> breakpoints, double t0, double tEnd, double direction)
    {
        if (breakpoints.Count == 0)
        {
            return [];
        }

        var inside = new List<double>();
        foreach (double b in breakpoints)
        {
            if (!double.IsFinite(b))
            {
                throw new ArgumentException($"Breakpoints must be finite, but one was {OdeSolver.Format(b)}.", nameof(breakpoints));
            }

            if (direction * (b - t0) > 0 && direction * (tEnd - b) > 0)
            {
                inside.Add(b);
            }
        }

        // Breakpoints outside the interval are ignored: a protocol may be longer than the solve. Stops
        // closer than a step could resolve (a few ulps, as two edges computed along different routes
        // can be) are one stop: a sliver step between them would fail as a step-size underflow.
        var stops = new List<double>();
        double previous = t0;
        inside.Sort();
        if (direction < 0)
        {
            inside.Reverse();
        }

        foreach (double b in inside)
        {
            if (!Indistinguishable(b, previous) && !Indistinguishable(b, tEnd))
            {
                stops.Add(b);
                previous = b;
            }
        }

        return [.. stops];
    }

    private static bool Indistinguishable(double a, double b) =>
        Math.Abs(a - b) <= 100 * 2.220446049250313e-16 * Math.Max(Math.Abs(a), Math.Abs(b));

    private static double[]? Outputs(IReadOnlyList<double>? times, double t0, double tEnd, double direction)
    {
        if (times is null)
        {
            return null;
        }

        var result = times.ToArray();
        for (int i = 0; i < result.Length; i++)
        {
            double t = result[i];
            if (!double.IsFinite(t) || direction * (t - t0) < 0 || direction * (tEnd - t) < 0)
            {
                throw new ArgumentException(
                    $"OutputTimes[{i}] must lie between t0 = {OdeSolver.Format(t0)} and tEnd = {OdeSolver.Format(tEnd)}, but was {OdeSolver.Format(t)}.", "request");
            }

            if (i > 0 && direction * (t - result[i - 1]) <= 0)
            {
                throw new ArgumentException(
                    $"OutputTimes must be strictly {(direction > 0 ? "increasing" : "decreasing")}, but OutputTimes[{i}] = {OdeSolver.Format(t)} follows {OdeSolver.Format(result[i - 1])}.", "request");
            }
        }

        return result;
    }
}
