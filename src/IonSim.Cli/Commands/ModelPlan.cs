using IonSim.CellML;

namespace IonSim.Cli.Commands;

/// <summary>What <c>plot --model</c> and <c>simulate --model</c> run, parsed into the library's own types.</summary>
/// <param name="Model">The compiled model, with any <c>--set</c> values applied.</param>
/// <param name="Variables">The variables to record.</param>
/// <param name="Duration">The simulated time, in the model's own time units.</param>
/// <param name="Interval">The output interval, in the model's own time units.</param>
internal sealed record ModelPlan(CellMLModel Model, IReadOnlyList<ModelVariable> Variables, double Duration, double Interval);
