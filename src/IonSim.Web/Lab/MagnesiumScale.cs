using System.Globalization;

namespace IonSim.Web.Lab;

/// <summary>The logarithmic free-Mg²⁺ slider: positions 0–1000 map onto 0.05–3 mM, values kept to three significant digits.</summary>
internal static class MagnesiumScale
{
    public const double MinimumMillimolar = 0.05;
    public const double MaximumMillimolar = 3;
    public const int Steps = 1000;

    public static double FromPosition(int position) =>
        Round(MinimumMillimolar * Math.Pow(MaximumMillimolar / MinimumMillimolar, Math.Clamp(position, 0, Steps) / (double)Steps));

    public static int ToPosition(double millimolar) =>
        (int)Math.Round(Steps * Math.Log(Math.Clamp(millimolar, MinimumMillimolar, MaximumMillimolar) / MinimumMillimolar) / Math.Log(MaximumMillimolar / MinimumMillimolar));

    /// <summary>Three significant digits, so the address and the command line carry the exact value simulated.</summary>
    public static double Round(double millimolar) => double.Parse(millimolar.ToString("G3", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
