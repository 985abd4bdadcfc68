using IonSim.Internal;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace IonSim.Experiments;

/// <summary>
/// Fits the Hill equation T = Tmax / (1 + 10^(n·(pCa − pCa50))) to force–pCa points with MathNet's
/// Levenberg–Marquardt minimizer and an analytic Jacobian.
/// </summary>
/// <remarks>
/// Levenberg–Marquardt rather than a simplex fit: it converges on noise-free model output, where a
/// relative-change stopping rule never triggers because the residuals go to zero.
/// </remarks>
public static class HillFit
{
    /// <summary>The fewest points accepted: three parameters plus one degree of freedom for the standard errors.</summary>
    public const int MinimumPointCount = 4;

    /// <summary>The Hill equation.</summary>
    /// <param name="pCa">pCa.</param>
    /// <param name="pCa50">pCa at half-maximal tension.</param>
    /// <param name="hillCoefficient">Hill coefficient n.</param>
    /// <param name="maxTension">Tmax.</param>
    /// <returns>Tmax / (1 + 10^(n·(pCa − pCa50))).</returns>
    public static double Tension(double pCa, double pCa50, double hillCoefficient, double maxTension) =>
        maxTension / (1 + Math.Pow(10, hillCoefficient * (pCa - pCa50)));

    /// <summary>Fits the Hill equation to (pCa, tension) points.</summary>
    /// <param name="pCa">pCa of each point (−log10 of [Ca²⁺] in mol/L); finite.</param>
    /// <param name="tension">Steady-state tension of each point; finite, not all zero.</param>
    /// <returns>The fitted parameters and their standard errors.</returns>
    /// <exception cref="ArgumentException">Lengths differ, fewer than <see cref="MinimumPointCount"/> points or fewer than three distinct pCa values, a non-finite value (named by index), or no positive tension.</exception>
    /// <exception cref="InvalidOperationException">The minimizer did not converge to finite parameters.</exception>
    public static HillFitResult Fit(IReadOnlyList<double> pCa, IReadOnlyList<double> tension)
    {
        ArgumentNullException.ThrowIfNull(pCa);
        ArgumentNullException.ThrowIfNull(tension);
        if (pCa.Count != tension.Count)
        {
            throw new ArgumentException($"pCa and tension must have the same length, but had {pCa.Count} and {tension.Count}.", nameof(tension));
        }

        Preconditions.AtLeastCount(pCa, MinimumPointCount, nameof(pCa));
        for (int i = 0; i < pCa.Count; i++)
        {
            Preconditions.Finite(pCa[i], $"pCa[{i}]");
            Preconditions.Finite(tension[i], $"tension[{i}]");
        }

        if (pCa.Distinct().Count() < 3)
        {
            throw new ArgumentException("pCa must contain at least 3 distinct values to determine pCa50, n and Tmax.", nameof(pCa));
        }

        double maxObserved = tension.Max();
        if (!(maxObserved > 0))
        {
            throw new ArgumentException("tension must contain a positive value; a curve that never develops tension has no pCa50.", nameof(tension));
        }

        var x = Vector<double>.Build.DenseOfEnumerable(pCa);
        var y = Vector<double>.Build.DenseOfEnumerable(tension);
        var model = ObjectiveFunction.NonlinearModel(Evaluate, Jacobian, x, y);
        var start = Vector<double>.Build.Dense([InitialPca50(pCa, tension, maxObserved), 2.0, maxObserved]);
        var result = new LevenbergMarquardtMinimizer(maximumIterations: 10_000).FindMinimum(model, start);

        var p = result.MinimizingPoint;
        if (!p.All(double.IsFinite))
        {
            throw new InvalidOperationException($"The Hill fit did not converge ({result.ReasonForExit}); check that the points span the rise of the curve.");
        }

        var se = result.StandardErrors;
        double rss = 0;
        for (int i = 0; i < pCa.Count; i++)
        {
            double r = tension[i] - Tension(pCa[i], p[0], p[1], p[2]);
            rss += r * r;
        }

        return new HillFitResult(p[0], se[0], p[1], se[1], p[2], se[2], pCa.Count, rss);
    }

    private static Vector<double> Evaluate(Vector<double> p, Vector<double> x) =>
        x.Map(pCa => Tension(pCa, p[0], p[1], p[2]));

    // Partial derivatives of Tmax / (1 + u), u = 10^(n (pCa - pCa50)), with respect to pCa50, n and Tmax.
    private static Matrix<double> Jacobian(Vector<double> p, Vector<double> x)
    {
        double pCa50 = p[0], n = p[1], tMax = p[2];
        var j = Matrix<double>.Build.Dense(x.Count, 3);
        for (int i = 0; i < x.Count; i++)
        {
            double u = Math.Pow(10, n * (x[i] - pCa50));
            double denominator = 1 + u;
            double common = tMax * u * Math.Log(10) / (denominator * denominator);
            j[i, 0] = common * n;
            j[i, 1] = -common * (x[i] - pCa50);
            j[i, 2] = 1 / denominator;
        }

        return j;
    }

    // Start where tension crosses half of its largest observed value, so the minimizer begins on the rise.
    private static double InitialPca50(IReadOnlyList<double> pCa, IReadOnlyList<double> tension, double maxObserved)
    {
        int best = 0;
        for (int i = 1; i < pCa.Count; i++)
        {
            if (Math.Abs(tension[i] - (0.5 * maxObserved)) < Math.Abs(tension[best] - (0.5 * maxObserved)))
            {
                best = i;
            }
        }

        return pCa[best];
    }
}
