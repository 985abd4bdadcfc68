namespace IonSim.Plotting;

/// <summary>The metrics of one twitch that a tension plot quotes in its legend.</summary>
/// <param name="PeakTension">Peak normalised tension (0–1).</param>
/// <param name="TimeToPeakMs">Time from the stimulus to peak tension in milliseconds.</param>
/// <param name="HalfRelaxationTimeMs">RT50: time from peak to half relaxation in milliseconds, or null when the twitch did not relax to half of its peak.</param>
public sealed record TwitchMarks(double PeakTension, double TimeToPeakMs, double? HalfRelaxationTimeMs);
