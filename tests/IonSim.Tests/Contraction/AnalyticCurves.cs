using IonSim.Contraction;

namespace IonSim.Tests.Contraction;

/// <summary>Curves with answers known in closed form (or from a one-line equation solved independently).</summary>
internal static class AnalyticCurves
{
    // Roots of x·e^(1−x) = L, solved by Newton's method to machine precision outside this code base.
    public const double AlphaHalfRise = 0.23196095298653444;   // L = 0.5, x < 1
    public const double AlphaHalfFall = 2.6783469900166605;    // L = 0.5, x > 1
    public const double AlphaTenthFall = 4.889720169867429;    // L = 0.1, x > 1

    // Difference of exponentials e^(−t/5) − e^(−t/1): peak time (5/4)·ln 5, peak value, and its half-maximum crossings.
    public const double BiexpPeakTimeMs = 2.0117973905426254;
    public const double BiexpPeak = 0.5349922439811376;
    public const double BiexpHalfRiseMs = 0.43088058241475297;
    public const double BiexpHalfFallMs = 6.567039997930267;

    /// <summary>Alpha twitch of amplitude <paramref name="amplitude"/> peaking <paramref name="tauMs"/> after <paramref name="onsetMs"/>.</summary>
    public static double Alpha(double t, double onsetMs, double tauMs, double amplitude)
    {
        double x = (t - onsetMs) / tauMs;
        return x <= 0 ? 0 : amplitude * x * Math.Exp(1 - x);
    }

    /// <summary>∫ from onset to onset + u·τ of the alpha function: A·τ·e·(1 − (1 + u)·e^(−u)).</summary>
    public static double AlphaIntegral(double u, double tauMs, double amplitude) =>
        u <= 0 ? 0 : amplitude * tauMs * Math.E * (1 - ((1 + u) * Math.Exp(-u)));

    public static double Biexponential(double t, double onsetMs, double restingMicromolar, double scaleMicromolar)
    {
        double s = t - onsetMs;
        return s <= 0 ? restingMicromolar : restingMicromolar + (scaleMicromolar * (Math.Exp(-s / 5) - Math.Exp(-s)));
    }

    public static ContractionCurve AlphaTwitch(double stimulusMs, double tauMs, double amplitude, double endMs) =>
        new(0, endMs, t => Alpha(t, stimulusMs, tauMs, amplitude), t => Biexponential(t, stimulusMs, 0.05, 2));
}
