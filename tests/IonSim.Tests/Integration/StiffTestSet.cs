using IonSim.Integration;

namespace IonSim.Tests.Integration;

/// <summary>
/// One problem of the standard stiff test set: the system (with its analytic Jacobian), the interval,
/// the initial state, the absolute tolerance scale the literature uses for it, and a reference solution
/// at the end of the interval.
/// </summary>
/// <param name="Name">Short name, as in the test set.</param>
/// <param name="System">The right-hand side, implementing <see cref="IJacobianSystem"/>.</param>
/// <param name="TEnd">The end of the interval (the start is 0).</param>
/// <param name="Start">The initial state.</param>
/// <param name="AbsoluteToleranceFactor">atol = rtol × this, per the test set's convention for the problem.</param>
/// <param name="Reference">The solution at <paramref name="TEnd"/>.</param>
/// <param name="ErrorFloor">Components whose reference is smaller than this in magnitude count their error
/// against it rather than against themselves (y1 of E5 is 10⁻²⁹¹).</param>
internal sealed record StiffProblem(string Name, IJacobianSystem System, double TEnd, double[] Start, double AbsoluteToleranceFactor, double[] Reference, double ErrorFloor)
{
    /// <summary>
    /// Significant correct digits at the end (the test set's <c>scd</c>): −log10 of the largest error of a
    /// component relative to its reference value (or to <see cref="ErrorFloor"/>, for tiny components).
    /// </summary>
    public double CorrectDigits(ReadOnlySpan<double> y)
    {
        double floor = ErrorFloor;
        double worst = 0.0;
        for (int i = 0; i < Reference.Length; i++)
        {
            double scale = Math.Max(Math.Abs(Reference[i]), floor);
            if (scale == 0.0)
            {
                continue;
            }

            worst = Math.Max(worst, Math.Abs(y[i] - Reference[i]) / scale);
        }

        return worst == 0.0 ? 16.0 : -Math.Log10(worst);
    }
}

/// <summary>
/// The stiff problems of Hairer &amp; Wanner, <i>Solving ODEs II</i> (§IV.10) and the IVP test set of
/// Mazzia &amp; Magherini (Bari, release 2.4, 2008). ROBER, HIRES, OREGO and E5 carry the test set's
/// reference values at the end of the interval. VDPOL (Hairer's scaled form, ε = 10⁻⁶, y0 = (2, −0.66))
/// carries our own: CVODE at rtol = 10⁻¹³ and Rodas5P at 10⁻¹³ agree on it to 11 digits
/// (<c>benchmarks/cvode/run.sh 1e-13</c> prints both). E5's y2 and y3 (≈ 10⁻²²) are known only to
/// about 10⁻²⁵ absolute, the reference's own y2 − y3 − y4 (zero in exact arithmetic), so E5 measures
/// errors below 10⁻²⁴ against that floor.
/// </summary>
internal static class StiffTestSet
{
    public static readonly StiffProblem Robertson = new(
        "ROBER", new RobertsonSystem(), 1e11, [1.0, 0.0, 0.0], 1e-4,
        [0.2083340149701255e-07, 0.8333360770334713e-13, 0.9999999791665050], 1e-8);

    public static readonly StiffProblem VanDerPol = new(
        "VDPOL", new VanDerPolSystem(1e-6), 2.0, [2.0, -0.66], 1.0,
        [1.7061674375329317, -0.8928100165620907], 0.0);

    public static readonly StiffProblem Hires = new(
        "HIRES", new HiresSystem(), 321.8122, [1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0057], 1e-4,
        [
            0.7371312573325668e-3, 0.1442485726316185e-3, 0.5888729740967575e-4, 0.1175651343283149e-2,
            0.2386356198831331e-2, 0.6238968252742796e-2, 0.2849998395185769e-2, 0.2850001604814231e-2,
        ], 0.0);

    public static readonly StiffProblem Orego = new(
        "OREGO", new OregonatorSystem(), 360.0, [1.0, 2.0, 3.0], 1.0,
        [0.1000814870318523e1, 0.1228178521549917e4, 0.1320554942846706e3], 0.0);

    public static readonly StiffProblem E5 = new(
        "E5", new E5System(), 1e13, [1.76e-3, 0.0, 0.0, 0.0], 1e-20,
        [0.1152903278711829e-290, 0.8867655517642120e-22, 0.8854814626268838e-22, 0.0], 1e-24);

    public static IReadOnlyList<StiffProblem> All { get; } = [Robertson, VanDerPol, Hires, Orego, E5];
}

/// <summary>Robertson's autocatalytic reaction (ROBER): y1 + y2 + y3 = 1 is conserved.</summary>
internal sealed class RobertsonSystem : IJacobianSystem
{
    public int Dimension => 3;

    public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        double slow = 0.04 * y[0], coupled = 1e4 * y[1] * y[2], fast = 3e7 * y[1] * y[1];
        dydt[0] = -slow + coupled;
        dydt[1] = slow - coupled - fast;
        dydt[2] = fast;
    }

    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> dfdy, Span<double> dfdt)
    {
        dfdy[0] = -0.04;
        dfdy[1] = 1e4 * y[2];
        dfdy[2] = 1e4 * y[1];
        dfdy[3] = 0.04;
        dfdy[4] = -1e4 * y[2] - 6e7 * y[1];
        dfdy[5] = -1e4 * y[1];
        dfdy[7] = 6e7 * y[1];
    }
}

/// <summary>Van der Pol's equation in Hairer's scaled form (VDPOL): y1' = y2, ε·y2' = (1 − y1²)·y2 − y1.</summary>
internal sealed class VanDerPolSystem(double epsilon) : IJacobianSystem
{
    public int Dimension => 2;

    public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        dydt[0] = y[1];
        dydt[1] = ((1.0 - y[0] * y[0]) * y[1] - y[0]) / epsilon;
    }

    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> dfdy, Span<double> dfdt)
    {
        dfdy[1] = 1.0;
        dfdy[2] = (-2.0 * y[0] * y[1] - 1.0) / epsilon;
        dfdy[3] = (1.0 - y[0] * y[0]) / epsilon;
    }
}

/// <summary>HIRES: eight reactions of plant growth under light (Schäfer 1975), as in the IVP test set.</summary>
internal sealed class HiresSystem : IJacobianSystem
{
    public int Dimension => 8;

    public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        double r = 280.0 * y[5] * y[7];
        dydt[0] = -1.71 * y[0] + 0.43 * y[1] + 8.32 * y[2] + 0.0007;
        dydt[1] = 1.71 * y[0] - 8.75 * y[1];
        dydt[2] = -10.03 * y[2] + 0.43 * y[3] + 0.035 * y[4];
        dydt[3] = 8.32 * y[1] + 1.71 * y[2] - 1.12 * y[3];
        dydt[4] = -1.745 * y[4] + 0.43 * y[5] + 0.43 * y[6];
        dydt[5] = -r + 0.69 * y[3] + 1.71 * y[4] - 0.43 * y[5] + 0.69 * y[6];
        dydt[6] = r - 1.81 * y[6];
        dydt[7] = -r + 1.81 * y[6];
    }

    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> dfdy, Span<double> dfdt)
    {
        const int n = 8;
        dfdy[0 * n + 0] = -1.71;
        dfdy[0 * n + 1] = 0.43;
        dfdy[0 * n + 2] = 8.32;
        dfdy[1 * n + 0] = 1.71;
        dfdy[1 * n + 1] = -8.75;
        dfdy[2 * n + 2] = -10.03;
        dfdy[2 * n + 3] = 0.43;
        dfdy[2 * n + 4] = 0.035;
        dfdy[3 * n + 1] = 8.32;
        dfdy[3 * n + 2] = 1.71;
        dfdy[3 * n + 3] = -1.12;
        dfdy[4 * n + 4] = -1.745;
        dfdy[4 * n + 5] = 0.43;
        dfdy[4 * n + 6] = 0.43;
        dfdy[5 * n + 3] = 0.69;
        dfdy[5 * n + 4] = 1.71;
        dfdy[5 * n + 5] = -0.43 - 280.0 * y[7];
        dfdy[5 * n + 6] = 0.69;
        dfdy[5 * n + 7] = -280.0 * y[5];
        dfdy[6 * n + 5] = 280.0 * y[7];
        dfdy[6 * n + 6] = -1.81;
        dfdy[6 * n + 7] = 280.0 * y[5];
        dfdy[7 * n + 5] = -280.0 * y[7];
        dfdy[7 * n + 6] = 1.81;
        dfdy[7 * n + 7] = -280.0 * y[5];
    }
}

/// <summary>The Oregonator (OREGO): Field &amp; Noyes' model of the Belousov–Zhabotinsky reaction.</summary>
internal sealed class OregonatorSystem : IJacobianSystem
{
    private const double S = 77.27, W = 0.161, Q = 8.375e-6;

    public int Dimension => 3;

    public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        dydt[0] = S * (y[1] + y[0] * (1.0 - Q * y[0] - y[1]));
        dydt[1] = (y[2] - (1.0 + y[0]) * y[1]) / S;
        dydt[2] = W * (y[0] - y[2]);
    }

    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> dfdy, Span<double> dfdt)
    {
        dfdy[0] = S * (1.0 - 2.0 * Q * y[0] - y[1]);
        dfdy[1] = S * (1.0 - y[0]);
        dfdy[3] = -y[1] / S;
        dfdy[4] = -(1.0 + y[0]) / S;
        dfdy[5] = 1.0 / S;
        dfdy[6] = W;
        dfdy[8] = -W;
    }
}

/// <summary>E5: a chemical pyrolysis over 10¹³ s (Enright, Hull &amp; Lindberg 1975); y2 − y3 − y4 = 0 is conserved.</summary>
internal sealed class E5System : IJacobianSystem
{
    private const double A = 7.89e-10, B = 1.1e7, C = 1.13e3, M = 1e6;

    public int Dimension => 4;

    public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        double r1 = A * y[0], r2 = B * y[0] * y[2], r3 = M * C * y[1] * y[2], r4 = C * y[3];
        dydt[0] = -r1 - r2;
        dydt[1] = r1 - r3;
        dydt[3] = r2 - r4;
        dydt[2] = dydt[1] - dydt[3];
    }

    public void Jacobian(double t, ReadOnlySpan<double> y, Span<double> dfdy, Span<double> dfdt)
    {
        const int n = 4;
        dfdy[0 * n + 0] = -A - B * y[2];
        dfdy[0 * n + 2] = -B * y[0];
        dfdy[1 * n + 0] = A;
        dfdy[1 * n + 1] = -M * C * y[2];
        dfdy[1 * n + 2] = -M * C * y[1];
        dfdy[3 * n + 0] = B * y[2];
        dfdy[3 * n + 2] = B * y[0];
        dfdy[3 * n + 3] = -C;
        for (int j = 0; j < n; j++)
        {
            dfdy[2 * n + j] = dfdy[1 * n + j] - dfdy[3 * n + j];
        }
    }
}
