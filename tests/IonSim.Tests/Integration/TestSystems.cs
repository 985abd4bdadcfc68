using IonSim.Integration;

namespace IonSim.Tests.Integration;

/// <summary>y' = −k·y: y(t) = y0·e^(−k t).</summary>
internal sealed class ExponentialDecay(double rate) : IOdeSystem
{
    public int Dimension => 1;

    public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt) => dydt[0] = -rate * y[0];

    public double Exact(double t, double y0) => y0 * Math.Exp(-rate * t);
}

/// <summary>x'' = −ω²x as (x, v): x = cos ωt, v = −ω sin ωt from (1, 0).</summary>
internal sealed class HarmonicOscillator(double omega = 1.0) : IOdeSystem
{
    public int Dimension => 2;

    public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        dydt[0] = y[1];
        dydt[1] = -omega * omega * y[0];
    }

    public double ExactPosition(double t) => Math.Cos(omega * t);

    public double ExactVelocity(double t) => -omega * Math.Sin(omega * t);
}

/// <summary>
/// A non-autonomous problem, y' = cos(t)·y, y = e^(sin t): any slip between t and t + c·h in the
/// stages shows up in its error.
/// </summary>
internal sealed class NonAutonomous : IOdeSystem
{
    public int Dimension => 1;

    public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt) => dydt[0] = Math.Cos(t) * y[0];

    public static double Exact(double t) => Math.Exp(Math.Sin(t));
}

/// <summary>The restricted three-body problem (Hairer, Nørsett &amp; Wanner I, §II.0): a periodic Arenstorf orbit.</summary>
internal sealed class Arenstorf : IOdeSystem
{
    public const double Mu = 0.012277471;
    public const double Period = 17.0652165601579625588917206249;
    public static readonly double[] Start = [0.994, 0.0, 0.0, -2.00158510637908252240537862224];

    public int Dimension => 4;

    public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        double mu1 = 1.0 - Mu;
        double d1 = Math.Pow((y[0] + Mu) * (y[0] + Mu) + y[1] * y[1], 1.5);
        double d2 = Math.Pow((y[0] - mu1) * (y[0] - mu1) + y[1] * y[1], 1.5);
        dydt[0] = y[2];
        dydt[1] = y[3];
        dydt[2] = y[0] + 2 * y[3] - mu1 * (y[0] + Mu) / d1 - Mu * (y[0] - mu1) / d2;
        dydt[3] = y[1] - 2 * y[2] - mu1 * y[1] / d1 - Mu * y[1] / d2;
    }
}

/// <summary>A body falling from rest under gravity g: (height, velocity).</summary>
internal sealed class FallingBody(double gravity) : IOdeSystem
{
    public int Dimension => 2;

    public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        dydt[0] = y[1];
        dydt[1] = -gravity;
    }
}

/// <summary>A system given by a delegate, for one-off right-hand sides in tests.</summary>
internal sealed class LambdaSystem(int dimension, LambdaSystem.Rhs rhs) : IOdeSystem
{
    public delegate void Rhs(double t, ReadOnlySpan<double> y, Span<double> dydt);

    public int Dimension => dimension;

    public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt) => rhs(t, y, dydt);
}
