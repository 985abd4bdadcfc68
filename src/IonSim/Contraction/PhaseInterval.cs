namespace IonSim.Contraction;

/// <summary>A stretch of time during which one phase holds.</summary>
/// <param name="StartMs">Start, in milliseconds (inclusive).</param>
/// <param name="EndMs">End, in milliseconds (the next interval starts here). May equal <paramref name="StartMs"/> when two transitions share a time.</param>
/// <param name="Phase">The phase that holds.</param>
public readonly record struct PhaseInterval(double StartMs, double EndMs, Phase Phase)
{
    /// <summary>Gets the length of the interval in milliseconds.</summary>
    public double DurationMs => EndMs - StartMs;
}
