using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace IonSim.Integration;

/// <summary>
/// The linear combinations of Rodas5P's stage increments (stored one after the other, n each): stage
/// arguments, the coupling terms, the new state and the dense coefficients, each in one pass over the
/// components, four at a time where the hardware has 256-bit vectors and the state is long enough
/// (<see cref="StageSums.MinVectorDimension"/>: below it a vector load of an increment the right-hand
/// side has just written element by element stalls). Every component gets the same additions in the
/// same order as adding one increment at a time, so the rounding is that of the one-at-a-time loops
/// whatever the vector width.
/// </summary>
internal static class StageCombination
{
    private const int Lanes = 4;

    /// <summary>
    /// result = start + Σ_j c[j]·u_j, added in order of j; terms with a zero coefficient are skipped, so an
    /// increment not yet formed in this attempt cannot leak a NaN. An empty <paramref name="start"/> is +0.
    /// </summary>
    public static void Sum(int n, ReadOnlySpan<double> start, ReadOnlySpan<double> c, ReadOnlySpan<double> increments, Span<double> result)
    {
        ref double u = ref MemoryMarshal.GetReference(increments[..(c.Length * n)]);
        ref double r = ref MemoryMarshal.GetReference(result[..n]);
        bool fromZero = start.IsEmpty;
        ref double y = ref fromZero ? ref r : ref MemoryMarshal.GetReference(start[..n]);
        int i = 0;
        if (Vector256.IsHardwareAccelerated && n >= StageSums.MinVectorDimension)
        {
            for (; i <= n - Lanes; i += Lanes)
            {
                Vector256<double> acc = fromZero ? Vector256<double>.Zero : Vector256.LoadUnsafe(ref y, (nuint)i);
                for (int j = 0; j < c.Length; j++)
                {
                    if (c[j] != 0.0)
                    {
                        acc += Vector256.Create(c[j]) * Vector256.LoadUnsafe(ref u, (nuint)((j * n) + i));
                    }
                }

                acc.StoreUnsafe(ref r, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            double acc = fromZero ? 0.0 : Unsafe.Add(ref y, i);
            for (int j = 0; j < c.Length; j++)
            {
                if (c[j] != 0.0)
                {
                    acc += c[j] * Unsafe.Add(ref u, (j * n) + i);
                }
            }

            Unsafe.Add(ref r, i) = acc;
        }
    }

    /// <summary>
    /// target += Σ_j c[j]·u_j (every term, in order of j), then + <paramref name="last"/>·<paramref name="lastVector"/>
    /// when that vector is given: the right-hand side of a Rosenbrock stage after its evaluation of f.
    /// </summary>
    public static void AddTo(int n, Span<double> target, ReadOnlySpan<double> c, ReadOnlySpan<double> increments, double last, double[]? lastVector)
    {
        ref double u = ref MemoryMarshal.GetReference(increments[..(c.Length * n)]);
        ref double r = ref MemoryMarshal.GetReference(target[..n]);
        bool withLast = lastVector is not null;
        ref double v = ref withLast ? ref MemoryMarshal.GetReference(lastVector.AsSpan(0, n)) : ref r;
        int i = 0;
        if (Vector256.IsHardwareAccelerated && n >= StageSums.MinVectorDimension)
        {
            for (; i <= n - Lanes; i += Lanes)
            {
                Vector256<double> acc = Vector256.LoadUnsafe(ref r, (nuint)i);
                for (int j = 0; j < c.Length; j++)
                {
                    acc += Vector256.Create(c[j]) * Vector256.LoadUnsafe(ref u, (nuint)((j * n) + i));
                }

                if (withLast)
                {
                    acc += Vector256.Create(last) * Vector256.LoadUnsafe(ref v, (nuint)i);
                }

                acc.StoreUnsafe(ref r, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            double acc = Unsafe.Add(ref r, i);
            for (int j = 0; j < c.Length; j++)
            {
                acc += c[j] * Unsafe.Add(ref u, (j * n) + i);
            }

            if (withLast)
            {
                acc += last * Unsafe.Add(ref v, i);
            }

            Unsafe.Add(ref r, i) = acc;
        }
    }
}
