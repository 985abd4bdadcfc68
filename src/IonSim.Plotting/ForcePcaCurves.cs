using System.Globalization;
using IonSim.Experiments;

namespace IonSim.Plotting;

/// <summary>A force–pCa sweep as it is drawn and tabulated, by <c>ionsim sweep pca</c> and the web lab alike: per Mg²⁺
/// level the simulated points and their Hill fit.</summary>
public static class ForcePcaCurves
{
    /// <summary>Points on which a Hill fit is drawn across the swept pCa range, so that it reads as a smooth curve.</summary>
    public const int FitPoints = 121;

    /// <summary>The curves to draw: for each level, its simulated points, then its Hill fit (a dashed line in the same colour).</summary>
    /// <param name="curves">The library's force–pCa curves.</param>
    /// <returns>Two curves per level, in the levels' order.</returns>
    public static IReadOnlyList<SweepCurve> Drawn(IReadOnlyList<ForcePcaCurve> curves)
    {
        ArgumentNullException.ThrowIfNull(curves);
        var drawn = new List<SweepCurve>(2 * curves.Count);
        foreach (ForcePcaCurve curve in curves)
        {
            double first = curve.Pca[0], last = curve.Pca[^1];
            double[] fine = [.. Enumerable.Range(0, FitPoints).Select(i => first + ((last - first) * i / (FitPoints - 1)))];
            drawn.Add(new SweepCurve($"Mg²⁺ {Number(curve.FreeMagnesiumMillimolar)} mM", curve.Pca, curve.Tension));
            drawn.Add(new SweepCurve(
                FormattableString.Invariant($"Hill fit: pCa50 {curve.Fit.Pca50:0.00}, nH {curve.Fit.HillCoefficient:0.0}"), fine, [.. fine.Select(curve.Fit.TensionAt)], IsFit: true));
        }

        return drawn;
    }

    /// <summary>The table's columns after "pCa": per level, tension_mg_{level}mM (simulated) and hill_fit_mg_{level}mM
    /// (the fit at the same pCa values); a level of 0.25 mM is written 0_25.</summary>
    /// <param name="curves">The library's force–pCa curves, all at the same pCa values.</param>
    /// <returns>The columns by name, in the levels' order.</returns>
    public static IReadOnlyList<KeyValuePair<string, IReadOnlyList<double>>> Columns(IReadOnlyList<ForcePcaCurve> curves)
    {
        ArgumentNullException.ThrowIfNull(curves);
        var columns = new List<KeyValuePair<string, IReadOnlyList<double>>>(2 * curves.Count);
        foreach (ForcePcaCurve curve in curves)
        {
            string key = "mg_" + Number(curve.FreeMagnesiumMillimolar).Replace('.', '_') + "mM";
            columns.Add(new($"tension_{key}", curve.Tension));
            columns.Add(new($"hill_fit_{key}", [.. curve.Pca.Select(curve.Fit.TensionAt)]));
        }

        return columns;
    }

    /// <summary>One line per level with its fit and standard errors, as the tool prints it.</summary>
    /// <param name="curve">A library force–pCa curve.</param>
    /// <returns>For example "Mg²⁺ 1 mM: pCa50 = 5.912 ± 0.004, Hill coefficient = 3.10 ± 0.08".</returns>
    public static string FitSummary(ForcePcaCurve curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        HillFitResult fit = curve.Fit;
        return FormattableString.Invariant(
            $"Mg²⁺ {Number(curve.FreeMagnesiumMillimolar)} mM: pCa50 = {fit.Pca50:0.000} ± {fit.Pca50StandardError:0.000}, Hill coefficient = {fit.HillCoefficient:0.00} ± {fit.HillCoefficientStandardError:0.00}");
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
