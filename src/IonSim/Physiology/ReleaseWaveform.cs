namespace IonSim.Physiology;

/// <summary>
/// The stimulus-driven gate of release, R(t) ∈ [0, 1]: each pulse at t_k contributes sin²(π(t − t_k)/w) for
/// t_k ≤ t ≤ t_k + w, overlapping pulses add and the sum is capped at 1 (all channels open).
/// </summary>
/// <remarks>
/// sin² rises and falls smoothly and is exactly 0 outside its window, so release stops completely between pulses and the
/// only places where the right-hand side changes form are t_k and t_k + w (<see cref="StimulusProtocol.Edges"/>).
/// Its full duration at half maximum is w/2.
/// </remarks>
internal static class ReleaseWaveform
{
    public static double Gate(double t, ReadOnlySpan<double> pulseTimesMs, double widthMs)
    {
        // Before the first pulse or after the last one's window (most of a twitch): no search. The test on the last
        // pulse is the loop's own, and implies it for every earlier pulse, so the result is the loop's.
        if (pulseTimesMs.Length == 0 || t < pulseTimesMs[0] || t - pulseTimesMs[^1] >= widthMs)
        {
            return 0;
        }

        int index = pulseTimesMs.BinarySearch(t);
        int last = index >= 0 ? index : ~index - 1;   // the last pulse at or before t
        double gate = 0;
        for (int k = last; k >= 0; k--)
        {
            double tau = t - pulseTimesMs[k];
            if (tau >= widthMs)
            {
                break;   // pulses are sorted: every earlier one ended too
            }

            double s = Math.Sin(Math.PI * tau / widthMs);
            gate += s * s;
        }

        return Math.Min(gate, 1.0);
    }

    /// <summary>d<see cref="Gate"/>/dt at <paramref name="t"/>, per ms (0 where the gate is saturated at 1), for the fiber's Jacobian.</summary>
    /// <param name="t">The time, ms.</param>
    /// <param name="pulseTimesMs">The pulse times, ms, sorted.</param>
    /// <param name="widthMs">The width of one pulse's waveform, ms.</param>
    /// <returns>The gate's rate of change, per ms.</returns>
    public static double GateRate(double t, ReadOnlySpan<double> pulseTimesMs, double widthMs)
    {
        int index = pulseTimesMs.BinarySearch(t);
        int last = index >= 0 ? index : ~index - 1;
        double gate = 0, rate = 0;
        for (int k = last; k >= 0; k--)
        {
            double tau = t - pulseTimesMs[k];
            if (tau >= widthMs)
            {
                break;
            }

            double s = Math.Sin(Math.PI * tau / widthMs);
            gate += s * s;
            rate += Math.PI / widthMs * Math.Sin(2 * Math.PI * tau / widthMs);
        }

        return gate > 1.0 ? 0.0 : rate;
    }
}
