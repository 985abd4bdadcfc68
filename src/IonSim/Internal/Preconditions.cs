using System.Globalization;

namespace IonSim.Internal;

/// <summary>
/// The one place argument checks live, so that every message names the value and what is allowed.
/// </summary>
internal static class Preconditions
{
    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static double Finite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number, but was {Format(value)}.");
        }

        return value;
    }

    public static double Positive(double value, string name)
    {
        if (!(value > 0) || double.IsNaN(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be greater than 0, but was {Format(value)}.");
        }

        return value;
    }

    public static double PositiveFinite(double value, string name)
    {
        if (!(value > 0) || !double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number greater than 0, but was {Format(value)}.");
        }

        return value;
    }

    public static double NonNegativeFinite(double value, string name)
    {
        if (!(value >= 0) || !double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number of at least 0, but was {Format(value)}.");
        }

        return value;
    }

    public static double InRange(double value, double min, double max, string name)
    {
        if (!(value >= min && value <= max))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {Format(min)} and {Format(max)}, but was {Format(value)}.");
        }

        return value;
    }

    public static int AtLeast(int value, int min, string name)
    {
        if (value < min)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least {min}, but was {value}.");
        }

        return value;
    }
    public static double InOpenRange(double value, double minExclusive, double maxExclusive, string name)
    {
        if (!(value > minExclusive && value < maxExclusive))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be greater than {Format(minExclusive)} and less than {Format(maxExclusive)}, but was {Format(value)}.");
        }

        return value;
    }

    public static T NotNull<T>(T? value, string name)
        where T : class
    {
        if (value is null)
        {
            throw new ArgumentNullException(name, $"{name} must be given, but was null.");
        }

        return value;
    }

    /// <summary>Largest concentration a parameter may state, µM: 1 M, far above any cellular pool.</summary>
    public const double MaxConcentrationMicromolar = 1e6;

    /// <summary>Largest first-order rate (or flux per µM) a parameter may state, ms⁻¹: a nanosecond time constant.</summary>
    public const double MaxRatePerMs = 1e6;

    /// <summary>Largest association rate a parameter may state, µM⁻¹ms⁻¹: a thousand times the diffusion limit for a small ion
    /// meeting a protein site, about 10⁹ M⁻¹s⁻¹ = 1 µM⁻¹ms⁻¹ (Alberty &amp; Hammes 1958, J Phys Chem 62:154).</summary>
    public const double MaxAssociationRatePerMicromolarPerMs = 1e3;

    /// <summary>A concentration a cell could hold, µM: greater than 0 and at most <see cref="MaxConcentrationMicromolar"/>.</summary>
    public static double Concentration(double value, string name) => PhysicalRange(value, MaxConcentrationMicromolar, "µM (1 M)", name);

    /// <summary>A first-order rate, ms⁻¹ (or a flux, µM/ms): greater than 0 and at most <see cref="MaxRatePerMs"/>.</summary>
    public static double Rate(double value, string name) => PhysicalRange(value, MaxRatePerMs, "per ms", name);

    /// <summary>An association rate, µM⁻¹ms⁻¹: greater than 0 and at most <see cref="MaxAssociationRatePerMicromolarPerMs"/>.</summary>
    public static double AssociationRate(double value, string name) => PhysicalRange(value, MaxAssociationRatePerMicromolarPerMs, "per µM per ms (1000 times the diffusion limit)", name);

    /// <summary>A concentration stated in mM: greater than 0 and at most 1000 mM (the same 1 M as <see cref="MaxConcentrationMicromolar"/>).</summary>
    public static double ConcentrationMillimolar(double value, string name) => PhysicalRange(value, MaxConcentrationMicromolar / 1000, "mM (1 M)", name);

    /// <summary>A first-order rate that may be 0 (a pathway switched off), ms⁻¹: at least 0 and at most <see cref="MaxRatePerMs"/>.</summary>
    public static double RateOrZero(double value, string name) => value == 0 ? value : PhysicalRange(value, MaxRatePerMs, "per ms", name, orZero: true);

    private static double PhysicalRange(double value, double max, string unit, string name, bool orZero = false)
    {
        if (!(value > 0 && value <= max))
        {
            string lower = orZero ? "at least 0" : "greater than 0";
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be {lower} and at most {Format(max)} {unit}, but was {Format(value)}.");
        }

        return value;
    }

    public static double AtLeast(double value, double min, string name)
    {
        if (!(value >= min) || !double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number of at least {Format(min)}, but was {Format(value)}.");
        }

        return value;
    }

    public static TEnum Defined<TEnum>(TEnum value, string name)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be one of {string.Join(", ", Enum.GetNames<TEnum>())}, but was {value}.");
        }

        return value;
    }

    public static int AtLeastCount<T>(IReadOnlyCollection<T> values, int min, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.Count < min)
        {
            throw new ArgumentException($"{name} must contain at least {min} values, but had {values.Count}.", name);
        }

        return values.Count;    }
    public static TEnum DefinedFlags<TEnum>(TEnum value, TEnum all, string name)
        where TEnum : struct, Enum
    {
        long bits = Convert.ToInt64(value, CultureInfo.InvariantCulture);
        long allowed = Convert.ToInt64(all, CultureInfo.InvariantCulture);
        if ((bits & ~allowed) != 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must combine only {string.Join(", ", Enum.GetNames<TEnum>())}, but was {value}.");
        }

        return value;
    }

    public static IReadOnlyList<double> FiniteNonNegativeAscending(IReadOnlyList<double> values, string name)
    {
        for (int i = 0; i < values.Count; i++)
        {
            if (!(values[i] >= 0) || !double.IsFinite(values[i]))
            {
                throw new ArgumentOutOfRangeException(name, values[i], $"{name}[{i}] must be a finite number of at least 0, but was {Format(values[i])}.");
            }

            if (i > 0 && !(values[i] > values[i - 1]))
            {
                throw new ArgumentOutOfRangeException(name, values[i], $"{name} must be strictly increasing, but {name}[{i}] = {Format(values[i])} follows {Format(values[i - 1])}.");
            }
        }

        return values;
    }
}
