using System.Numerics;
using System.Runtime.InteropServices;

namespace IonSim.Integration;

/// <summary>The few vector kernels the stepper needs, SIMD where the hardware has it.</summary>
internal static class VectorMath
{
    /// <summary>y += a·x.</summary>
    public static void Axpy(Span<double> y, double a, ReadOnlySpan<double> x)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && y.Length >= Vector<double>.Count)
        {
            var va = new Vector<double>(a);
            Span<Vector<double>> vy = MemoryMarshal.Cast<double, Vector<double>>(y);
            ReadOnlySpan<Vector<double>> vx = MemoryMarshal.Cast<double, Vector<double>>(x[..y.Length]);
            for (int v = 0; v < vy.Length; v++)
            {
                vy[v] += va * vx[v];
            }

            i = vy.Length * Vector<double>.Count;
        }

        for (; i < y.Length; i++)
        {
            y[i] += a * x[i];
        }
    }
}
