using System.Runtime.ExceptionServices;

namespace IonSim.Experiments;

/// <summary>
/// Runs a function over a list of inputs in parallel across cores and returns the results in input order.
/// </summary>
/// <remarks>
/// Each result lands in the slot of its input and nothing is shared or reduced across points, so the output is
/// bit-identical to a sequential run whenever <c>body</c> is a deterministic function of its input (which IonSim's
/// simulations are). Progress is reported once per finished point, with <see cref="SweepProgress.Completed"/>
/// strictly increasing; reports come from worker threads, so a <see cref="Progress{T}"/> will marshal them.
/// </remarks>
public static class SweepRunner
{
    /// <summary>Runs <paramref name="body"/> on every input.</summary>
    /// <typeparam name="TInput">The input type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="inputs">The inputs, at least one.</param>
    /// <param name="body">The work for one input; receives the token to pass on to long computations.</param>
    /// <param name="progress">Receives (completed, total) after each point; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the sweep: points not started are skipped and <see cref="OperationCanceledException"/> is thrown.</param>
    /// <param name="maxDegreeOfParallelism">How many points run at once; <see langword="null"/> for one per core, 1 for a sequential run.</param>
    /// <returns>The results, in input order.</returns>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> is empty.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="SweepPointException">A point failed; it names the index and input and wraps the original exception (the lowest failed index if several failed).</exception>
    public static IReadOnlyList<TResult> Run<TInput, TResult>(
        IReadOnlyList<TInput> inputs,
        Func<TInput, CancellationToken, TResult> body,
        IProgress<SweepProgress>? progress = null,
        CancellationToken cancellationToken = default,
        int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(body);
        if (inputs.Count == 0)
        {
            throw new ArgumentException("inputs must contain at least one point, but was empty.", nameof(inputs));
        }

        if (maxDegreeOfParallelism is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, $"maxDegreeOfParallelism must be at least 1 (or null for one per core), but was {maxDegreeOfParallelism}.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        int total = inputs.Count;
        var results = new TResult[total];
        var failures = new Exception?[total];
        int completed = 0;
        var progressLock = new object();
        var parallelOptions = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount,
        };

        try
        {
            Parallel.For(0, total, parallelOptions, (i, state) =>
            {
                try
                {
                    results[i] = body(inputs[i], cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    state.Stop();
                    return;
                }
                catch (Exception ex)
                {
                    failures[i] = ex;
                    state.Stop();
                    return;
                }

                // One lock makes the counter and the report agree, so reports never go backwards.
                lock (progressLock)
                {
                    completed++;
                    progress?.Report(new SweepProgress(completed, total));
                }
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OperationCanceledException))
        {
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }

        int failed = Array.FindIndex(failures, f => f is not null);
        if (failed >= 0)
        {
            throw new SweepPointException(failed, inputs[failed], failures[failed]!);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Array.AsReadOnly(results);
    }
}
