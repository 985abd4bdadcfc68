using System.Text;
using OxyPlot;

namespace IonSim.Plotting;

/// <summary>Exports plot models to SVG (OxyPlot lays the figure out, <see cref="SvgCanvas"/> writes it; no native code), atomically.</summary>
/// <remarks>
/// Without a text measurer, text is measured by an estimate from standard font metrics that never measures short;
/// an application that has a real text renderer (such as the ionsim tool with SkiaSharp) passes it for tighter layouts.
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
    /// <param name="textMeasurer">A render context that measures text exactly, or null for an estimate from standard font metrics.</param>
    /// <returns>The UTF-8 bytes of the document, without a byte-order mark.</returns>
    public static byte[] Render(PlotModel model, double width, double height, IRenderContext? textMeasurer = null) =>
        new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(ToText(model, width, height, document: true, textMeasurer));

    /// <summary>Renders a plot as SVG text, with a viewBox so that a page can scale it to its column.</summary>
    /// <param name="model">The plot.</param>
    /// <param name="width">Width in pixels, greater than 0.</param>
    /// <param name="height">Height in pixels, greater than 0.</param>
    /// <param name="document">True for a standalone document (with its XML declaration), false for an element to place in a page.</param>
    /// <param name="textMeasurer">A render context that measures text exactly, or null for an estimate from standard font metrics.</param>
    /// <returns>The SVG text.</returns>
    public static string ToText(PlotModel model, double width, double height, bool document, IRenderContext? textMeasurer = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var canvas = new SvgCanvas(width, height, document, textMeasurer ?? new TextEstimate(), model.Background);
        IPlotModel plot = model;
        plot.Update(true);
        plot.Render(canvas, new OxyRect(0, 0, width, height));
        return canvas.Finish();
    }
}
