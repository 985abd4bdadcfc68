using System.Numerics;
using System.Runtime.InteropServices;

namespace IonSim.Integration;

/// <summary>
/// The continuous extension of one step, stored as five coefficient vectors in Hairer's form
/// (<c>rcont1..5</c>): y(θ) = r1 + θ(r2 + (1−θ)(r3 + θ(r4 + (1−θ)r5))). Each step method fills them
/// (<see cref="IStepMethod{TSelf}.BuildDense"/>); the one routine that evaluates them serves event
/// location, output at requested times, observers and the stored dense solution alike.
/// </summary>
internal static class DenseStep
{
    public const int CoefficientsPerComponent = 5;

    /// <summary>Evaluates the extension at <paramref name="t"/> in [t0, t1].</summary>
    /// <remarks>SIMD across components where the hardware has it: the same operations in the same order per lane, so the same bits as <see cref="Component"/>.</remarks>
    public static void Evaluate(ReadOnlySpan<double> coefficients, double t0, double t1, double t, Span<double> y)
    {
        double theta = Theta(t0, t1, t);
        int n = y.Length, i = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count && coefficients.Length >= CoefficientsPerComponent * n)
        {
            ref double c = ref MemoryMarshal.GetReference(coefficients);
            ref double d = ref MemoryMarshal.GetReference(y);
            var th = new Vector<double>(theta);
            var th1 = new Vector<double>(1.0 - theta);
            for (; i <= n - Vector<double>.Count; i += Vector<double>.Count)
            {
                Vector<double> r1 = Vector.LoadUnsafe(ref c, (nuint)i), r2 = Vector.LoadUnsafe(ref c, (nuint)(n + i));
                Vector<double> r3 = Vector.LoadUnsafe(ref c, (nuint)((2 * n) + i)), r4 = Vector.LoadUnsafe(ref c, (nuint)((3 * n) + i));
                Vector<double> r5 = Vector.LoadUnsafe(ref c, (nuint)((4 * n) + i));
                (r1 + (th * (r2 + (th1 * (r3 + (th * (r4 + (th1 * r5)))))))).StoreUnsafe(ref d, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            y[i] = Component(coefficients, n, i, theta);
        }
    }

    /// <summary>Evaluates one component of the extension at <paramref name="t"/>.</summary>
    public static double Evaluate(ReadOnlySpan<double> coefficients, int n, double t0, double t1, double t, int component) =>
        Component(coefficients, n, component, Theta(t0, t1, t));

    private static double Theta(double t0, double t1, double t) => t1 == t0 ? 1.0 : (t - t0) / (t1 - t0);

    private static double Component(ReadOnlySpan<double> c, int n, int i, double theta)
    {
        double theta1 = 1.0 - theta;
        return c[i] + theta * (c[n + i] + theta1 * (c[2 * n + i] + theta * (c[3 * n + i] + theta1 * c[4 * n + i])));
    }
}
