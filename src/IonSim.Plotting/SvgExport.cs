using OxyPlot;

namespace IonSim.Plotting;

/// <summary>Exports plot models to SVG with OxyPlot.Core's own exporter (no native code), atomically.</summary>
/// <remarks>
/// These exporters measure text approximately; an application that has a real text renderer (such as
/// the ionsim tool with SkiaSharp) gets tighter layouts by exporting through that renderer instead.
/// The document is UTF-8 without a byte-order mark, as SVG tools and web servers expect.
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
        byte[] svg = Render(model, width, height, textMeasurer);
        AtomicFile.Write(path, stream => stream.Write(svg));
    }

    /// <summary>Renders a plot as an SVG document in memory, so that writing it cannot fail halfway through rendering.</summary>
    /// <param name="model">The plot.</param>
    /// <param name="width">Width in pixels, greater than 0.</param>
    /// <param name="height">Height in pixels, greater than 0.</param>
    /// <param name="textMeasurer">A render context that measures text exactly, or null for OxyPlot's estimate.</param>
    /// <returns>The UTF-8 bytes of the document, without a byte-order mark.</returns>
    public static byte[] Render(PlotModel model, double width, double height, IRenderContext? textMeasurer = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var exporter = new SvgExporter { Width = width, Height = height, UseVerticalTextAlignmentWorkaround = true };
        if (textMeasurer is not null)
        {
            exporter.TextMeasurer = textMeasurer;
        }

        using var memory = new MemoryStream();
        exporter.Export(model, memory);
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        byte[] bytes = memory.ToArray();
        return bytes.AsSpan().StartsWith(bom) ? bytes[bom.Length..] : bytes;
    }
}
