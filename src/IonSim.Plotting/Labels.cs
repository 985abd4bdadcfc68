using System.Globalization;

namespace IonSim.Plotting;

/// <summary>Text of legends and axes, formatted with the invariant culture so that plots do not depend on the machine's locale.</summary>
internal static class Labels
{
    public const string Time = "Time (ms)";
    public const string Tension = "Tension (0–1)";
    public const string FreeCalcium = "Free Ca²⁺ (µM)";
    public const string Phases = "Phase";

    /// <summary>"Parvalbumin": the site's name is the axis title, so each stacked panel says which site it shows;
    /// short, because a panel row is only about 200 px tall. The legend says the values are bound fractions.</summary>
    public static string Occupancy(string site) => $"{char.ToUpperInvariant(site[0])}{site[1..]}";

    /// <summary>"Normal · Mg²⁺ 1 mM": the legend entry of a scenario when no tension panel quotes its metrics; a scenario
    /// already named by its Mg²⁺ ("Mg 0.25 mM") is not told twice.</summary>
    public static string Scenario(ScenarioCurves scenario)
    {
        string mg = Number(scenario.FreeMagnesiumMillimolar, "0.###") + " mM";
        return scenario.Name.EndsWith("Mg " + mg, StringComparison.Ordinal) || scenario.Name.EndsWith("Mg²⁺ " + mg, StringComparison.Ordinal)
            ? $"Mg²⁺ {mg}"
            : $"{scenario.Name} · Mg²⁺ {mg}";
    }

    public static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>"Normal · Mg²⁺ 1 mM · peak 0.82 · RT50 41.3 ms": what a reader compares between curves.</summary>
    public static string TensionLegend(ScenarioCurves scenario)
    {
        string text = Scenario(scenario);
        if (scenario.Twitches.Count == 0)
        {
            return text;
        }

        TwitchMarks first = scenario.Twitches[0];
        if (scenario.Twitches.Count == 1)
        {
            text += $" · peak {Number(first.PeakTension, "0.00")}";
            return first.HalfRelaxationTimeMs is double rt50
                ? text + $" · RT50 {Number(rt50, "0.0")} ms"
                : text + " · no RT50";
        }

        double highest = scenario.Twitches.Max(t => t.PeakTension);
        return text + $" · peak {Number(highest, "0.00")} over {scenario.Twitches.Count} twitches";
    }
}
