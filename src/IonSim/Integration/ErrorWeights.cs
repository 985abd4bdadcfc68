namespace IonSim.Integration;

/// <summary>Hairer's error scale atol[i] + rtol·max(|a|, |b|), shared by the step error and the initial-step heuristic.</summary>
internal sealed class ErrorWeights
{
    private readonly double _relative;
    private readonly double[] _absolute;

    public ErrorWeights(OdeOptions options, int dimension)
    {
        if (options.AbsoluteTolerances is { } list && list.Count != dimension)
        {
            throw new ArgumentException(
                $"AbsoluteTolerances has {list.Count} entries, but the system has {dimension} components.", nameof(options));
        }

        _relative = options.RelativeTolerance;
        _absolute = new double[dimension];
        for (int i = 0; i < dimension; i++)
        {
            _absolute[i] = options.AbsoluteToleranceFor(i);
        }
    }

    public double Scale(int i, double a, double b) => _absolute[i] + _relative * Math.Max(Math.Abs(a), Math.Abs(b));

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
