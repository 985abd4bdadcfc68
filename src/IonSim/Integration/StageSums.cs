using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace IonSim.Integration;

/// <summary>
/// The fused stage sums of an explicit Runge–Kutta step: dst = y + c1·k1 + c2·k2 + … in one pass,
/// added left to right as written (so the rounding is that of adding one stage at a time, whatever
/// the vector width). Whole 256-bit vectors where the state is long enough, then scalars.
/// </summary>
/// <remarks>
/// Below <see cref="MinVectorDimension"/> components everything is scalar: a vector load straight
/// after the right-hand side's scalar stores to the same few doubles cannot be forwarded from the
/// store buffer and stalls, which on a 3-component system cost more than the vector arithmetic saved.
/// </remarks>
internal static class StageSums
{
    /// <summary>The smallest dimension for which the sums use vectors (measured; see benchmarks/README.md).</summary>
    public const int MinVectorDimension = 8;

    private const int Lanes = 4;

    /// <summary>How many leading components the vector loops cover (a multiple of 4, or 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int VectorPart(int n) =>
        Vector256.IsHardwareAccelerated && n >= MinVectorDimension ? n & ~(Lanes - 1) : 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> L(ref double x, int i) => Vector256.LoadUnsafe(ref x, (nuint)i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double S(ref double x, int i) => Unsafe.Add(ref x, i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Sum(int n, ref double y, ref double dst, double c1, ref double k1)
    {
        int v = VectorPart(n), i = 0;
        for (; i < v; i += Lanes)
        {
            (L(ref y, i) + (c1 * L(ref k1, i))).StoreUnsafe(ref dst, (nuint)i);
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref dst, i) = S(ref y, i) + (c1 * S(ref k1, i));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Sum(int n, ref double y, ref double dst, double c1, ref double k1, double c2, ref double k2)
    {
        int v = VectorPart(n), i = 0;
        for (; i < v; i += Lanes)
        {
            (L(ref y, i) + (c1 * L(ref k1, i)) + (c2 * L(ref k2, i))).StoreUnsafe(ref dst, (nuint)i);
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref dst, i) = S(ref y, i) + (c1 * S(ref k1, i)) + (c2 * S(ref k2, i));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Sum(int n, ref double y, ref double dst, double c1, ref double k1, double c2, ref double k2, double c3, ref double k3)
    {
        int v = VectorPart(n), i = 0;
        for (; i < v; i += Lanes)
        {
            (L(ref y, i) + (c1 * L(ref k1, i)) + (c2 * L(ref k2, i)) + (c3 * L(ref k3, i))).StoreUnsafe(ref dst, (nuint)i);
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref dst, i) = S(ref y, i) + (c1 * S(ref k1, i)) + (c2 * S(ref k2, i)) + (c3 * S(ref k3, i));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Sum(
        int n, ref double y, ref double dst, double c1, ref double k1, double c2, ref double k2, double c3, ref double k3, double c4, ref double k4)
    {
        int v = VectorPart(n), i = 0;
        for (; i < v; i += Lanes)
        {
            (L(ref y, i) + (c1 * L(ref k1, i)) + (c2 * L(ref k2, i)) + (c3 * L(ref k3, i)) + (c4 * L(ref k4, i))).StoreUnsafe(ref dst, (nuint)i);
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref dst, i) = S(ref y, i) + (c1 * S(ref k1, i)) + (c2 * S(ref k2, i)) + (c3 * S(ref k3, i)) + (c4 * S(ref k4, i));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Sum(
        int n, ref double y, ref double dst, double c1, ref double k1, double c2, ref double k2, double c3, ref double k3, double c4, ref double k4,
        double c5, ref double k5)
    {
        int v = VectorPart(n), i = 0;
        for (; i < v; i += Lanes)
        {
            (L(ref y, i) + (c1 * L(ref k1, i)) + (c2 * L(ref k2, i)) + (c3 * L(ref k3, i)) + (c4 * L(ref k4, i)) + (c5 * L(ref k5, i)))
                .StoreUnsafe(ref dst, (nuint)i);
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref dst, i) = S(ref y, i) + (c1 * S(ref k1, i)) + (c2 * S(ref k2, i)) + (c3 * S(ref k3, i)) + (c4 * S(ref k4, i)) + (c5 * S(ref k5, i));
        }
    }

    /// <summary>
    /// The new state dst = y + c1·k1 + … + c5·k5 (as <see cref="Sum(int, ref double, ref double, double, ref double, double, ref double, double, ref double, double, ref double, double, ref double)"/>)
    /// and the reciprocal of each component's error scale, 1 / (atol_i + rtol·max(|y_i|, |dst_i|)): formed here, while the
    /// last stage is evaluated, so that the error norm after it multiplies instead of divides.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SumAndInverseScale(
        int n, ref double y, ref double dst, double c1, ref double k1, double c2, ref double k2, double c3, ref double k3, double c4, ref double k4,
        double c5, ref double k5, ref double atol, double rtol, ref double inverseScale)
    {
        int v = VectorPart(n), i = 0;
        if (v > 0)
        {
            var vr = Vector256.Create(rtol);
            for (; i < v; i += Lanes)
            {
                Vector256<double> a = L(ref y, i);
                Vector256<double> b = a + (c1 * L(ref k1, i)) + (c2 * L(ref k2, i)) + (c3 * L(ref k3, i)) + (c4 * L(ref k4, i)) + (c5 * L(ref k5, i));
                b.StoreUnsafe(ref dst, (nuint)i);
                (Vector256<double>.One / (L(ref atol, i) + (vr * Vector256.MaxNative(Vector256.Abs(a), Vector256.Abs(b))))).StoreUnsafe(ref inverseScale, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            double a = S(ref y, i);
            double b = a + (c1 * S(ref k1, i)) + (c2 * S(ref k2, i)) + (c3 * S(ref k3, i)) + (c4 * S(ref k4, i)) + (c5 * S(ref k5, i));
            Unsafe.Add(ref dst, i) = b;
            double a0 = Math.Abs(a), a1 = Math.Abs(b);
            Unsafe.Add(ref inverseScale, i) = 1.0 / (S(ref atol, i) + (rtol * (a0 > a1 ? a0 : a1)));
        }
    }

    /// <summary>
    /// The RMS norm of the error e = c1·k1 + … + c6·k6 times the reciprocal scales of
    /// <see cref="SumAndInverseScale"/>; NaN when a component of y1 is not finite (y1 − y1 is 0 for every finite value).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ErrorNorm(
        int n, ref double y1, ref double inverseScale, double inverseN,
        double c1, ref double k1, double c2, ref double k2, double c3, ref double k3, double c4, ref double k4, double c5, ref double k5, double c6, ref double k6)
    {
        int v = VectorPart(n), i = 0;
        double sum = 0.0, finite = 0.0;
        if (v > 0)
        {
            Vector256<double> vs = Vector256<double>.Zero, vf = Vector256<double>.Zero;
            for (; i < v; i += Lanes)
            {
                Vector256<double> e = (c1 * L(ref k1, i)) + (c2 * L(ref k2, i)) + (c3 * L(ref k3, i)) + (c4 * L(ref k4, i)) + (c5 * L(ref k5, i)) + (c6 * L(ref k6, i));
                Vector256<double> b = L(ref y1, i);
                Vector256<double> r = e * L(ref inverseScale, i);
                vs += r * r;
                vf += b - b;
            }

            sum = Vector256.Sum(vs);
            finite = Vector256.Sum(vf);
        }

        for (; i < n; i++)
        {
            double e = (c1 * S(ref k1, i)) + (c2 * S(ref k2, i)) + (c3 * S(ref k3, i)) + (c4 * S(ref k4, i)) + (c5 * S(ref k5, i)) + (c6 * S(ref k6, i));
            double b = S(ref y1, i);
            double r = e * S(ref inverseScale, i);
            sum += r * r;
            finite += b - b;
        }

        return Math.Sqrt(sum * inverseN) + finite;
    }
}
