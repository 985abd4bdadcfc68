using System.Collections.Frozen;

namespace IonSim.CellML.Units;

/// <summary>The units every CellML model may name without defining them, and the SI prefixes.</summary>
internal static class BuiltInUnits
{
    private static readonly Unit Ampere = Unit.Base("ampere");
    private static readonly Unit Kilogram = Unit.Base("kilogram");
    private static readonly Unit Metre = Unit.Base("metre");
    private static readonly Unit Second = Unit.Base("second");
    private static readonly Unit Kelvin = Unit.Base("kelvin");
    private static readonly Unit Mole = Unit.Base("mole");
    private static readonly Unit Candela = Unit.Base("candela");

    private static readonly Unit Joule = Kilogram.Times(Metre.Pow(2)).Times(Second.Pow(-2));
    private static readonly Unit Volt = Joule.Times(Ampere.Pow(-1)).Times(Second.Pow(-1));

    public static readonly FrozenDictionary<string, Unit> Units = new Dictionary<string, Unit>
    {
        ["ampere"] = Ampere,
        ["candela"] = Candela,
        ["kelvin"] = Kelvin,
        ["kilogram"] = Kilogram,
        ["metre"] = Metre,
        ["meter"] = Metre,
        ["mole"] = Mole,
        ["second"] = Second,
        ["dimensionless"] = Unit.Dimensionless,
        ["radian"] = Unit.Dimensionless,
        ["steradian"] = Unit.Dimensionless,
        ["becquerel"] = Second.Pow(-1),
        ["hertz"] = Second.Pow(-1),
        ["celsius"] = Kelvin with { HasOffset = true },
        ["coulomb"] = Ampere.Times(Second),
        ["gram"] = Kilogram.Scale(1e-3),
        ["litre"] = Metre.Pow(3).Scale(1e-3),
        ["liter"] = Metre.Pow(3).Scale(1e-3),
        ["joule"] = Joule,
        ["volt"] = Volt,
        ["watt"] = Joule.Times(Second.Pow(-1)),
        ["newton"] = Kilogram.Times(Metre).Times(Second.Pow(-2)),
        ["pascal"] = Kilogram.Times(Metre.Pow(-1)).Times(Second.Pow(-2)),
        ["ohm"] = Volt.Times(Ampere.Pow(-1)),
        ["siemens"] = Ampere.Times(Volt.Pow(-1)),
        ["farad"] = Ampere.Times(Second).Times(Volt.Pow(-1)),
        ["weber"] = Volt.Times(Second),
        ["henry"] = Volt.Times(Second).Times(Ampere.Pow(-1)),
        ["tesla"] = Volt.Times(Second).Times(Metre.Pow(-2)),
        ["gray"] = Metre.Pow(2).Times(Second.Pow(-2)),
        ["sievert"] = Metre.Pow(2).Times(Second.Pow(-2)),
        ["katal"] = Mole.Times(Second.Pow(-1)),
        ["lumen"] = Candela,
        ["lux"] = Candela.Times(Metre.Pow(-2)),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Prefixes = new Dictionary<string, int>
    {
        ["yotta"] = 24, ["zetta"] = 21, ["exa"] = 18, ["peta"] = 15, ["tera"] = 12, ["giga"] = 9,
        ["mega"] = 6, ["kilo"] = 3, ["hecto"] = 2, ["deka"] = 1, ["deca"] = 1, ["deci"] = -1,
        ["centi"] = -2, ["milli"] = -3, ["micro"] = -6, ["nano"] = -9, ["pico"] = -12, ["femto"] = -15,
        ["atto"] = -18, ["zepto"] = -21, ["yocto"] = -24,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
