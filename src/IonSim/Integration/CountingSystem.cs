namespace IonSim.Integration;

/// <summary>The one place that counts right-hand-side evaluations.</summary>
internal sealed class CountingSystem(IOdeSystem system)
{
    public long Evaluations { get; private set; }

    public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        Evaluations++;
        system.Derivatives(t, y, dydt);
    }
}
