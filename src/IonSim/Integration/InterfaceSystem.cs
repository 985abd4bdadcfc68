namespace IonSim.Integration;

/// <summary>
/// Carries a system known only by its interface into the solver as a struct, so that the solver is
/// compiled for it as for any struct system (no shared generic code with run-time type look-ups);
/// each evaluation is still one interface call.
/// </summary>
internal readonly struct InterfaceSystem(IOdeSystem system) : IOdeSystem
{
    public int Dimension => system.Dimension;

    public void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt) => system.Derivatives(t, y, dydt);
}
