namespace IonSim.Integration;

/// <summary>
/// Hairer's error scale atol[i] + rtol·max(|a|, |b|), resolved once per solve and shared by the step
/// error and the initial-step heuristic.
/// </summary>
internal sealed class ErrorWeights
{
    public ErrorWeights(OdeOptions options, int dimension)
    {
        if (options.AbsoluteTolerances is { } list && list.Count != dimension)
        {
            throw new ArgumentException(
                $"AbsoluteTolerances has {list.Count} entries, but the system has {dimension} components.", nameof(options));
        }

        Relative = options.RelativeTolerance;
        Absolute = new double[dimension];
        for (int i = 0; i < dimension; i++)
        {
            Absolute[i] = options.AbsoluteToleranceFor(i);
        }
    }

    /// <summary>Gets rtol.</summary>
    public double Relative { get; }

    /// <summary>Gets atol per component.</summary>
    public double[] Absolute { get; }

    public double Scale(int i, double a, double b) => Absolute[i] + Relative * Math.Max(Math.Abs(a), Math.Abs(b));

    /// <summary>RMS norm of v scaled by the weights of state y.</summary>
    public double Norm(ReadOnlySpan<double> v, ReadOnlySpan<double> y)
    {
        double sum = 0.0;
        for (int i = 0; i < v.Length; i++)
        {
            double r = v[i] / Scale(i, y[i], y[i]);
            sum += r * r;
        }

        return Math.Sqrt(sum / v.Length);
    }
}
