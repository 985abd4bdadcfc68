using IonSim.Plotting;
using OxyPlot;

namespace IonSim.Cli.Output;

/// <summary>Renders a plot in the format its file extension names.</summary>
/// <remarks>Figures are rendered to memory and only then written: SkiaSharp writes through a native
/// callback, and an I/O error thrown inside it (a full disk) would abort the process instead of
/// reaching the error report.</remarks>
internal static class FigureWriter
{
    public static readonly IReadOnlyList<string> Formats = ["png", "svg", "pdf"];

    /// <summary>True when the format is drawn by SkiaSharp and therefore needs an installed font.</summary>
    public static bool NeedsFonts(string format) => format is "png" or "pdf";

    public static byte[] Render(PlotModel model, string format, int width, int height)
    {
        switch (format)
        {
            case "png":
                return ToMemory(stream => new OxyPlot.SkiaSharp.PngExporter { Width = width, Height = height }.Export(model, stream));
            case "svg":
                // SVG needs no font to be written, but OxyPlot's own text estimate clips long legends:
                // measure with Skia whenever a font is there to measure with.
                if (Fonts.AnyInstalled)
                {
                    using var measurer = new OxyPlot.SkiaSharp.SkiaRenderContext { RenderTarget = OxyPlot.SkiaSharp.RenderTarget.VectorGraphic };
                    return SvgExport.Render(model, width, height, measurer);
                }

                return SvgExport.Render(model, width, height);
            case "pdf":
                // Skia embeds the font, so "Ca²⁺" survives; OxyPlot.Core's own PDF writer is limited to the standard fonts.
                return ToMemory(stream => new OxyPlot.SkiaSharp.PdfExporter { Width = width, Height = height }.Export(model, stream));
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown figure format.");
        }
    }

    private static byte[] ToMemory(Action<Stream> export)
    {
        using var memory = new MemoryStream();
        export(memory);
        return memory.ToArray();
    }
}
