using IonSim.Experiments;
using IonSim.Physiology;

namespace IonSim.Tests.Experiments;

/// <summary>Single twitches of the three presets, simulated once and shared by the tests that read them.</summary>
public sealed class PresetTwitches
{
    public static readonly StimulusProtocol Twitch = StimulusProtocol.SinglePulse(10);

    private readonly Lazy<SimulationResult> _normal = new(() => Experiment.Simulate(FiberPresets.Normal, Twitch));
    private readonly Lazy<SimulationResult> _low = new(() => Experiment.Simulate(FiberPresets.LowMagnesium, Twitch));
    private readonly Lazy<SimulationResult> _severe = new(() => Experiment.Simulate(FiberPresets.SevereMagnesium, Twitch));

    public SimulationResult Normal => _normal.Value;

    public SimulationResult Low => _low.Value;

    public SimulationResult Severe => _severe.Value;
}
