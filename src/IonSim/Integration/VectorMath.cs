using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace IonSim.Integration;

/// <summary>Small vector helpers of the driver.</summary>
internal static class VectorMath
{
    /// <summary>Copies a short vector element by element (for a handful of doubles a call to memmove costs more).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Copy(ReadOnlySpan<double> source, Span<double> destination)
    {
        ref double s = ref MemoryMarshal.GetReference(source);
        ref double d = ref MemoryMarshal.GetReference(destination);
        int n = Math.Min(source.Length, destination.Length);
        for (int i = 0; i < n; i++)
        {
            Unsafe.Add(ref d, i) = Unsafe.Add(ref s, i);
        }
    }
}
