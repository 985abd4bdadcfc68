namespace IonSim.Experiments.Studies;

/// <summary>First-order and total Sobol' indices of one parameter, with bootstrap percentile intervals.</summary>
/// <param name="First">S_i: the share of the output's variance explained by this parameter alone.</param>
/// <param name="FirstLow">Lower end of the bootstrap interval of S_i.</param>
/// <param name="FirstHigh">Upper end of the bootstrap interval of S_i.</param>
/// <param name="Total">S_Ti: the share that involves this parameter, alone or with others.</param>
/// <param name="TotalLow">Lower end of the bootstrap interval of S_Ti.</param>
/// <param name="TotalHigh">Upper end of the bootstrap interval of S_Ti.</param>
/// <param name="FirstStandardError">The bootstrap standard deviation of S_i.</param>
/// <param name="TotalStandardError">The bootstrap standard deviation of S_Ti.</param>
public sealed record SobolIndex(double First, double FirstLow, double FirstHigh, double Total, double TotalLow, double TotalHigh, double FirstStandardError, double TotalStandardError);

/// <summary>Sobol' indices of one output over every varied parameter, from a Saltelli design.</summary>
/// <param name="Samples">Base samples used (those where every one of the d + 2 points gave a value).</param>
/// <param name="Dropped">Base samples left out because a point of theirs failed or the output was undefined there.</param>
/// <param name="Variance">The output's variance over the A and B points.</param>
/// <param name="Indices">One per parameter, in the study's order; NaN when the output does not vary.</param>
/// <param name="Confidence">The level of the intervals, such as 0.95.</param>
public sealed record SobolIndices(int Samples, int Dropped, double Variance, IReadOnlyList<SobolIndex> Indices, double Confidence)
{
    /// <summary>
    /// Estimates the indices from the outputs of a Saltelli design: f(A)_j, f(B)_j and f(A_B^i)_j for each base sample j.
    /// First order by Saltelli et al. 2010 (Comput Phys Commun 181:259, Table 2 (b)): S_i = mean(f(B)·(f(A_B^i) − f(A))) / V;
    /// total by Jansen 1999 (Comput Phys Commun 117:35; Saltelli 2010 Table 2 (f)): S_Ti = mean((f(A) − f(A_B^i))²) / (2V);
    /// V the variance of all f(A) and f(B). f(B) is centred on the mean of f(A) and f(B) in the first-order sum, which leaves its
    /// expectation unchanged (E f(A_B^i) = E f(A)) and removes the error a large output mean would add. Intervals: percentile bootstrap over base samples (Efron &amp; Tibshirani 1993),
    /// resampling the d + 2 values of a sample together.
    /// </summary>
    /// <param name="a">f(A), one per base sample.</param>
    /// <param name="b">f(B), one per base sample.</param>
    /// <param name="ab">f(A_B^i) per parameter i, each one per base sample.</param>
    /// <param name="resamples">Bootstrap resamples, at least 10 (1000 is usual).</param>
    /// <param name="seed">The bootstrap's seed: the same seed gives the same intervals.</param>
    /// <param name="confidence">The intervals' level, between 0.5 and 0.999.</param>
    /// <returns>The indices.</returns>
    public static SobolIndices Estimate(IReadOnlyList<double> a, IReadOnlyList<double> b, IReadOnlyList<IReadOnlyList<double>> ab, int resamples = 1000, long seed = 1, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(ab);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 10);
        if (!(confidence is >= 0.5 and <= 0.999))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "confidence must be between 0.5 and 0.999.");
        }

        int d = ab.Count;
        int[] keep = [.. Enumerable.Range(0, a.Count).Where(j => double.IsFinite(a[j]) && double.IsFinite(b[j]) && ab.All(column => double.IsFinite(column[j])))];
        int n = keep.Length;
        double[] fa = [.. keep.Select(j => a[j])];
        double[] fb = [.. keep.Select(j => b[j])];
        double[][] fab = [.. ab.Select(column => keep.Select(j => column[j]).ToArray())];

        var estimate = new double[2 * d];
        double variance = Compute(fa, fb, fab, null, estimate);
        var replicates = new double[resamples][];
        var random = SplitMix64.For(seed, 3);
        var draw = new int[n];
        for (int r = 0; r < resamples; r++)
        {
            for (int k = 0; k < n; k++)
            {
                draw[k] = n > 0 ? random.NextInt(n) : 0;
            }

            replicates[r] = new double[2 * d];
            Compute(fa, fb, fab, draw, replicates[r]);
        }

        double tail = (1 - confidence) / 2;
        var indices = new SobolIndex[d];
        for (int i = 0; i < d; i++)
        {
            double[] first = [.. replicates.Select(x => x[i]).Where(double.IsFinite).Order()];
            double[] total = [.. replicates.Select(x => x[d + i]).Where(double.IsFinite).Order()];
            indices[i] = new SobolIndex(
                estimate[i], Percentile(first, tail), Percentile(first, 1 - tail),
                estimate[d + i], Percentile(total, tail), Percentile(total, 1 - tail),
                StandardDeviation(first), StandardDeviation(total));
        }

        return new SobolIndices(n, a.Count - n, variance, indices, confidence);
    }

    /// <summary>Gathers one output of a Saltelli study's points into f(A), f(B) and f(A_B^i) and estimates the indices.</summary>
    /// <param name="parameters">d, the number of varied parameters.</param>
    /// <param name="sample">Each point's base sample j.</param>
    /// <param name="matrix">Each point's matrix: 0 = A, 1 = B, 2 + i = A_B^i.</param>
    /// <param name="output">Each point's output (NaN where undefined).</param>
    /// <param name="resamples">Bootstrap resamples.</param>
    /// <param name="seed">The bootstrap's seed.</param>
    /// <param name="confidence">The intervals' level.</param>
    /// <returns>The indices.</returns>
    /// <exception cref="ArgumentException">The points are not a whole Saltelli design (a sample lacks a matrix or has one twice).</exception>
    public static SobolIndices FromPoints(int parameters, IReadOnlyList<long> sample, IReadOnlyList<int> matrix, IReadOnlyList<double> output, int resamples = 1000, long seed = 1, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(output);
        long samples = sample.Count == 0 ? 0 : sample.Max() + 1;
        if (sample.Count != samples * (parameters + 2) || samples < 2)
        {
            throw new ArgumentException($"a Saltelli design of {parameters} parameters has (d + 2) points per base sample, but these {sample.Count} points do not make whole samples.");
        }

        var table = new double[parameters + 2][];
        var seen = new bool[parameters + 2][];
        for (int m = 0; m < table.Length; m++)
        {
            table[m] = new double[samples];
            seen[m] = new bool[samples];
        }

        for (int k = 0; k < sample.Count; k++)
        {
            int m = matrix[k];
            long j = sample[k];
            if (m < 0 || m >= parameters + 2 || j < 0 || seen[m][j])
            {
                throw new ArgumentException($"point {k} (sample {j}, matrix {m}) is not part of a whole Saltelli design of {parameters} parameters, or repeats one.");
            }

            seen[m][j] = true;
            table[m][j] = output[k];
        }

        return Estimate(table[0], table[1], [.. table.Skip(2)], resamples, seed, confidence);
    }

    /// <summary>Writes S_1…S_d then S_T1…S_Td for the base samples <paramref name="draw"/> (all, in order, when null); returns V.</summary>
    private static double Compute(double[] fa, double[] fb, double[][] fab, int[]? draw, double[] result)
    {
        int n = fa.Length;
        int d = fab.Length;
        double sum = 0;
        for (int k = 0; k < n; k++)
        {
            int j = draw?[k] ?? k;
            sum += fa[j] + fb[j];
        }

        // Two passes (mean, then squared deviations) keep V accurate for outputs with a large mean and a small spread.
        double mean = sum / (2 * n);
        double squares = 0;
        for (int k = 0; k < n; k++)
        {
            int j = draw?[k] ?? k;
            squares += ((fa[j] - mean) * (fa[j] - mean)) + ((fb[j] - mean) * (fb[j] - mean));
        }

        double variance = squares / (2 * n);
        for (int i = 0; i < d; i++)
        {
            double first = 0, total = 0;
            double[] column = fab[i];
            for (int k = 0; k < n; k++)
            {
                int j = draw?[k] ?? k;
                first += (fb[j] - mean) * (column[j] - fa[j]);
                double difference = fa[j] - column[j];
                total += difference * difference;
            }

            bool varies = variance > 1e-300 && n > 0;
            result[i] = varies ? first / n / variance : double.NaN;
            result[d + i] = varies ? total / (2 * n) / variance : double.NaN;
        }

        return variance;
    }

    private static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        double position = p * (sorted.Length - 1);
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }

    private static double StandardDeviation(double[] values)
    {
        if (values.Length < 2)
        {
            return double.NaN;
        }

        double mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }
}
