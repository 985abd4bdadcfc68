namespace IonSim.Integration;

/// <summary>
/// The continuous extension of one step, stored as five coefficient vectors in Hairer's form
/// (<c>rcont1..5</c>): y(θ) = r1 + θ(r2 + (1−θ)(r3 + θ(r4 + (1−θ)r5))). Each step method fills them
/// (<see cref="IStepMethod{TSelf}.BuildDense"/>); the one routine that evaluates them serves event
/// location, output at requested times, observers and the stored dense solution alike.
/// </summary>
internal static class DenseStep
{
    public const int CoefficientsPerComponent = 5;

    /// <summary>Evaluates the extension at <paramref name="t"/> in [t0, t1].</summary>
    public static void Evaluate(ReadOnlySpan<double> coefficients, double t0, double t1, double t, Span<double> y)
    {
        double theta = Theta(t0, t1, t);
        for (int i = 0; i < y.Length; i++)
        {
            y[i] = Component(coefficients, y.Length, i, theta);
        }
    }

    /// <summary>Evaluates one component of the extension at <paramref name="t"/>.</summary>
    public static double Evaluate(ReadOnlySpan<double> coefficients, int n, double t0, double t1, double t, int component) =>
        Component(coefficients, n, component, Theta(t0, t1, t));

    private static double Theta(double t0, double t1, double t) => t1 == t0 ? 1.0 : (t - t0) / (t1 - t0);

    private static double Component(ReadOnlySpan<double> c, int n, int i, double theta)
    {
        double theta1 = 1.0 - theta;
        return c[i] + theta * (c[n + i] + theta1 * (c[2 * n + i] + theta * (c[3 * n + i] + theta1 * c[4 * n + i])));
    }
}
