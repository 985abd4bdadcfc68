using IonSim.Contraction;

namespace IonSim.Tests.Contraction;

/// <summary>Short names for building signal streams in tests.</summary>
internal static class Signals
{
    public static ContractionSignal On(double t) => ContractionSignal.StimulusEdge(t, on: true);

    public static ContractionSignal Off(double t) => ContractionSignal.StimulusEdge(t, on: false);

    public static ContractionSignal ActUp(double t) => ContractionSignal.ActivationCrossing(t, rising: true);

    public static ContractionSignal ActDown(double t) => ContractionSignal.ActivationCrossing(t, rising: false);

    public static ContractionSignal RestUp(double t) => ContractionSignal.RestCrossing(t, rising: true);

    public static ContractionSignal RestDown(double t) => ContractionSignal.RestCrossing(t, rising: false);

    public static ContractionSignal Peak(double t) => ContractionSignal.SlopeZero(t, slopeRising: false);

    public static ContractionSignal Trough(double t) => ContractionSignal.SlopeZero(t, slopeRising: true);

    /// <summary>A twitch starting at <paramref name="t"/>: 1 ms pulse, rise, peak, relaxation below rest.</summary>
    public static IEnumerable<ContractionSignal> Twitch(double t, bool relaxes = true)
    {
        yield return On(t);
        yield return Off(t + 1);
        yield return RestUp(t + 3);
        yield return ActUp(t + 4);
        yield return Peak(t + 15);
        yield return ActDown(t + 35);
        if (relaxes)
        {
            yield return RestDown(t + 50);
        }
    }

    public static Phase[] Walk(PhaseTimeline timeline) =>
        [timeline.InitialPhase, .. timeline.Transitions.Select(t => t.To)];
}
