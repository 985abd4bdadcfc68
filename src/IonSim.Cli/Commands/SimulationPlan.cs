using IonSim.Experiments;
using IonSim.Physiology;

namespace IonSim.Cli.Commands;

/// <summary>What <c>plot</c> and <c>simulate</c> run, parsed from the command line into the library's own types.</summary>
/// <param name="Scenarios">The fibers to compare, in legend order.</param>
/// <param name="Protocol">The stimulus and the simulated time.</param>
/// <param name="Options">The output interval (the rest are the library's defaults).</param>
internal sealed record SimulationPlan(IReadOnlyList<Scenario> Scenarios, StimulusProtocol Protocol, SimulationOptions Options);
