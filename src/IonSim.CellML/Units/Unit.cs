using System.Collections.Immutable;
using System.Globalization;

namespace IonSim.CellML.Units;

/// <summary>
/// A unit reduced to base units: a value v in this unit is <c>v·Factor</c> in the product of the base
/// units raised to <see cref="Exponents"/>.
/// </summary>
internal sealed record Unit(double Factor, ImmutableSortedDictionary<string, double> Exponents, bool HasOffset = false)
{
    public static readonly Unit Dimensionless = new(1.0, ImmutableSortedDictionary<string, double>.Empty);

    public static Unit Base(string name) => new(1.0, ImmutableSortedDictionary<string, double>.Empty.Add(name, 1.0));

    public Unit Pow(double exponent)
    {
        var exponents = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var (name, e) in Exponents)
        {
            exponents[name] = e * exponent;
        }

        return new Unit(Math.Pow(Factor, exponent), exponents.ToImmutable(), HasOffset);
    }

    public Unit Times(Unit other)
    {
        var exponents = Exponents.ToBuilder();
        foreach (var (name, e) in other.Exponents)
        {
            double sum = exponents.GetValueOrDefault(name) + e;
            if (sum == 0)
            {
                exponents.Remove(name);
            }
            else
            {
                exponents[name] = sum;
            }
        }

        return new Unit(Factor * other.Factor, exponents.ToImmutable(), HasOffset || other.HasOffset);
    }

    public Unit Scale(double multiplier) => this with { Factor = Factor * multiplier };

    public bool SameDimension(Unit other)
    {
        if (Exponents.Count != other.Exponents.Count)
        {
            return false;
        }

        foreach (var (name, e) in Exponents)
        {
            if (!other.Exponents.TryGetValue(name, out double f) || Math.Abs(e - f) > 1e-12)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets the dimension in words, e.g. <c>kilogram·metre^2·second^-3</c>.</summary>
    public string DimensionText => Exponents.Count == 0
        ? "dimensionless"
        : string.Join("·", Exponents.Select(p => p.Value == 1 ? p.Key : $"{p.Key}^{p.Value.ToString("G6", CultureInfo.InvariantCulture)}"));
}
