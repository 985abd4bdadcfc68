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
    public static void Save(PlotModel model, string path, double width, double height)
    {
        ArgumentNullException.ThrowIfNull(model);
        var exporter = new SvgExporter { Width = width, Height = height, UseVerticalTextAlignmentWorkaround = true };
        AtomicFile.Write(path, stream => exporter.Export(model, stream));
    }
}
