using IonSim.Experiments;
using IonSim.Physiology;

namespace IonSim.Cli.Commands;

/// <summary>What <c>plot</c> and <c>simulate</c> run, parsed from the command line into the library's own types.</summary>
/// <param name="Scenarios">The fibers to compare, in legend order.</param>
/// <param name="Protocol">The stimulus and the simulated time.</param>
/// <param name="Options">The output interval and the solver's step budget.</param>
/// <param name="Fiber">The fiber every scenario shares when they differ only in Mg²⁺ (--mg), for titles; null when the
/// scenarios are different fibers (presets side by side) or there is one.</param>
internal sealed record SimulationPlan(IReadOnlyList<Scenario> Scenarios, StimulusProtocol Protocol, SimulationOptions Options, string? Fiber);
