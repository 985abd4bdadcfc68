using System.Diagnostics;
using IonSim.Experiments.Studies;

namespace IonSim.Cli.Commands;

/// <summary>The cost of a study's points on this machine, from a few timed trial points (one core each).</summary>
internal static class StudyEstimate
{
    /// <summary>Trial points timed: spread over the study, so both cheap and costly corners count.</summary>
    public const int TrialPoints = 3;

    /// <summary>Mean wall-clock seconds per point on one core; the first trial is run twice and its first run dropped (start-up).</summary>
    public static double SecondsPerPoint(Study study)
    {
        long[] trials = [.. Enumerable.Range(0, TrialPoints).Select(k => k * (study.PointCount - 1) / Math.Max(1, TrialPoints - 1)).Distinct()];
        study.Run(trials[0], ScenarioOptions.SweepPoint);
        var clock = Stopwatch.StartNew();
        foreach (long index in trials)
        {
            study.Run(index, ScenarioOptions.SweepPoint);
        }

        return clock.Elapsed.TotalSeconds / trials.Length;
    }

    /// <summary>"3 min 20 s", "2 h 5 min", "4 d 3 h".</summary>
    public static string Duration(double seconds) => seconds switch
    {
        < 60 => $"{seconds:0} s",
        < 3600 => $"{Math.Floor(seconds / 60):0} min {seconds % 60:0} s",
        < 86400 => $"{Math.Floor(seconds / 3600):0} h {Math.Floor(seconds % 3600 / 60):0} min",
        _ => $"{Math.Floor(seconds / 86400):0} d {Math.Floor(seconds % 86400 / 3600):0} h",
    };
}
