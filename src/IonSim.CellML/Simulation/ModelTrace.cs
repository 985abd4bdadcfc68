using IonSim.Integration;

namespace IonSim.CellML.Simulation;

/// <summary>
/// Recorded variables of a CellML model at evenly spaced times. Immutable.
/// </summary>
public sealed class ModelTrace
{
    private readonly double[][] columns;

    internal ModelTrace(CellMLModel model, double[] times, IReadOnlyList<ModelVariable> variables, double[][] columns, OdeStatistics statistics)
    {
        Model = model;
        Times = times;
        Variables = variables;
        this.columns = columns;
        Statistics = statistics;
    }

    /// <summary>Gets the model that was run (with any values set on it).</summary>
    public CellMLModel Model { get; }

    /// <summary>Gets the output times, in the units of <see cref="CellMLModel.VariableOfIntegration"/>.</summary>
    public IReadOnlyList<double> Times { get; }

    /// <summary>Gets the recorded variables, in column order.</summary>
    public IReadOnlyList<ModelVariable> Variables { get; }

    /// <summary>Gets the solver's work: right-hand side evaluations, accepted and rejected steps.</summary>
    public OdeStatistics Statistics { get; }

    /// <summary>Gets one recorded variable at every output time, in its own units.</summary>
    /// <param name="index">The variable's position in <see cref="Variables"/>.</param>
    /// <returns>The values, one per entry of <see cref="Times"/>.</returns>
    public IReadOnlyList<double> Values(int index)
    {
        if ((uint)index >= (uint)columns.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"index must be between 0 and {columns.Length - 1}, but was {index}.");
        }

        return columns[index];
    }
}
