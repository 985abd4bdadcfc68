using System.Runtime.InteropServices;

namespace IonSim.Benchmarks.Integration;

/// <summary>
/// The CPU time of the calling thread (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>), the clock the
/// side-by-side tables use on both sides: on a shared machine, time-slicing inflates wall-clock times
/// but not this. Best of repeats, at least 0.3 s of CPU and 3 repeats.
/// </summary>
internal static class ThreadClock
{
    private const int ThreadCpuTime = 3;
    private const double MinimumSeconds = 0.3;

    /// <summary>The best CPU time of <paramref name="action"/> over the repeats, µs.</summary>
    public static double BestMicroseconds(Action action)
    {
        double best = double.PositiveInfinity, spent = 0;
        for (int repeats = 0; repeats < 3 || spent < MinimumSeconds * 1e6; repeats++)
        {
            double start = NowMicroseconds();
            action();
            double elapsed = NowMicroseconds() - start;
            spent += elapsed;
            best = Math.Min(best, elapsed);
        }

        return best;
    }

    private static double NowMicroseconds()
    {
        clock_gettime(ThreadCpuTime, out Timespec now);
        return (now.Seconds * 1e6) + (now.Nanoseconds * 1e-3);
    }

    [DllImport("libc")]
    private static extern int clock_gettime(int clock, out Timespec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
