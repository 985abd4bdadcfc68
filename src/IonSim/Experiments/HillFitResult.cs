namespace IonSim.Experiments;

/// <summary>The result of <see cref="HillFit.Fit"/>: parameters of T = Tmax / (1 + 10^(n·(pCa − pCa50))) and their standard errors.</summary>
/// <param name="Pca50">pCa at half-maximal tension (−log10 of [Ca²⁺] in mol/L).</param>
/// <param name="Pca50StandardError">Standard error of <paramref name="Pca50"/>.</param>
/// <param name="HillCoefficient">The Hill coefficient n (steepness; positive when tension rises with [Ca²⁺]).</param>
/// <param name="HillCoefficientStandardError">Standard error of <paramref name="HillCoefficient"/>.</param>
/// <param name="MaxTension">Tmax, the asymptotic tension at saturating Ca²⁺, in the units of the data (fraction of maximal tension in IonSim).</param>
/// <param name="MaxTensionStandardError">Standard error of <paramref name="MaxTension"/>.</param>
/// <param name="PointCount">How many points were fitted.</param>
/// <param name="ResidualSumOfSquares">Sum of squared residuals at the optimum.</param>
public sealed record HillFitResult(
    double Pca50,
    double Pca50StandardError,
    double HillCoefficient,
    double HillCoefficientStandardError,
    double MaxTension,
    double MaxTensionStandardError,
    int PointCount,
    double ResidualSumOfSquares)
{
    /// <summary>Evaluates the fitted curve.</summary>
    /// <param name="pCa">pCa (−log10 of [Ca²⁺] in mol/L).</param>
    /// <returns>The tension the fit predicts.</returns>
    public double TensionAt(double pCa) => HillFit.Tension(pCa, Pca50, HillCoefficient, MaxTension);
}
