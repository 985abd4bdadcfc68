namespace IonSim.Experiments.Studies;

/// <summary>Runs a shard of a study across cores, skipping the points already done, and hands each finished point to the
/// caller as it completes (so a part file can be written as the run goes).</summary>
public static class StudyRunner
{
    /// <summary>Runs the points of <paramref name="shard"/> not in <paramref name="done"/>.</summary>
    /// <param name="study">The study.</param>
    /// <param name="shard">Which points.</param>
    /// <param name="done">Indices already computed, skipped.</param>
    /// <param name="finished">Called once per finished point, one call at a time (under a lock), from worker threads.</param>
    /// <param name="options">Simulation options for a protocol of a given duration (ms); null for the study default.</param>
    /// <param name="progress">Told after each point; may be null.</param>
    /// <param name="cancellationToken">Stops the run between points.</param>
    /// <param name="maxDegreeOfParallelism">Points run at once; null for one per core. Results do not depend on it.</param>
    /// <returns>The new results, in index order.</returns>
    public static IReadOnlyList<StudyPointResult> Run(
        Study study, Shard shard, IReadOnlySet<long> done, Action<StudyPointResult> finished,
        Func<double, SimulationOptions>? options = null, IProgress<SweepProgress>? progress = null,
        CancellationToken cancellationToken = default, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(shard);
        ArgumentNullException.ThrowIfNull(done);
        ArgumentNullException.ThrowIfNull(finished);
        long[] pending = [.. shard.Points(study.PointCount).Where(i => !done.Contains(i))];
        if (pending.Length == 0)
        {
            return [];
        }

        var gate = new Lock();
        return SweepRunner.Run(
            pending,
            (index, _) =>
            {
                StudyPointResult result = study.Run(index, options);
                lock (gate)
                {
                    finished(result);
                }

                return result;
            },
            progress,
            cancellationToken,
            maxDegreeOfParallelism);
    }
}
