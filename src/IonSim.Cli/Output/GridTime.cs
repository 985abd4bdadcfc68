using System.Globalization;

namespace IonSim.Cli.Output;

/// <summary>Sample times as the grid means them: 3 × 0.1 ms is written 0.3, not 0.30000000000000004.</summary>
internal static class GridTime
{
    /// <summary>The double nearest the grid time's 15-significant-digit decimal, which prints in its shortest form.</summary>
    public static double Clean(double timeMs) =>
        double.IsFinite(timeMs) ? double.Parse(timeMs.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : timeMs;
}
