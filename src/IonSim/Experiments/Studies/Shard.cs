using System.Globalization;

namespace IonSim.Experiments.Studies;

/// <summary>Shard K of N: the points whose index leaves remainder K − 1 when divided by N. Interleaving (rather than cutting the
/// list into blocks) gives every shard the same mix of cheap and costly points.</summary>
public sealed record Shard
{
    /// <summary>The most shards a study may be cut into.</summary>
    public const int MaxCount = 100_000;

    /// <summary>Shard <paramref name="index"/> of <paramref name="count"/>.</summary>
    /// <param name="index">K, from 1 to <paramref name="count"/>.</param>
    /// <param name="count">N, from 1 to <see cref="MaxCount"/>.</param>
    public Shard(int index, int count)
    {
        if (count is < 1 or > MaxCount || index < 1 || index > count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), FormattableString.Invariant($"a shard is K/N with N from 1 to {MaxCount} and K from 1 to N, but was {index}/{count}."));
        }

        Index = index;
        Count = count;
    }

    /// <summary>Gets K, 1-based.</summary>
    public int Index { get; }

    /// <summary>Gets N.</summary>
    public int Count { get; }

    /// <summary>The whole study as one shard.</summary>
    public static Shard All { get; } = new(1, 1);

    /// <summary>Reads "K/N", such as "3/8".</summary>
    /// <param name="text">The text.</param>
    /// <returns>The shard.</returns>
    /// <exception cref="FormatException">Not two whole numbers K/N with 1 ≤ K ≤ N; the message says what is allowed.</exception>
    public static Shard Parse(string text)
    {
        string[] parts = (text ?? "").Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            && n is >= 1 and <= MaxCount && k >= 1 && k <= n)
        {
            return new Shard(k, n);
        }

        throw new FormatException($"a shard is K/N, two whole numbers with 1 ≤ K ≤ N ≤ {MaxCount} (the first of 4 is 1/4)");
    }

    /// <summary>Whether point <paramref name="index"/> belongs to this shard.</summary>
    /// <param name="index">The point.</param>
    /// <returns>True if it does.</returns>
    public bool Contains(long index) => index % Count == Index - 1;

    /// <summary>This shard's points of a study of <paramref name="pointCount"/> points, in increasing order.</summary>
    /// <param name="pointCount">The study's number of points.</param>
    /// <returns>The indices.</returns>
    public IEnumerable<long> Points(long pointCount)
    {
        for (long i = Index - 1; i < pointCount; i += Count)
        {
            yield return i;
        }
    }

    /// <summary>How many points this shard has.</summary>
    /// <param name="pointCount">The study's number of points.</param>
    /// <returns>The count.</returns>
    public long PointCount(long pointCount) => pointCount < Index ? 0 : ((pointCount - Index) / Count) + 1;

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"{Index}/{Count}");
}
