namespace IonSim.Experiments.Studies;

/// <summary>The kinds of design a study can use.</summary>
public enum StudyDesignKind
{
    /// <summary>Every combination of <see cref="StudyDesign.Levels"/> evenly spaced probabilities (0 to 1) per parameter.</summary>
    Grid,

    /// <summary>A Latin hypercube of <see cref="StudyDesign.Samples"/> points (McKay, Beckman &amp; Conover 1979): each parameter's
    /// range cut into that many equally likely strata, each stratum used once, strata paired at random.</summary>
    LatinHypercube,

    /// <summary>Saltelli's cross-sampling (Saltelli et al. 2010, Comput Phys Commun 181:259–270) on a Sobol' sequence:
    /// <see cref="StudyDesign.Samples"/> base samples, each giving matrices A and B and, per parameter i, A with column i from B;
    /// N·(d + 2) points, from which first-order and total Sobol' indices are estimated.</summary>
    Saltelli,
}

/// <summary>How a study places its points: a kind and its size. Immutable and checked on construction.</summary>
public sealed record StudyDesign
{
    /// <summary>The most points a design may define; the CLI's own cap (with <c>--force</c>) is lower.</summary>
    public const long MaxPoints = 10_000_000;

    private StudyDesign(StudyDesignKind kind, int samples, int levels)
    {
        Kind = kind;
        Samples = samples;
        Levels = levels;
    }

    /// <summary>Gets the kind of design.</summary>
    public StudyDesignKind Kind { get; }

    /// <summary>Gets the number of samples (Latin hypercube points, or Saltelli base samples N); 0 for a grid.</summary>
    public int Samples { get; }

    /// <summary>Gets the number of levels per parameter of a grid; 0 otherwise.</summary>
    public int Levels { get; }

    /// <summary>A full grid of <paramref name="levels"/> values per parameter, at probabilities 0, 1/(L−1), …, 1 (so each range's
    /// ends are included).</summary>
    /// <param name="levels">Values per parameter, 2 to 1000.</param>
    /// <returns>The design.</returns>
    public static StudyDesign Grid(int levels) =>
        levels is >= 2 and <= 1000 ? new(StudyDesignKind.Grid, 0, levels) : throw new ArgumentOutOfRangeException(nameof(levels), levels, $"a grid needs 2 to 1000 levels per parameter, but was given {levels}.");

    /// <summary>A Latin hypercube of <paramref name="samples"/> points.</summary>
    /// <param name="samples">The number of points, 2 or more.</param>
    /// <returns>The design.</returns>
    public static StudyDesign LatinHypercube(int samples) =>
        samples is >= 2 and <= (int)MaxPoints ? new(StudyDesignKind.LatinHypercube, samples, 0) : throw new ArgumentOutOfRangeException(nameof(samples), samples, $"a Latin hypercube needs 2 to {MaxPoints} samples, but was given {samples}.");

    /// <summary>Saltelli's scheme on <paramref name="samples"/> Sobol' base samples, a power of two (which keeps the Sobol'
    /// points balanced: every dyadic interval of each parameter holds its share).</summary>
    /// <param name="samples">N, a power of two from 4 to 2²⁰.</param>
    /// <returns>The design.</returns>
    public static StudyDesign Saltelli(int samples) =>
        samples is >= 4 and <= 1 << 20 && (samples & (samples - 1)) == 0
            ? new(StudyDesignKind.Saltelli, samples, 0)
            : throw new ArgumentOutOfRangeException(nameof(samples), samples, $"a saltelli design needs N a power of two from 4 to {1 << 20} (64, 128, 256, …), which keeps the Sobol' points balanced, but was given {samples}.");

    /// <summary>The number of points for <paramref name="dimensions"/> varied parameters (may exceed <see cref="MaxPoints"/>; the study checks).</summary>
    /// <param name="dimensions">The number of varied parameters.</param>
    /// <returns>The count.</returns>
    public double PointCount(int dimensions) => Kind switch
    {
        StudyDesignKind.Grid => Math.Pow(Levels, dimensions),
        StudyDesignKind.LatinHypercube => Samples,
        _ => (double)Samples * (dimensions + 2),
    };

    /// <summary>A short description such as "saltelli N = 64 (8 parameters: 640 points)".</summary>
    /// <returns>The text.</returns>
    public string Describe() => Kind switch
    {
        StudyDesignKind.Grid => $"grid of {Levels} levels per parameter",
        StudyDesignKind.LatinHypercube => $"latin hypercube of {Samples} samples",
        _ => $"saltelli on Sobol' points, N = {Samples} base samples",
    };

    /// <summary>The name of the kind in a study file.</summary>
    /// <returns><c>grid</c>, <c>latin_hypercube</c> or <c>saltelli</c>.</returns>
    public string KindName() => Kind switch
    {
        StudyDesignKind.Grid => "grid",
        StudyDesignKind.LatinHypercube => "latin_hypercube",
        _ => "saltelli",
    };
}
