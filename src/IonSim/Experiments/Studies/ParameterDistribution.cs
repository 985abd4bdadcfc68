using System.Globalization;
using MathNet.Numerics.Distributions;

namespace IonSim.Experiments.Studies;

/// <summary>How a varied parameter is spread over its range. Every design draws unit coordinates u in [0, 1] and maps them
/// through <see cref="Quantile"/>, so grids, Latin hypercubes and Sobol' points share one mapping per distribution.</summary>
/// <remarks>Each distribution has a bounded support [<see cref="Minimum"/>, <see cref="Maximum"/>]; the study checks both
/// ends against the parameter's own validation before anything runs, and every value in between is valid for parameters
/// whose valid set is an interval (all of IonSim's numeric parameters).</remarks>
public abstract record ParameterDistribution
{
    private protected ParameterDistribution()
    {
    }

    /// <summary>Gets the smallest value drawn, in the parameter's unit.</summary>
    public abstract double Minimum { get; }

    /// <summary>Gets the largest value drawn, in the parameter's unit.</summary>
    public abstract double Maximum { get; }

    /// <summary>Gets the distribution's name in a study file: <c>uniform</c>, <c>log_uniform</c> or <c>truncated_normal</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>The value at cumulative probability <paramref name="u"/> in [0, 1] (0 gives <see cref="Minimum"/>, 1 <see cref="Maximum"/>).</summary>
    /// <param name="u">A unit coordinate of the design.</param>
    /// <returns>The parameter value.</returns>
    public abstract double Quantile(double u);

    /// <summary>A short description for plans and figures, such as "uniform 0.1–0.25".</summary>
    /// <returns>The text.</returns>
    public abstract string Describe();

    private protected static string Number(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    private protected static void CheckRange(double minimum, double maximum)
    {
        if (!double.IsFinite(minimum) || !double.IsFinite(maximum) || !(minimum < maximum))
        {
            throw new ArgumentException(FormattableString.Invariant($"min must be less than max and both finite, but they were {minimum} and {maximum}."));
        }
    }
}

/// <summary>Every value in [min, max] equally likely.</summary>
public sealed record UniformDistribution : ParameterDistribution
{
    /// <summary>A uniform distribution on [<paramref name="minimum"/>, <paramref name="maximum"/>].</summary>
    /// <param name="minimum">The lower end.</param>
    /// <param name="maximum">The upper end, greater than the lower.</param>
    public UniformDistribution(double minimum, double maximum)
    {
        CheckRange(minimum, maximum);
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <inheritdoc/>
    public override double Minimum { get; }

    /// <inheritdoc/>
    public override double Maximum { get; }

    /// <inheritdoc/>
    public override string Kind => "uniform";

    /// <inheritdoc/>
    public override double Quantile(double u) => u >= 1 ? Maximum : Minimum + (u * (Maximum - Minimum));

    /// <inheritdoc/>
    public override string Describe() => $"uniform {Number(Minimum)}–{Number(Maximum)}";
}

/// <summary>Uniform in the logarithm: every factor of ten between min and max equally likely (for rates and constants known to
/// an order of magnitude).</summary>
public sealed record LogUniformDistribution : ParameterDistribution
{
    /// <summary>A log-uniform distribution on [<paramref name="minimum"/>, <paramref name="maximum"/>], both greater than 0.</summary>
    /// <param name="minimum">The lower end, greater than 0.</param>
    /// <param name="maximum">The upper end, greater than the lower.</param>
    public LogUniformDistribution(double minimum, double maximum)
    {
        CheckRange(minimum, maximum);
        if (!(minimum > 0))
        {
            throw new ArgumentException(FormattableString.Invariant($"a log_uniform distribution needs min greater than 0, but min was {minimum}."));
        }

        Minimum = minimum;
        Maximum = maximum;
    }

    /// <inheritdoc/>
    public override double Minimum { get; }

    /// <inheritdoc/>
    public override double Maximum { get; }

    /// <inheritdoc/>
    public override string Kind => "log_uniform";

    /// <inheritdoc/>
    public override double Quantile(double u) => u >= 1 ? Maximum : u <= 0 ? Minimum : Minimum * Math.Exp(u * Math.Log(Maximum / Minimum));

    /// <inheritdoc/>
    public override string Describe() => $"log-uniform {Number(Minimum)}–{Number(Maximum)}";
}

/// <summary>A normal distribution cut to [min, max] (for constants with a measured value and spread).</summary>
public sealed record TruncatedNormalDistribution : ParameterDistribution
{
    private readonly double lowerProbability;
    private readonly double upperProbability;

    /// <summary>A normal distribution of <paramref name="mean"/> and <paramref name="standardDeviation"/> truncated to [<paramref name="minimum"/>, <paramref name="maximum"/>].</summary>
    /// <param name="mean">The untruncated mean.</param>
    /// <param name="standardDeviation">The untruncated standard deviation, greater than 0.</param>
    /// <param name="minimum">The lower cut.</param>
    /// <param name="maximum">The upper cut, greater than the lower.</param>
    public TruncatedNormalDistribution(double mean, double standardDeviation, double minimum, double maximum)
    {
        CheckRange(minimum, maximum);
        if (!double.IsFinite(mean) || !double.IsFinite(standardDeviation) || !(standardDeviation > 0))
        {
            throw new ArgumentException(FormattableString.Invariant($"a truncated_normal distribution needs a finite mean and sd greater than 0, but they were {mean} and {standardDeviation}."));
        }

        lowerProbability = Normal.CDF(mean, standardDeviation, minimum);
        upperProbability = Normal.CDF(mean, standardDeviation, maximum);
        if (!(upperProbability - lowerProbability > 1e-9))
        {
            throw new ArgumentException(FormattableString.Invariant($"a truncated_normal distribution of mean {mean} and sd {standardDeviation} has almost no probability between {minimum} and {maximum}; put the mean within a few sd of the range."));
        }

        Mean = mean;
        StandardDeviation = standardDeviation;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets the untruncated mean.</summary>
    public double Mean { get; }

    /// <summary>Gets the untruncated standard deviation.</summary>
    public double StandardDeviation { get; }

    /// <inheritdoc/>
    public override double Minimum { get; }

    /// <inheritdoc/>
    public override double Maximum { get; }

    /// <inheritdoc/>
    public override string Kind => "truncated_normal";

    /// <inheritdoc/>
    public override double Quantile(double u)
    {
        if (u <= 0)
        {
            return Minimum;
        }

        if (u >= 1)
        {
            return Maximum;
        }

        double x = Normal.InvCDF(Mean, StandardDeviation, lowerProbability + (u * (upperProbability - lowerProbability)));
        return Math.Clamp(x, Minimum, Maximum);
    }

    /// <inheritdoc/>
    public override string Describe() => $"normal {Number(Mean)} ± {Number(StandardDeviation)} in {Number(Minimum)}–{Number(Maximum)}";
}
