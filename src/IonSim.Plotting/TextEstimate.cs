using OxyPlot;

namespace IonSim.Plotting;

/// <summary>
/// Measures text for SVG export where no font renderer is at hand (the browser lab, a machine without fonts). OxyPlot's own
/// estimate uses the metrics of the standard PDF fonts, but in points where the SVG is drawn in pixels (a quarter short),
/// and knows only Latin-1 ("⁺" measures nothing), so legend entries drawn side by side overlapped. This estimate converts
/// to pixels and counts any other character as a lower-case "n" (about half an em; a superscript plus is narrower, so
/// text is not measured short). Arial and Helvetica metrics fit Arial and its metric twins (Liberation Sans).
/// </summary>
/// <remarks>Only <see cref="MeasureText"/> does anything; drawing calls are ignored, as an exporter asks a measurer for sizes only.</remarks>
internal sealed class TextEstimate : RenderContextBase
{
    private const double PixelsPerPoint = 96.0 / 72.0;

    private readonly PdfRenderContext _standardFonts = new(1000, 1000, OxyColors.Undefined);
    private int _clips;

    public override OxySize MeasureText(string text, string fontFamily, double fontSize, double fontWeight)
    {
        if (string.IsNullOrEmpty(text))
        {
            return OxySize.Empty;
        }

        var known = new char[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            known[i] = c <= '\u00FF' ? c : c is '—' or '…' ? 'm' : 'n';
        }

        // The PDF context answers in points (1/72 in) for a size given in device-independent pixels (1/96 in): 3/4 of
        // the width a browser draws, which is what made neighbouring legend entries overlap.
        OxySize points = _standardFonts.MeasureText(new string(known), fontFamily, fontSize, fontWeight);
        return new OxySize(points.Width * PixelsPerPoint, points.Height * PixelsPerPoint);
    }

    public override void DrawLine(IList<ScreenPoint> points, OxyColor stroke, double thickness, EdgeRenderingMode edgeRenderingMode, double[]? dashArray = null, LineJoin lineJoin = LineJoin.Miter)
    {
    }

    public override void DrawPolygon(IList<ScreenPoint> points, OxyColor fill, OxyColor stroke, double thickness, EdgeRenderingMode edgeRenderingMode, double[]? dashArray = null, LineJoin lineJoin = LineJoin.Miter)
    {
    }

    public override void DrawText(ScreenPoint p, string text, OxyColor fill, string fontFamily = "", double fontSize = 10, double fontWeight = 500, double rotation = 0, HorizontalAlignment halign = HorizontalAlignment.Left, VerticalAlignment valign = VerticalAlignment.Top, OxySize? maxSize = null)
    {
    }

    public override int ClipCount => _clips;

    public override void PushClip(OxyRect clippingRectangle) => _clips++;

    public override void PopClip() => _clips--;
}
