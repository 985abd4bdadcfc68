using System.Globalization;
using IonSim.Integration;

namespace IonSim.CellML.Simulation;

/// <summary>Runs a CellML model from its initial state and records chosen variables at evenly spaced times.</summary>
/// <remarks>
/// Every time a piecewise condition compares time with a constant (<see cref="CellMLModel.TimeDiscontinuities"/>)
/// is given to the solver as a breakpoint, so a stimulus edge is never stepped over.
/// </remarks>
public static class ModelSimulation
{
    /// <summary>The most output samples one run may record.</summary>
    public const int MaxSamples = 1_000_000;

    /// <summary>
    /// The solver settings used when none are given: Rodas5P (published cell models are usually stiff) with
    /// the model's Jacobian sparsity (so the model's symbolic Jacobian and a sparse LU), rtol 1e-6, atol 1e-9.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <returns>The options.</returns>
    public static OdeOptions DefaultOptions(CellMLModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new OdeOptions { Method = OdeMethod.Rodas5P, JacobianSparsity = model.JacobianSparsity, Stiffness = StiffnessPolicy.Ignore };
    }

    /// <summary>Runs <paramref name="model"/> from time 0.</summary>
    /// <param name="model">The model.</param>
    /// <param name="duration">How long to simulate, in the units of the variable of integration; greater than 0 and finite.</param>
    /// <param name="outputInterval">The spacing of the output times, in the same units; greater than 0, and at most <see cref="MaxSamples"/> samples.</param>
    /// <param name="variables">The variables to record, or null for every state.</param>
    /// <param name="options">Solver settings, or null for <see cref="DefaultOptions(CellMLModel)"/>.</param>
    /// <param name="cancellationToken">Cancels the run between steps.</param>
    /// <returns>The trace.</returns>
    /// <exception cref="ArgumentException">An argument is out of range, or a variable belongs to another model.</exception>
    /// <exception cref="OdeSolverException">The solver could not continue; the message says where and why.</exception>
    public static ModelTrace Run(
        CellMLModel model, double duration, double outputInterval, IReadOnlyList<ModelVariable>? variables = null, OdeOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!(duration > 0) || !double.IsFinite(duration))
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, $"duration must be a finite number greater than 0, but was {Format(duration)}.");
        }

        if (!(outputInterval > 0) || !double.IsFinite(outputInterval) || duration / outputInterval > MaxSamples)
        {
            throw new ArgumentOutOfRangeException(nameof(outputInterval), outputInterval, $"outputInterval must be greater than 0 and give at most {MaxSamples:N0} samples over {Format(duration)}, but was {Format(outputInterval)}.");
        }

        variables ??= model.States;
        if (variables.Count == 0)
        {
            throw new ArgumentException("at least one variable must be recorded.", nameof(variables));
        }

        foreach (var variable in variables)
        {
            if (!ReferenceEquals(model.Find(variable.QualifiedName), variable))
            {
                throw new ArgumentException($"'{variable.QualifiedName}' belongs to another model.", nameof(variables));
            }
        }

        double[] times = OutputTimes(duration, outputInterval);
        var request = new OdeRequest
        {
            OutputTimes = times.Skip(1).ToArray(),
            Breakpoints = model.TimeDiscontinuities.Where(t => t > 0 && t < duration).ToArray(),
            Observer = cancellationToken.CanBeCanceled ? new Cancellation(cancellationToken) : null,
        };
        var solution = OdeSolver.Solve(model, 0, model.InitialState(), duration, options ?? DefaultOptions(model), request);

        var columns = variables.Select(_ => new double[times.Length]).ToArray();
        var values = new double[variables.Count];
        for (int k = 0; k < times.Length; k++)
        {
            var state = k == 0 ? model.InitialState() : solution.State(k - 1);
            model.Evaluate(variables, times[k], state, values);
            for (int j = 0; j < values.Length; j++)
            {
                columns[j][k] = values[j];
            }
        }

        return new ModelTrace(model, times, variables.ToArray(), columns, solution.Statistics);
    }

    /// <summary>0, h, 2h, ... and the duration itself (computed as k·h, so no rounding drift).</summary>
    private static double[] OutputTimes(double duration, double interval)
    {
        int steps = (int)Math.Floor((duration / interval) + 1e-9);
        var times = new List<double>(steps + 2);
        for (int k = 0; k <= steps; k++)
        {
            times.Add(Math.Min(k * interval, duration));
        }

        if (duration - times[^1] > 1e-9 * interval)
        {
            times.Add(duration);
        }

        return [.. times.Distinct()];
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private sealed class Cancellation(CancellationToken token) : IStepObserver
    {
        public void OnStep(in StepView step) => token.ThrowIfCancellationRequested();
    }
}
