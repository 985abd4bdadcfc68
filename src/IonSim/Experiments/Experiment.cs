using IonSim.Contraction;
using IonSim.Integration;
using IonSim.Physiology;

namespace IonSim.Experiments;

/// <summary>
/// One-call simulations: a fiber, a protocol and options in; trace, phase timeline and metrics out.
/// The CLI, the plots and the samples all run through here.
/// </summary>
/// <remarks>Every method is safe to call from several threads at once.</remarks>
public static partial class Experiment
{
    /// <summary>Simulates one fiber under one stimulus protocol, starting from the fiber's computed rest.</summary>
    /// <param name="parameters">The fiber.</param>
    /// <param name="protocol">The stimuli and the simulated duration.</param>
    /// <param name="options">Output interval, solver and state-machine settings; null for the defaults.</param>
    /// <param name="scenarioName">A name for the result; null names it after its free Mg²⁺.</param>
    /// <returns>The trace, the timeline and the metrics.</returns>
    /// <exception cref="NoRestStateException">The fiber has no stable rest to start from.</exception>
    /// <exception cref="OdeSolverException">The integrator failed; the message says where.</exception>
    /// <exception cref="ArgumentException">The trace would exceed <see cref="SimulationOptions.MaxTracePoints"/>.</exception>
    public static SimulationResult Simulate(FiberParameters parameters, StimulusProtocol protocol, SimulationOptions? options = null, string? scenarioName = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(protocol);
        options ??= new SimulationOptions();
        double[] grid = OutputGrid(protocol.DurationMs, options);
        Run run = Measure(parameters, protocol, options, grid);
        return new SimulationResult
        {
            ScenarioName = scenarioName ?? Scenario.Named(parameters).Name,
            Parameters = parameters,
            Protocol = protocol,
            Options = options,
            Trace = run.Recorder.Trace(run.Timeline),
            Timeline = run.Timeline,
            Twitches = run.Twitches,
            Train = run.Train,
            Rest = run.Rest,
            Statistics = run.Statistics,
        };
    }

    /// <summary>Simulates several scenarios under the same protocol, in parallel, returning results in scenario order.</summary>
    /// <param name="scenarios">The fibers to compare (at least one).</param>
    /// <param name="protocol">The stimuli and duration, shared by all.</param>
    /// <param name="options">Shared options; null for the defaults.</param>
    /// <param name="progress">Told after each scenario finishes; may be null.</param>
    /// <param name="cancellationToken">Stops the comparison between scenarios.</param>
    /// <returns>One result per scenario, in the order given.</returns>
    /// <exception cref="SweepPointException">A scenario failed; its index and the cause are inside.</exception>
    public static IReadOnlyList<SimulationResult> Compare(
        IReadOnlyList<Scenario> scenarios, StimulusProtocol protocol, SimulationOptions? options = null,
        IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        if (scenarios.Count == 0)
        {
            throw new ArgumentException("Compare needs at least one scenario, but none was given.", nameof(scenarios));
        }

        return SweepRunner.Run(scenarios, (s, _) => Simulate(s.Parameters, protocol, options, s.Name), progress, cancellationToken);
    }

    // A train is measured from its first pulse to one mean interval after its last, so the tail after
    // the train (relaxation, or its failure) does not dilute the mean tension.
    private static double TrainWindowEnd(double[] pulses, double endMs) =>
        Math.Min(endMs, pulses[^1] + (pulses[^1] - pulses[0]) / (pulses.Length - 1));

    private static double[] OutputGrid(double endMs, SimulationOptions options)
    {
        double dt = options.OutputIntervalMs;
        double count = Math.Floor(endMs / dt) + 2;
        if (count > options.MaxTracePoints)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"A {endMs} ms simulation sampled every {dt} ms needs {count - 1:0} trace points, more than MaxTracePoints ({options.MaxTracePoints}); use a larger output interval."),
                nameof(options));
        }

        // i·dt can land a rounding error past the end (13.100000000000001 for 131 × 0.1), and a point
        // a hair before the end would duplicate it: the grid is every i·dt short of the end by more than
        // that, then the end. The last such i is found first (the test is monotone in i), so one array holds it.
        double lastStart = endMs - (1e-9 * dt);
        int last = (int)Math.Floor(endMs / dt);
        while (last >= 0 && last * dt >= lastStart)
        {
            last--;
        }

        while ((last + 1) * dt < lastStart)
        {
            last++;
        }

        double[] grid = new double[last + 2];
        for (int i = 0; i <= last; i++)
        {
            grid[i] = i * dt;
        }

        grid[^1] = endMs;
        return grid;
    }

    // One solve, measured as it runs: the recorder keeps the curve the metrics read and, given a grid, the
    // trace; nothing else of the solution is stored (see TwitchRecorder). Sweeps pass no grid.
    private static Run Measure(FiberParameters parameters, StimulusProtocol protocol, SimulationOptions options, double[]? grid)
    {
        double end = protocol.DurationMs;
        var rest = RestState.Compute(parameters);
        var fiber = new MuscleFiber(parameters, protocol);
        var events = new ContractionEvents(fiber, options.Contraction);
        var recorder = new TwitchRecorder(fiber, 0, rest.ToArray(), grid);
        OdeSolution solution = fiber.Solve(options.Solver, new OdeRequest { Events = events.Events, Observer = recorder, StoreSteps = false }, rest);

        double stimulusWindow = parameters.Release.ActivationWidthMs + options.Contraction.ResponseLatencyMs;
        PhaseTimeline timeline = ContractionStateMachine.Run(
            options.Contraction, 0, rest.Tension, ContractionEvents.Signals(solution, protocol.PulseTimesMs, stimulusWindow), end);

        ContractionCurve curve = recorder.Curve();
        double[] pulses = protocol.PulseTimesMs.Where(t => t < end).ToArray();
        return new Run(
            recorder,
            timeline,
            ContractionMetrics.Twitches(curve, pulses, end, options.Contraction),
            pulses.Length >= 2 ? ContractionMetrics.Train(curve, pulses, TrainWindowEnd(pulses, end), options.Contraction) : null,
            rest,
            solution.Statistics);
    }

    private sealed record Run(
        TwitchRecorder Recorder, PhaseTimeline Timeline, IReadOnlyList<TwitchMetrics> Twitches, TrainMetrics? Train, RestState Rest, OdeStatistics Statistics);
}
