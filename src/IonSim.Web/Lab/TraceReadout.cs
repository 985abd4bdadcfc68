using System.Globalization;
using IonSim.Plotting;

namespace IonSim.Web.Lab;

/// <summary>The values of each curve at one time, as a line of text under a trace figure.</summary>
internal static class TraceReadout
{
    public static string At(IReadOnlyList<ScenarioCurves> scenarios, double timeMs)
    {
        var parts = new List<string> { string.Create(CultureInfo.InvariantCulture, $"t = {timeMs:0.0} ms") };
        foreach (ScenarioCurves s in scenarios)
        {
            int i = Nearest(s.TimeMs, timeMs);
            parts.Add(string.Create(CultureInfo.InvariantCulture,
                $"{s.Name} (Mg²⁺ {s.FreeMagnesiumMillimolar:0.###} mM): tension {s.Tension[i]:0.000}, free Ca²⁺ {s.FreeCalciumMicromolar[i]:0.000} µM"));
        }

        return string.Join(" · ", parts);
    }

    /// <summary>Index of the sample nearest to a time (the time grid is increasing).</summary>
    public static int Nearest(IReadOnlyList<double> timeMs, double t)
    {
        int lo = 0, hi = timeMs.Count - 1;
        while (hi - lo > 1)
        {
            int mid = (lo + hi) / 2;
            if (timeMs[mid] <= t) { lo = mid; } else { hi = mid; }
        }

        return Math.Abs(timeMs[hi] - t) < Math.Abs(timeMs[lo] - t) ? hi : lo;
    }
}
