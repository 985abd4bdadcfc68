using System.Globalization;

namespace IonSim.Plotting;

/// <summary>Checks that keep NaN curves and ragged columns out of plots, with messages naming the value.</summary>
internal static class CurveChecks
{
    public static void Finite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"{name} must be a finite number, but was {Format(value)}.", name);
        }
    }

    public static void Column(IReadOnlyList<double> values, int expectedCount, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.Count != expectedCount)
        {
            throw new ArgumentException($"{name} has {values.Count} values but time has {expectedCount}.", name);
        }

        for (int i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"{name}[{i}] must be a finite number, but was {Format(values[i])}.", name);
            }
        }
    }

    public static void IncreasingTime(IReadOnlyList<double> timeMs, string name)
    {
        Column(timeMs, timeMs?.Count ?? 0, name);
        if (timeMs!.Count == 0)
        {
            throw new ArgumentException($"{name} must hold at least one sample.", name);
        }

        for (int i = 1; i < timeMs.Count; i++)
        {
            if (!(timeMs[i] > timeMs[i - 1]))
            {
                throw new ArgumentException(
                    $"{name} must increase strictly, but {name}[{i}] = {Format(timeMs[i])} follows {Format(timeMs[i - 1])}.", name);
            }
        }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
