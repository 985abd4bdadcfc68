namespace IonSim.Plotting;

/// <summary>One panel of a stacked twitch figure; all panels share the time axis.</summary>
public enum PlotPanel
{
    /// <summary>Normalised tension (0–1) of each scenario, with its twitch metrics in the legend.</summary>
    Tension,

    /// <summary>Free cytosolic Ca²⁺ in micromolar of each scenario.</summary>
    Calcium,

    /// <summary>One panel per binding site: the fraction held by Ca²⁺ (solid) and by Mg²⁺ (dashed).</summary>
    Occupancy,

    /// <summary>The phase timeline of each scenario as shaded bands, one row per scenario.</summary>
    Phases,
}
