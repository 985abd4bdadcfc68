using IonSim.Plotting;

namespace IonSim.Web.Lab;

/// <summary>The CLI's plot style, with one change for the browser.</summary>
internal static class LabStyle
{
    /// <summary>
    /// OxyPlot measures SVG text with the metrics of the standard PDF fonts; for "DejaVu Sans" (the CLI's font, measured
    /// there by Skia) it has none, and legends overlapped. Arial is measured as Helvetica, and browsers draw it with Arial or a
    /// metric-compatible font (Liberation Sans on Debian), so the measured layout is the drawn one.
    /// </summary>
    public static PlotStyle Figures { get; } = PlotStyle.Default with { FontFamily = "Arial" };
}
