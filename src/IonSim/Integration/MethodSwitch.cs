namespace IonSim.Integration;

/// <summary>A point where <see cref="OdeMethod.Auto"/> changed step method.</summary>
/// <param name="Time">The time from which the new method stepped.</param>
/// <param name="To">The method used from <paramref name="Time"/> on.</param>
public sealed record MethodSwitch(double Time, OdeMethod To);
