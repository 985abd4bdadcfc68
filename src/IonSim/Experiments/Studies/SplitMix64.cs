namespace IonSim.Experiments.Studies;

/// <summary>
/// A small seeded random generator whose sequence is fixed by its algorithm, not by the runtime, so a study's
/// Latin hypercube, Sobol' shift and bootstrap are the same on every machine and .NET version.
/// </summary>
/// <remarks>SplitMix64 (Steele, Lea &amp; Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014):
/// a 64-bit counter advanced by the golden-ratio increment and passed through a bijective mixing function.
/// Not thread-safe; each use makes its own.</remarks>
internal sealed class SplitMix64(ulong seed)
{
    private ulong state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform number in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform whole number in [0, <paramref name="count"/>), without modulo bias (Lemire's method would do; rejection is simpler).</summary>
    public int NextInt(int count)
    {
        ulong bound = (ulong)count;
        ulong limit = ulong.MaxValue - (ulong.MaxValue % bound);
        ulong x;
        do
        {
            x = Next();
        }
        while (x >= limit);
        return (int)(x % bound);
    }

    /// <summary>A generator for one named purpose of a study (design, shift, bootstrap), so that adding one use never moves another's numbers.</summary>
    public static SplitMix64 For(long seed, ulong purpose) => new(unchecked(((ulong)seed * 0xD1B54A32D192ED03UL) ^ purpose));
}
