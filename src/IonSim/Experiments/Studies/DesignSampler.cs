namespace IonSim.Experiments.Studies;

/// <summary>The unit coordinates of a design's points: point i depends only on the design, the number of parameters and the
/// seed, never on which other points are computed, by which shard or on how many threads.</summary>
internal sealed class DesignSampler
{
    private const ulong LatinPurpose = 1;
    private const ulong ShiftPurpose = 2;

    private readonly StudyDesign design;
    private readonly int dimensions;
    private readonly SobolSequence? sobol;
    private readonly uint[]? shift;
    private readonly double[][]? latin;

    public DesignSampler(StudyDesign design, int dimensions, long seed)
    {
        this.design = design;
        this.dimensions = dimensions;
        Count = (long)design.PointCount(dimensions);
        if (design.Kind == StudyDesignKind.Saltelli)
        {
            // A random digital shift (x ⊕ s per coordinate; Dick & Pillichshammer 2010, §4.4) keeps the Sobol' net's balance, makes
            // the seed matter, and moves the unshifted first point off the corner (0, …, 0), where A and B would coincide.
            sobol = new SobolSequence(2 * dimensions);
            var random = SplitMix64.For(seed, ShiftPurpose);
            shift = [.. Enumerable.Range(0, 2 * dimensions).Select(_ => (uint)(random.Next() >> 32))];
        }
        else if (design.Kind == StudyDesignKind.LatinHypercube)
        {
            latin = Latin(design.Samples, dimensions, SplitMix64.For(seed, LatinPurpose));
        }
    }

    /// <summary>The number of points.</summary>
    public long Count { get; }

    /// <summary>Where point <paramref name="index"/> sits in Saltelli's scheme: its base sample j and matrix (0 = A, 1 = B,
    /// 2 + i = A with column i from B); for other designs the sample is the index and the matrix −1.</summary>
    public (long Sample, int Matrix) Role(long index) =>
        design.Kind == StudyDesignKind.Saltelli ? (index / (dimensions + 2), (int)(index % (dimensions + 2))) : (index, -1);

    /// <summary>Point <paramref name="index"/>'s coordinates in [0, 1]^d.</summary>
    public double[] Unit(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        var u = new double[dimensions];
        switch (design.Kind)
        {
            case StudyDesignKind.Grid:
                long rest = index;
                for (int j = dimensions - 1; j >= 0; j--)
                {
                    u[j] = (double)(rest % design.Levels) / (design.Levels - 1);
                    rest /= design.Levels;
                }

                break;
            case StudyDesignKind.LatinHypercube:
                for (int j = 0; j < dimensions; j++)
                {
                    u[j] = latin![j][index];
                }

                break;
            default:
                (long sample, int matrix) = Role(index);
                var bits = new uint[2 * dimensions];
                sobol!.PointBits((uint)sample, bits);
                for (int j = 0; j < dimensions; j++)
                {
                    // A is the first d coordinates, B the last d; matrix 2 + i takes column i from B.
                    bool fromB = matrix == 1 || matrix == j + 2;
                    int column = fromB ? dimensions + j : j;
                    u[j] = SobolSequence.ToUnit(bits[column] ^ shift![column]);
                }

                break;
        }

        return u;
    }

    /// <summary>Column j holds a random permutation of the strata 0…n−1, each jittered uniformly within its stratum.</summary>
    private static double[][] Latin(int samples, int dimensions, SplitMix64 random)
    {
        var columns = new double[dimensions][];
        for (int j = 0; j < dimensions; j++)
        {
            int[] strata = [.. Enumerable.Range(0, samples)];
            for (int i = samples - 1; i > 0; i--)
            {
                int k = random.NextInt(i + 1);
                (strata[i], strata[k]) = (strata[k], strata[i]);
            }

            columns[j] = [.. strata.Select(s => (s + random.NextDouble()) / samples)];
        }

        return columns;
    }
}
