using IonSim.Contraction;
using IonSim.Experiments;
using IonSim.Physiology;

namespace IonSim.Plotting;

/// <content>The one place that reads the library's <see cref="SimulationResult"/>: everything else in
/// this package draws <see cref="ScenarioCurves"/>.</content>
public sealed partial class ScenarioCurves
{
    /// <summary>The view of a library simulation: its trace, its phase timeline as spans and the metrics of each twitch.</summary>
    /// <param name="result">A result of <see cref="Experiment.Simulate"/> or <see cref="Experiment.Compare"/>.</param>
    /// <returns>The view; it shares the result's arrays, which are never modified.</returns>
    /// <exception cref="ArgumentException">The trace holds a value that is not finite, so it cannot be drawn truthfully.</exception>
    public static ScenarioCurves From(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        SimulationTrace trace = result.Trace;
        return new ScenarioCurves(
            result.ScenarioName,
            result.Parameters.FreeMagnesiumMillimolar,
            trace.TimeMs,
            trace.Tension,
            trace.FreeCalciumMicromolar,
            trace.SrCalciumMicromolar,
            [.. trace.Sites.Select(s => new SiteCurves(SiteName(s.Site), s.CalciumFraction, s.MagnesiumFraction))],
            [.. result.Timeline.Intervals().Select(i => new PhaseSpan(i.StartMs, i.EndMs, i.Phase.ToString()))],
            [.. result.Twitches.Select(Marks)]);
    }

    /// <summary>The name a binding site pool goes by in legends, axis titles and CSV columns.</summary>
    /// <param name="site">The pool.</param>
    /// <returns>A short lower-case name, for example "troponin C III/IV".</returns>
    public static string SiteName(BindingSite site) => site switch
    {
        BindingSite.Parvalbumin => "parvalbumin",
        BindingSite.TroponinCaMgSites => "troponin C III/IV",
        BindingSite.RegulatorySites => "troponin regulatory",
        BindingSite.Atp => "ATP",
        _ => site.ToString(),
    };

    // The library reports a time the twitch never reached (no half relaxation before the next pulse) as NaN.
    private static TwitchMarks Marks(TwitchMetrics m) =>
        new(m.PeakTension, m.TimeToPeakMs, double.IsFinite(m.HalfRelaxationTimeMs) ? m.HalfRelaxationTimeMs : null);
}
