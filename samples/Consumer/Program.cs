using IonSim.Experiments;
using IonSim.Physiology;

// One twitch of a normal fiber and one of a fiber whose free Mg²⁺ store is low.
foreach (var fiber in new[] { FiberPresets.Normal, FiberPresets.LowMagnesium })
{
    SimulationResult result = Experiment.Simulate(fiber, StimulusProtocol.SinglePulse());
    var twitch = result.Twitches[0];
    Console.WriteLine($"{result.ScenarioName}: peak tension {twitch.PeakTension:0.000}, time to peak {twitch.TimeToPeakMs:0.0} ms, " +
        $"half-relaxation {twitch.HalfRelaxationTimeMs:0.0} ms, relaxed: {(result.HasSpasm ? "no" : "yes")}");
}
