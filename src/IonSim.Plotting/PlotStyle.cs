using OxyPlot;

namespace IonSim.Plotting;

/// <summary>Fonts, sizes and colours shared by every IonSim plot.</summary>
/// <remarks>
/// The default font is "DejaVu Sans" on purpose: OxyPlot's own default ("Segoe UI") is absent on Linux,
/// and the fallback a renderer picks may lack the superscript glyphs of "Ca²⁺" and "Mg²⁺".
/// The scenario colours are the Okabe–Ito palette, which stays distinguishable for colour-blind readers.
/// </remarks>
public sealed record PlotStyle
{
    /// <summary>Gets the default style.</summary>
    public static PlotStyle Default { get; } = new();

    /// <summary>Gets the font family of all text.</summary>
    public string FontFamily { get; init; } = "DejaVu Sans";

    /// <summary>Gets the base font size in device-independent pixels.</summary>
    public double FontSize { get; init; } = 14;

    /// <summary>Gets the thickness of data lines in device-independent pixels.</summary>
    public double LineThickness { get; init; } = 2.5;

    /// <summary>Gets the line colour of each scenario, in scenario order (reused cyclically).</summary>
    public IReadOnlyList<OxyColor> ScenarioColors { get; init; } =
    [
        OxyColor.FromRgb(0x00, 0x72, 0xB2), // blue
        OxyColor.FromRgb(0xD5, 0x5E, 0x00), // vermillion
        OxyColor.FromRgb(0x00, 0x9E, 0x73), // bluish green
        OxyColor.FromRgb(0xCC, 0x79, 0xA7), // reddish purple
        OxyColor.FromRgb(0xE6, 0x9F, 0x00), // orange
        OxyColor.FromRgb(0x56, 0xB4, 0xE9), // sky blue
        OxyColor.FromRgb(0x00, 0x00, 0x00), // black
    ];

    /// <summary>Gets the colour of a scenario's lines.</summary>
    /// <param name="index">The scenario's position, from 0.</param>
    /// <returns>The colour, taken cyclically from <see cref="ScenarioColors"/>.</returns>
    public OxyColor ScenarioColor(int index) => ScenarioColors[index % ScenarioColors.Count];

    /// <summary>Gets the fill colour of a phase band.</summary>
    /// <param name="phase">The phase's name; unknown names get a neutral grey.</param>
    /// <returns>A light colour that keeps lines drawn over it readable.</returns>
    public static OxyColor PhaseColor(string phase) => phase switch
    {
        "Rest" => OxyColor.FromRgb(0xE4, 0xE4, 0xE4),
        "Activation" => OxyColor.FromRgb(0xFF, 0xE0, 0x8A),
        "Contraction" => OxyColor.FromRgb(0xF4, 0xA5, 0x82),
        "Relaxation" => OxyColor.FromRgb(0x9E, 0xCA, 0xE1),
        "Spasm" => OxyColor.FromRgb(0xC2, 0x7B, 0xA0),
        _ => OxyColor.FromRgb(0xBD, 0xBD, 0xBD),
    };
}
