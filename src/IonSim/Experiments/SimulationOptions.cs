using IonSim.Contraction;
using IonSim.Integration;
using IonSim.Internal;

namespace IonSim.Experiments;

/// <summary>
/// How a simulation is run and reported: the output interval of the trace, the solver's tolerances and
/// the state machine's thresholds. Immutable; values are checked when set.
/// </summary>
public sealed record SimulationOptions
{
    /// <summary>
    /// The solver settings used unless others are given: Dormand–Prince, rtol 1e-6 and atol 1e-8 µM (free Ca²⁺
    /// at rest is ~0.05 µM, so the absolute tolerance stays far below it), and stiffness reported, not fatal (the
    /// model is mildly stiff on purpose; see docs/integrator.md). Rodas5P and Auto were measured against it through
    /// the whole pipeline: faster on single twitches and Mg²⁺ sweeps, slower on 100 Hz trains and less accurate at
    /// the same rtol on low Mg²⁺ and trains (benchmarks/README.md), so it stays the default; set
    /// <c>Method = OdeMethod.Auto</c> for sweeps of single twitches.
    /// </summary>
    public static OdeOptions DefaultSolver { get; } = new() { RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-8 };

    /// <summary>Gets the interval of the reported trace, ms (greater than 0, at most 1000). Output comes from the dense solution, so this never changes the steps taken. Default 0.1 ms.</summary>
    public double OutputIntervalMs { get; init => field = Preconditions.InOpenRange(value, 0, 1000.0000001, nameof(OutputIntervalMs)); } = 0.1;

    /// <summary>Gets the integrator's settings. Default <see cref="DefaultSolver"/>.</summary>
    public OdeOptions Solver { get; init => field = value ?? throw new ArgumentNullException(nameof(Solver)); } = DefaultSolver;

    /// <summary>Gets the state machine's thresholds and windows. Default <see cref="ContractionOptions.Default"/>.</summary>
    public ContractionOptions Contraction { get; init => field = value ?? throw new ArgumentNullException(nameof(Contraction)); } = ContractionOptions.Default;

    /// <summary>Gets the most trace points a simulation may produce (duration / interval), so a typo cannot exhaust memory. Default 2,000,000.</summary>
    public int MaxTracePoints { get; init => field = Preconditions.AtLeast(value, 2, nameof(MaxTracePoints)); } = 2_000_000;
}
