using IonSim.Contraction;
using IonSim.Integration;
using IonSim.Physiology;

namespace IonSim.Experiments;

/// <summary>
/// Everything one simulation produced: the trace, the phase timeline, the twitch metrics of every pulse,
/// the train metrics (two pulses or more), the rest it started from and the solver's work.
/// </summary>
public sealed record SimulationResult
{
    /// <summary>Gets the scenario's name.</summary>
    public required string ScenarioName { get; init; }

    /// <summary>Gets the fiber's parameters.</summary>
    public required FiberParameters Parameters { get; init; }

    /// <summary>Gets the stimulus protocol.</summary>
    public required StimulusProtocol Protocol { get; init; }

    /// <summary>Gets the options the simulation ran with.</summary>
    public required SimulationOptions Options { get; init; }

    /// <summary>Gets the sampled trace.</summary>
    public required SimulationTrace Trace { get; init; }

    /// <summary>Gets the phase timeline built from the integrator's located events.</summary>
    public required PhaseTimeline Timeline { get; init; }

    /// <summary>Gets the metrics of each pulse's twitch, in pulse order (each measured up to the next pulse).</summary>
    public required IReadOnlyList<TwitchMetrics> Twitches { get; init; }

    /// <summary>Gets the train metrics, measured from the first pulse to one mean inter-pulse interval after the last, or null with fewer than two pulses.</summary>
    public TrainMetrics? Train { get; init; }

    /// <summary>Gets the resting state the simulation started from.</summary>
    public required RestState Rest { get; init; }

    /// <summary>Gets the integrator's work (the tension-slope event evaluates the model too; those calls are not counted here).</summary>
    public required OdeStatistics Statistics { get; init; }

    /// <summary>
    /// Gets whether the timeline entered <see cref="Phase.Spasm"/>: tension stayed above the rest threshold for the
    /// spasm window with no stimulus. That is failed relaxation, or a resting tension that is itself above the
    /// threshold (a standing contracture, as in the 0.1 mM preset).
    /// </summary>
    public bool HasSpasm => Timeline.Contains(Phase.Spasm);

    /// <summary>Gets whether the fiber ended the simulation at rest.</summary>
    public bool EndedAtRest => Timeline.FinalPhase == Phase.Rest;
}
