namespace IonSim.Plotting;

/// <summary>One stretch of the phase timeline, drawn as a shaded band.</summary>
/// <param name="StartMs">Start of the span in milliseconds.</param>
/// <param name="EndMs">End of the span in milliseconds (not before <paramref name="StartMs"/>).</param>
/// <param name="Phase">The phase's name (Rest, Activation, Contraction, Relaxation or Spasm).</param>
public sealed record PhaseSpan(double StartMs, double EndMs, string Phase);
