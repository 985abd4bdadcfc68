using OxyPlot;

namespace IonSim.Plotting;

/// <summary>Exports plot models to SVG with OxyPlot.Core's own exporter (no native code), atomically.</summary>
/// <remarks>
/// These exporters measure text approximately; an application that has a real text renderer (such as
/// the ionsim tool with SkiaSharp) gets tighter layouts by exporting through that renderer instead.
/// </remarks>
public static class SvgExport
{
    /// <summary>Writes a plot as an SVG document.</summary>
    /// <param name="model">The plot.</param>
    /// <param name="path">The target file; its folder must exist.</param>
    /// <param name="width">Width in pixels, greater than 0.</param>
    /// <param name="height">Height in pixels, greater than 0.</param>
    /// <param name="textMeasurer">A render context that measures text exactly (for example SkiaSharp's), or null for
    /// OxyPlot's built-in estimate, which can clip long legend entries.</param>
    public static void Save(PlotModel model, string path, double width, double height, IRenderContext? textMeasurer = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var exporter = new SvgExporter { Width = width, Height = height, UseVerticalTextAlignmentWorkaround = true };
        if (textMeasurer is not null)
        {
            exporter.TextMeasurer = textMeasurer;
        }

        AtomicFile.Write(path, stream => exporter.Export(model, stream));
    }
}
