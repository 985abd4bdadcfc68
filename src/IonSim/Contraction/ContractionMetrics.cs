using IonSim.Internal;

namespace IonSim.Contraction;

/// <summary>
/// Measures twitches and trains on a continuous <see cref="ContractionCurve"/>. On a simulation's curve, tension's peaks,
/// troughs, crossings and integrals are exact on each step's polynomial; free Ca²⁺ is probed on the steps and refined to
/// <see cref="ContractionOptions.TimeToleranceMs"/>. On a curve of two functions, peaks are found by a golden-section
/// refinement and crossings by bisection, each bracketed by probing at <see cref="ContractionOptions.ProbeStepMs"/> and
/// refined to <see cref="ContractionOptions.TimeToleranceMs"/>; integrals by adaptive Gauss–Kronrod quadrature.
/// </summary>
/// <remarks>
/// A peak's value is exact to rounding. A probed peak's time, found from values alone, is exact to about √ε of the time
/// scale of the peak's curvature (well below a microsecond for a twitch); an exact one to rounding. Crossing times are
/// exact to the tolerance (probed) or to rounding (exact).
/// </remarks>
public static class ContractionMetrics
{

    /// <summary>Measures one twitch in [<paramref name="stimulusTimeMs"/>, <paramref name="windowEndMs"/>].</summary>
    /// <param name="curve">The continuous curve.</param>
    /// <param name="stimulusTimeMs">Time of the stimulus, ms; inside the curve's interval.</param>
    /// <param name="windowEndMs">End of the twitch window (the next stimulus or the end of the simulation), ms; after the stimulus and inside the curve's interval.</param>
    /// <param name="options">Search resolution; <see cref="ContractionOptions.Default"/> if <see langword="null"/>.</param>
    /// <returns>The metrics; times the window does not reach are <see cref="double.NaN"/>.</returns>
    public static TwitchMetrics Twitch(ContractionCurve curve, double stimulusTimeMs, double windowEndMs, ContractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(curve);
        options ??= ContractionOptions.Default;
        CheckWindow(curve, stimulusTimeMs, windowEndMs, nameof(stimulusTimeMs), nameof(windowEndMs));
        var (tension, calcium) = curve.Quantities(options);

        double tensionBefore = tension.At(stimulusTimeMs);
        var (peakTime, peak) = tension.Maximum(stimulusTimeMs, windowEndMs);
        double developed = peak - tensionBefore;
        double Level(double fraction) => tensionBefore + (fraction * developed);

        double rt50 = double.NaN, rt90 = double.NaN, fdhm = double.NaN;
        if (developed > 0)
        {
            double? fall50 = tension.Crossing(Level(0.5), peakTime, windowEndMs);
            double? fall10 = tension.Crossing(Level(0.1), peakTime, windowEndMs);
            double? rise50 = tension.Crossing(Level(0.5), peakTime, stimulusTimeMs);
            rt50 = fall50 - peakTime ?? double.NaN;
            rt90 = fall10 - peakTime ?? double.NaN;
            fdhm = fall50 - rise50 ?? double.NaN;
        }

        double calciumBefore = calcium.At(stimulusTimeMs);
        var (calciumPeakTime, calciumPeak) = calcium.Maximum(stimulusTimeMs, windowEndMs);

        return new TwitchMetrics
        {
            StimulusTimeMs = stimulusTimeMs,
            WindowEndMs = windowEndMs,
            PeakTension = peak,
            TimeToPeakMs = peakTime - stimulusTimeMs,
            HalfRelaxationTimeMs = rt50,
            Rt90Ms = rt90,
            DurationAtHalfMaximumMs = fdhm,
            TensionTimeIntegralMs = tension.Integral(stimulusTimeMs, windowEndMs, peakTime),
            PeakFreeCalciumMicromolar = calciumPeak,
            TimeToPeakCalciumMs = calciumPeakTime - stimulusTimeMs,
            CalciumDurationAtHalfMaximumMs = DurationAtHalfMaximum(calcium, calciumBefore, calciumPeakTime, calciumPeak, stimulusTimeMs, windowEndMs),
            RestingCalciumBeforeMicromolar = calciumBefore,
            RestingCalciumAfterMicromolar = calcium.At(windowEndMs),
            RestingTensionBefore = tensionBefore,
            RestingTensionAfter = tension.At(windowEndMs),
        };
    }

    /// <summary>Measures the twitch of every pulse, each in the window from its pulse to the next pulse (the last one to <paramref name="windowEndMs"/>).</summary>
    /// <param name="curve">The continuous curve.</param>
    /// <param name="pulseTimesMs">Pulse times, strictly increasing, before <paramref name="windowEndMs"/>, ms; may be empty.</param>
    /// <param name="windowEndMs">End of the last window (usually the end of the simulation), ms.</param>
    /// <param name="options">Search resolution; <see cref="ContractionOptions.Default"/> if <see langword="null"/>.</param>
    /// <returns>One <see cref="TwitchMetrics"/> per pulse, in pulse order.</returns>
    public static IReadOnlyList<TwitchMetrics> Twitches(ContractionCurve curve, IReadOnlyList<double> pulseTimesMs, double windowEndMs, ContractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(curve);
        ArgumentNullException.ThrowIfNull(pulseTimesMs);
        var twitches = new TwitchMetrics[pulseTimesMs.Count];
        for (int i = 0; i < twitches.Length; i++)
        {
            double end = i + 1 < twitches.Length ? pulseTimesMs[i + 1] : windowEndMs;
            twitches[i] = Twitch(curve, pulseTimesMs[i], end, options);
        }

        return Array.AsReadOnly(twitches);
    }

    /// <summary>Measures a train of pulses from its first pulse to <paramref name="windowEndMs"/>.</summary>
    /// <param name="curve">The continuous curve.</param>
    /// <param name="pulseTimesMs">At least two pulse times, strictly increasing, inside the window, ms.</param>
    /// <param name="windowEndMs">End of the measured window (for example one period after the last pulse, or the end of the simulation), ms.</param>
    /// <param name="options">Rest threshold and search resolution; <see cref="ContractionOptions.Default"/> if <see langword="null"/>.</param>
    /// <returns>The metrics.</returns>
    /// <remarks>
    /// Component i is the response to pulse i: its peak is the maximum between pulse i and the next pulse
    /// (or the window end), and the trough before component i+1 is the minimum between the two peaks.
    /// </remarks>
    public static TrainMetrics Train(ContractionCurve curve, IReadOnlyList<double> pulseTimesMs, double windowEndMs, ContractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(curve);
        Preconditions.AtLeastCount(pulseTimesMs, 2, nameof(pulseTimesMs));
        options ??= ContractionOptions.Default;
        CheckWindow(curve, pulseTimesMs[0], windowEndMs, "pulseTimesMs[0]", nameof(windowEndMs));
        for (int i = 1; i < pulseTimesMs.Count; i++)
        {
            if (!(pulseTimesMs[i] > pulseTimesMs[i - 1]) || !(pulseTimesMs[i] < windowEndMs))
            {
                throw new ArgumentException(
                    FormattableString.Invariant($"pulseTimesMs must increase strictly and lie before windowEndMs {windowEndMs:R}, but pulse {i} at {pulseTimesMs[i]:R} ms follows {pulseTimesMs[i - 1]:R} ms."),
                    nameof(pulseTimesMs));
            }
        }

        CurveQuantity tension = curve.Quantities(options).Tension;
        int n = pulseTimesMs.Count;
        double baseline = tension.At(pulseTimesMs[0]);

        var peaks = new (double TimeMs, double Value)[n];
        for (int i = 0; i < n; i++)
        {
            double end = i + 1 < n ? pulseTimesMs[i + 1] : windowEndMs;
            peaks[i] = tension.Maximum(pulseTimesMs[i], end);
        }

        double minimumTrough = double.PositiveInfinity, lastTrough = double.NaN;
        bool relaxed = true;
        for (int i = 0; i + 1 < n; i++)
        {
            lastTrough = peaks[i].TimeMs < peaks[i + 1].TimeMs
                ? tension.Minimum(peaks[i].TimeMs, peaks[i + 1].TimeMs).Value
                : peaks[i].Value;
            minimumTrough = Math.Min(minimumTrough, lastTrough);
            relaxed &= lastTrough < options.RestThresholdFraction;
        }

        double lastPeak = peaks[^1].Value;
        double developed = lastPeak - baseline;
        double start = pulseTimesMs[0];
        var overallPeak = peaks.MaxBy(p => p.Value);
        return new TrainMetrics
        {
            PulseCount = n,
            MeanTension = tension.Integral(start, windowEndMs, overallPeak.TimeMs) / (windowEndMs - start),
            PeakTension = overallPeak.Value,
            LastPeakTension = lastPeak,
            LastTroughTension = lastTrough,
            // A trough below the pre-train baseline is full relaxation: the index is 0, not a meaningless negative fraction.
            FusionIndex = developed > 0 ? Math.Clamp((lastTrough - baseline) / developed, 0, 1) : double.NaN,
            MinimumTroughTension = minimumTrough,
            RelaxedBetweenPulses = relaxed,
        };
    }

    private static void CheckWindow(ContractionCurve curve, double startMs, double endMs, string startName, string endName)
    {
        Preconditions.InRange(startMs, curve.StartTimeMs, curve.EndTimeMs, startName);
        Preconditions.InRange(endMs, Math.BitIncrement(startMs), curve.EndTimeMs, endName);
    }

    private static double DurationAtHalfMaximum(CurveQuantity f, double baseline, double peakTime, double peak, double start, double end)
    {
        double level = baseline + (0.5 * (peak - baseline));
        if (!(peak > baseline))
        {
            return double.NaN;
        }

        double? fall = f.Crossing(level, peakTime, end);
        double? rise = f.Crossing(level, peakTime, start);
        return fall - rise ?? double.NaN;
    }
}
