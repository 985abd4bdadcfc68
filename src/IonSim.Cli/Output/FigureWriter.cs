using IonSim.Plotting;
using OxyPlot;

namespace IonSim.Cli.Output;

/// <summary>Writes a plot in the format its file extension names, atomically.</summary>
internal static class FigureWriter
{
    public static readonly IReadOnlyList<string> Formats = ["png", "svg", "pdf"];

    /// <summary>True when the format is drawn by SkiaSharp and therefore needs an installed font.</summary>
    public static bool NeedsFonts(string format) => format is "png" or "pdf";

    public static void Write(PlotModel model, string path, string format, int width, int height)
    {
        switch (format)
        {
            case "png":
                var png = new OxyPlot.SkiaSharp.PngExporter { Width = width, Height = height };
                AtomicFile.Write(path, stream => png.Export(model, stream));
                break;
            case "svg":
                // SVG needs no font to be written, but OxyPlot's own text estimate clips long legends:
                // measure with Skia whenever a font is there to measure with.
                if (Fonts.AnyInstalled)
                {
                    using var measurer = new OxyPlot.SkiaSharp.SkiaRenderContext { RenderTarget = OxyPlot.SkiaSharp.RenderTarget.VectorGraphic };
                    SvgExport.Save(model, path, width, height, measurer);
                }
                else
                {
                    SvgExport.Save(model, path, width, height);
                }

                break;
            case "pdf":
                // Skia embeds the font, so "Ca²⁺" survives; OxyPlot.Core's own PDF writer is limited to the standard fonts.
                var pdf = new OxyPlot.SkiaSharp.PdfExporter { Width = width, Height = height };
                AtomicFile.Write(path, stream => pdf.Export(model, stream));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown figure format.");
        }
    }
}
