namespace IonSim.CellML;

/// <summary>Limits on what <see cref="CellMLReader"/> accepts. Immutable.</summary>
public sealed record CellMLReaderOptions
{
    /// <summary>Gets the largest file accepted, in bytes (and the largest document, in characters); at least 1. Default 16 MiB, far above any repository model.</summary>
    public long MaxBytes
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxBytes), value, $"{nameof(MaxBytes)} must be at least 1, but was {value}.");
    } = 16L * 1024 * 1024;

    /// <summary>Gets whether to interpret the expression trees rather than compile them (slower; for comparison). Default false.</summary>
    public bool Interpret { get; init; }

    /// <summary>Gets whether to evaluate through closures (<c>ClosureCompiler</c>) even where code can be generated at run time;
    /// where it cannot (Native AOT) closures are used anyway. For tests and benchmarks.</summary>
    internal bool Closures { get; init; }
}
