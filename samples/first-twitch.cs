#:project ../src/IonSim/IonSim.csproj
#:project SampleFigures/SampleFigures.csproj

// A first twitch: one stimulus to a fast-twitch fiber with normal magnesium (1 mM free Mg²⁺).
// Run from the repository root:   dotnet run samples/first-twitch.cs
using IonSim.Experiments;
using IonSim.Physiology;
using IonSim.Plotting;
using IonSim.Samples;

// One pulse at t = 10 ms, so the plot shows the fiber at rest before it; 150 ms is enough to relax.
var protocol = StimulusProtocol.SinglePulse(atMs: 10, durationMs: 150);
SimulationResult twitch = Experiment.Simulate(FiberPresets.Normal, protocol, scenarioName: "Normal");

Console.WriteLine("""
    A FIRST TWITCH
    A nerve impulse makes the sarcoplasmic reticulum (SR) release calcium. Free Ca²⁺ rises, binds
    troponin, and the cross-bridges pull: tension rises. Then the SR pump takes the Ca²⁺ back,
    troponin lets go, and the fiber relaxes. The library names these phases; each change below
    is an event the integrator located (the stimulus, or tension crossing a threshold).

    Phase timeline:
    """);
foreach (var step in twitch.Timeline.Transitions)
{
    Console.WriteLine($"  {step.TimeMs,7:0.00} ms  {step.From,-11} -> {step.To,-11}  {step.Cause}");
}

// Times to peak are counted from the stimulus; relaxation times from the peak.
var m = twitch.Twitches[0];
Console.WriteLine($"""

    Twitch metrics (tension as a fraction of the fiber's maximal tension):
      resting free Ca²⁺             {m.RestingCalciumBeforeMicromolar:0.000} µM
      peak free Ca²⁺                {m.PeakFreeCalciumMicromolar:0.0} µM, {m.TimeToPeakCalciumMs:0.0} ms after the stimulus
      peak tension                  {m.PeakTension:0.000}  ({m.PeakTension:P0} of maximal)
      time to peak tension          {m.TimeToPeakMs:0.0} ms
      half-relaxation time (RT50)   {m.HalfRelaxationTimeMs:0.0} ms after the peak
      90 % relaxed (RT90)           {m.Rt90Ms:0.0} ms after the peak
      back at rest at the end?      {(twitch.EndedAtRest ? "yes" : "no")}
    Compare the durations at half maximum: free Ca²⁺ {m.CalciumDurationAtHalfMaximumMs:0.0} ms, tension {m.DurationAtHalfMaximumMs:0.0} ms.
    {(m.CalciumDurationAtHalfMaximumMs < m.DurationAtHalfMaximumMs ? "The calcium signal is brief; the tension it sets off outlasts it." : "Here tension is no longer-lived than the calcium signal.")}
    (The integrator took {twitch.Statistics.AcceptedSteps} steps and evaluated the model {twitch.Statistics.RhsEvaluations} times.)

    """);

// Tension on top, free Ca²⁺ under it, the phases as coloured bands: one shared time axis.
var figure = TwitchPlots.Stacked(
    [ScenarioCurves.From(twitch)], [PlotPanel.Tension, PlotPanel.Calcium, PlotPanel.Phases], "A single twitch at normal Mg²⁺");
Console.WriteLine($"Figure: {SampleFigures.Save(figure, "first-twitch.png", height: 750)}");
