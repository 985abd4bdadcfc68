namespace IonSim.Tests.Integration;

/// <summary>Bytes a solve allocates, for the tests that hold the step loops allocation-free.</summary>
internal static class Allocation
{
    /// <summary>
    /// The least of three measurements after a warm-up: a one-off allocation by the runtime (tiered compilation
    /// swapping code in under load) can only add bytes, while an allocating step loop adds them to every run, so
    /// the minimum still catches it.
    /// </summary>
    public static long By(Action action)
    {
        action();
        long least = long.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            action();
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }
}
