using System.Globalization;

namespace IonSim.Experiments;

/// <summary>
/// Builds and checks the list of values a sweep runs over. Every builder refuses empty, non-finite,
/// out-of-domain (for example negative concentration) and reversed or unsorted ranges with a message that
/// names the quantity, the value and what is allowed.
/// </summary>
/// <remarks>Ranges ascend strictly, so a sweep's results read in order of the swept quantity.</remarks>
public static class SweepRange
{
    /// <summary>Evenly spaced values from <paramref name="start"/> to <paramref name="stop"/>, both included.</summary>
    /// <param name="start">First value.</param>
    /// <param name="stop">Last value; greater than <paramref name="start"/>.</param>
    /// <param name="count">Number of values, at least 2.</param>
    /// <param name="domain">Which values the quantity may take.</param>
    /// <param name="name">The quantity with its unit, for messages (for example "free Mg²⁺ (mM)").</param>
    /// <returns>The values, ascending; the ends are exactly <paramref name="start"/> and <paramref name="stop"/>.</returns>
    public static IReadOnlyList<double> Linear(double start, double stop, int count, SweepDomain domain = SweepDomain.Any, string name = "value")
    {
        CheckEnds(start, stop, count, domain, name);
        var values = new double[count];
        for (int k = 0; k < count; k++)
        {
            // Dividing last keeps decimal grids decimal: 4 + 3·14/15 is 6.8, where 4 + 14·0.2 is 6.800000000000001.
            values[k] = k == count - 1 ? stop : start + ((stop - start) * k / (count - 1));
        }

        return Array.AsReadOnly(values);
    }

    /// <summary>Logarithmically spaced values (constant ratio) from <paramref name="start"/> to <paramref name="stop"/>, both included.</summary>
    /// <param name="start">First value; greater than 0.</param>
    /// <param name="stop">Last value; greater than <paramref name="start"/>.</param>
    /// <param name="count">Number of values, at least 2.</param>
    /// <param name="name">The quantity with its unit, for messages.</param>
    /// <returns>The values, ascending; the ends are exactly <paramref name="start"/> and <paramref name="stop"/>.</returns>
    public static IReadOnlyList<double> Logarithmic(double start, double stop, int count, string name = "value")
    {
        CheckEnds(start, stop, count, SweepDomain.Positive, name);
        var values = new double[count];
        double logStart = Math.Log10(start);
        double step = (Math.Log10(stop) - logStart) / (count - 1);
        for (int k = 0; k < count; k++)
        {
            values[k] = k == 0 ? start : k == count - 1 ? stop : Math.Pow(10, logStart + (k * step));
        }

        return Array.AsReadOnly(values);
    }

    /// <summary>Checks an explicit list of values.</summary>
    /// <param name="values">The values: at least one, finite, in the domain, strictly ascending.</param>
    /// <param name="domain">Which values the quantity may take.</param>
    /// <param name="name">The quantity with its unit, for messages.</param>
    /// <returns>A read-only copy of the values.</returns>
    public static IReadOnlyList<double> Of(IEnumerable<double> values, SweepDomain domain = SweepDomain.Any, string name = "value")
    {
        ArgumentNullException.ThrowIfNull(values);
        var copy = values.ToArray();
        if (copy.Length == 0)
        {
            throw new ArgumentException($"The {name} sweep is empty: give at least one value.", nameof(values));
        }

        for (int i = 0; i < copy.Length; i++)
        {
            CheckValue(copy[i], domain, $"{name} [{i}]", nameof(values));
            if (i > 0 && !(copy[i] > copy[i - 1]))
            {
                throw new ArgumentException(
                    $"The {name} sweep must ascend strictly, but value {i} ({Format(copy[i])}) follows {Format(copy[i - 1])}.", nameof(values));
            }
        }

        return Array.AsReadOnly(copy);
    }

    private static void CheckEnds(double start, double stop, int count, SweepDomain domain, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        CheckValue(start, domain, $"{name} start", nameof(start));
        CheckValue(stop, domain, $"{name} stop", nameof(stop));
        if (count < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"The {name} sweep needs at least 2 points from start to stop, but count was {count}; use SweepRange.Of for a single value.");
        }

        if (!(stop > start))
        {
            throw new ArgumentException(
                $"The {name} sweep is {(stop == start ? "empty" : "reversed")}: stop ({Format(stop)}) must be greater than start ({Format(start)}).", nameof(stop));
        }
    }

    private static void CheckValue(double value, SweepDomain domain, string what, string parameter)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"{what} must be a finite number, but was {Format(value)}.");
        }

        if (domain == SweepDomain.NonNegative && value < 0)
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"{what} must be at least 0 (a concentration cannot be negative), but was {Format(value)}.");
        }

        if (domain == SweepDomain.Positive && !(value > 0))
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"{what} must be greater than 0, but was {Format(value)}.");
        }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
