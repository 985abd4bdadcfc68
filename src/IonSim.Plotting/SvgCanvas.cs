using System.Globalization;
using System.Text;
using OxyPlot;

namespace IonSim.Plotting;

/// <summary>
/// Draws a plot model as SVG text: the elements and attributes OxyPlot's own SVG exporter writes (polyline, polygon,
/// rect, ellipse, text, clip paths, with the same styles and coordinates to 1/10000 px), written straight into one
/// string builder. OxyPlot's exporter formats every coordinate through a composite format string and an XML writer;
/// in the browser's .NET interpreter that cost more than laying out the figure (a seven-panel twitch figure took
/// 110–300 ms per redraw there), so both the CLI's SVG files and the web lab's figures are written here.
/// </summary>
internal sealed class SvgCanvas : ClippingRenderContext
{
    private const string NumberFormat = "0.####";
    private static readonly int[] DecimalPlace = [1, 10, 100, 1000];
    private readonly StringBuilder _svg = new(capacity: 1 << 17);
    private readonly IRenderContext _measurer;
    private int _clipNumber = 1;

    /// <summary>Starts the document: optional XML declaration, the svg element with its size and viewBox, the background.</summary>
    public SvgCanvas(double width, double height, bool document, IRenderContext measurer, OxyColor background)
    {
        _measurer = measurer;
        if (document)
        {
            _svg.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .Append("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n");
        }

        _svg.Append("<svg viewBox=\"0 0 ");
        Number(width).Append(' ');
        Number(height).Append("\" width=\"");
        Number(width).Append("\" height=\"");
        Number(height).Append("\" version=\"1.1\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        if (background.IsVisible())
        {
            Rectangle(0, 0, width, height, background, OxyColors.Undefined, 0, EdgeRenderingMode.Adaptive);
        }
    }

    /// <summary>Closes any open clip group and the svg element and returns the text.</summary>
    public string Finish()
    {
        while (ClipCount > 0)
        {
            PopClip();
        }

        return _svg.Append("</svg>\n").ToString();
    }

    public override OxySize MeasureText(string text, string fontFamily, double fontSize, double fontWeight) =>
        string.IsNullOrEmpty(text) ? OxySize.Empty : _measurer.MeasureText(text, fontFamily, fontSize, fontWeight);

    public override void DrawLine(IList<ScreenPoint> points, OxyColor stroke, double thickness, EdgeRenderingMode edgeRenderingMode, double[]? dashArray = null, LineJoin lineJoin = LineJoin.Miter) =>
        Shape("polyline", points, OxyColors.Undefined, stroke, thickness, edgeRenderingMode, dashArray, lineJoin);

    public override void DrawPolygon(IList<ScreenPoint> points, OxyColor fill, OxyColor stroke, double thickness, EdgeRenderingMode edgeRenderingMode, double[]? dashArray = null, LineJoin lineJoin = LineJoin.Miter) =>
        Shape("polygon", points, fill, stroke, thickness, edgeRenderingMode, dashArray, lineJoin);

    public override void DrawRectangle(OxyRect rect, OxyColor fill, OxyColor stroke, double thickness, EdgeRenderingMode edgeRenderingMode) =>
        Rectangle(rect.Left, rect.Top, rect.Width, rect.Height, fill, stroke, thickness, edgeRenderingMode);

    public override void DrawEllipse(OxyRect rect, OxyColor fill, OxyColor stroke, double thickness, EdgeRenderingMode edgeRenderingMode)
    {
        _svg.Append("<ellipse cx=\"");
        Number(rect.Left + (rect.Width / 2)).Append("\" cy=\"");
        Number(rect.Top + (rect.Height / 2)).Append("\" rx=\"");
        Number(rect.Width / 2).Append("\" ry=\"");
        Number(rect.Height / 2).Append('"');
        Style(fill, stroke, thickness, null, LineJoin.Miter);
        End(edgeRenderingMode);
    }

    /// <summary>
    /// Text as OxyPlot's exporter writes it with its vertical-alignment workaround: each line anchored at its baseline
    /// ("baseline"), moved by the line height for top and middle alignment, because browsers ignore dominant-baseline
    /// inconsistently.
    /// </summary>
    public override void DrawText(ScreenPoint p, string text, OxyColor fill, string fontFamily = "", double fontSize = 10, double fontWeight = 500, double rotation = 0, HorizontalAlignment halign = HorizontalAlignment.Left, VerticalAlignment valign = VerticalAlignment.Top, OxySize? maxSize = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        string[] lines = text.Split(["\r\n", "\n"], StringSplitOptions.None);
        double lineHeight = MeasureText(text, fontFamily, fontSize, fontWeight).Height / lines.Length;
        double angle = rotation / 180.0 * Math.PI;
        var lineOffset = new ScreenVector(-Math.Sin(angle) * lineHeight, Math.Cos(angle) * lineHeight);
        double linesBefore = valign switch
        {
            VerticalAlignment.Bottom => 1.0 - lines.Length,
            VerticalAlignment.Top => 1.0,
            _ => 1.0 - (lines.Length / 2.0),
        };
        p += lineOffset * linesBefore;
        foreach (string line in lines)
        {
            TextLine(p, line, fill, fontFamily, fontSize, fontWeight, rotation, halign);
            p += lineOffset;
        }
    }

    public override void DrawImage(OxyImage source, double srcX, double srcY, double srcWidth, double srcHeight, double destX, double destY, double destWidth, double destHeight, double opacity, bool interpolate)
    {
        BeginClip(destX, destY, destWidth, destHeight);
        _svg.Append("<image x=\"");
        Number(destX - (srcX / srcWidth * destWidth)).Append("\" y=\"");
        Number(destY - (srcY / srcHeight * destHeight)).Append("\" width=\"");
        Number(source.Width / srcWidth * destWidth).Append("\" height=\"");
        Number(source.Height / srcHeight * destHeight).Append("\" preserveAspectRatio=\"none\" xlink:href=\"data:image/png;base64,")
            .Append(Convert.ToBase64String(source.GetData())).Append("\" />\n");
        EndClip();
    }

    protected override void SetClip(OxyRect clippingRectangle) =>
        BeginClip(clippingRectangle.Left, clippingRectangle.Top, clippingRectangle.Width, clippingRectangle.Height);

    protected override void ResetClip() => EndClip();

    private void BeginClip(double x, double y, double width, double height)
    {
        int id = _clipNumber++;
        _svg.Append("<defs><clipPath id=\"clipPath").Append(id).Append("\"><rect x=\"");
        Number(x).Append("\" y=\"");
        Number(y).Append("\" width=\"");
        Number(width).Append("\" height=\"");
        Number(height).Append("\" /></clipPath></defs>\n<g clip-path=\"url(#clipPath").Append(id).Append(")\">\n");
    }

    private void EndClip() => _svg.Append("</g>\n");

    private void Shape(string element, IList<ScreenPoint> points, OxyColor fill, OxyColor stroke, double thickness, EdgeRenderingMode edges, double[]? dashArray, LineJoin lineJoin)
    {
        _svg.Append('<').Append(element).Append(" points=\"");
        for (int i = 0; i < points.Count; i++)
        {
            if (i > 0)
            {
                _svg.Append(' ');
            }

            Number(points[i].X).Append(',');
            Number(points[i].Y);
        }

        _svg.Append('"');
        Style(fill, stroke, thickness, dashArray, lineJoin);
        End(edges);
    }

    private void Rectangle(double x, double y, double width, double height, OxyColor fill, OxyColor stroke, double thickness, EdgeRenderingMode edges)
    {
        _svg.Append("<rect x=\"");
        Number(x).Append("\" y=\"");
        Number(y).Append("\" width=\"");
        Number(width).Append("\" height=\"");
        Number(height).Append('"');
        Style(fill, stroke, thickness, null, LineJoin.Miter);
        End(edges);
    }

    private void TextLine(ScreenPoint p, string line, OxyColor fill, string fontFamily, double fontSize, double fontWeight, double rotation, HorizontalAlignment halign)
    {
        _svg.Append("<text dominant-baseline=\"baseline\" text-anchor=\"")
            .Append(halign switch { HorizontalAlignment.Center => "middle", HorizontalAlignment.Right => "end", _ => "start" })
            .Append("\" transform=\"translate(");
        Number(p.X).Append(',');
        Number(p.Y).Append(')');
        if (Math.Abs(rotation) > 0)
        {
            _svg.Append(" rotate(").Append(rotation.ToString(CultureInfo.InvariantCulture)).Append(')');
        }

        _svg.Append('"');
        if (fontFamily is not null)
        {
            _svg.Append(" font-family=\"");
            Escaped(fontFamily).Append('"');
        }

        if (fontSize > 0)
        {
            _svg.Append(" font-size=\"");
            Number(fontSize).Append('"');
        }

        if (fontWeight > 0)
        {
            _svg.Append(" font-weight=\"");
            Number(fontWeight).Append('"');
        }

        if (fill.IsInvisible())
        {
            _svg.Append(" fill=\"none\"");
        }
        else
        {
            _svg.Append(" fill=\"");
            Color(fill).Append('"');
            if (fill.A != 0xFF)
            {
                _svg.Append(" fill-opacity=\"");
                Number(fill.A / 255.0).Append('"');
            }
        }

        _svg.Append('>');
        Escaped(line).Append("</text>\n");
    }

    // The style attribute as OxyPlot writes it ("fill:none;stroke:rgb(…);stroke-width:2;stroke-opacity:…").
    private void Style(OxyColor fill, OxyColor stroke, double thickness, double[]? dashArray, LineJoin lineJoin)
    {
        _svg.Append(" style=\"");
        if (fill.IsInvisible())
        {
            _svg.Append("fill:none;");
        }
        else
        {
            _svg.Append("fill:");
            Color(fill).Append(';');
            if (fill.A != 0xFF)
            {
                _svg.Append("fill-opacity:").Append((fill.A / 255.0).ToString(CultureInfo.InvariantCulture)).Append(';');
            }
        }

        if (stroke.IsInvisible())
        {
            _svg.Append("stroke:none;");
        }
        else
        {
            _svg.Append("stroke:");
            Color(stroke).Append(";stroke-width:");
            Number(thickness);
            _svg.Append(lineJoin switch { LineJoin.Round => ";stroke-linejoin:round", LineJoin.Bevel => ";stroke-linejoin:bevel", _ => "" });
            if (stroke.A != 0xFF)
            {
                _svg.Append(";stroke-opacity:").Append((stroke.A / 255.0).ToString(CultureInfo.InvariantCulture));
            }

            if (dashArray is { Length: > 0 })
            {
                _svg.Append(";stroke-dasharray:").AppendJoin(',', dashArray.Select(d => d.ToString(CultureInfo.InvariantCulture)));
            }
        }

        _svg.Append('"');
    }

    private void End(EdgeRenderingMode edges)
    {
        string? rendering = edges switch
        {
            EdgeRenderingMode.PreferSharpness => "crispEdges",
            EdgeRenderingMode.PreferSpeed => "optimizeSpeed",
            EdgeRenderingMode.PreferGeometricAccuracy => "geometricPrecision",
            _ => null,
        };
        if (rendering is not null)
        {
            _svg.Append(" shape-rendering=\"").Append(rendering).Append('"');
        }

        _svg.Append(" />\n");
    }

    private StringBuilder Color(OxyColor c) =>
        c.Equals(OxyColors.Black) ? _svg.Append("black") : _svg.Append("rgb(").Append(c.R).Append(',').Append(c.G).Append(',').Append(c.B).Append(')');

    private StringBuilder Escaped(string text)
    {
        foreach (char c in text)
        {
            _ = c switch
            {
                '&' => _svg.Append("&amp;"),
                '<' => _svg.Append("&lt;"),
                '>' => _svg.Append("&gt;"),
                '"' => _svg.Append("&quot;"),
                _ => _svg.Append(c),
            };
        }

        return _svg;
    }

    /// <summary>
    /// A coordinate with at most four decimals and no trailing zeros (OxyPlot's "0.####"), written digit by digit: the
    /// custom-format path of double.ToString is what made the exporter slow in the browser.
    /// </summary>
    private StringBuilder Number(double value) => AppendNumber(_svg, value);

    /// <summary>Appends <paramref name="value"/> as OxyPlot's "0.####" writes it, but without a format string.</summary>
    internal static StringBuilder AppendNumber(StringBuilder svg, double value)
    {
        double scaled = Math.Round(Math.Abs(value) * 10000, MidpointRounding.AwayFromZero);
        if (!double.IsFinite(value) || scaled >= 1e15)
        {
            return svg.Append(value.ToString(NumberFormat, CultureInfo.InvariantCulture));
        }

        long units = (long)scaled;
        if (units == 0)
        {
            return svg.Append('0');
        }

        if (value < 0)
        {
            svg.Append('-');
        }

        svg.Append(units / 10000);
        int fraction = (int)(units % 10000);
        if (fraction != 0)
        {
            svg.Append('.');
            int digits = 4;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }

            for (int divisor = DecimalPlace[digits - 1]; divisor > 0; divisor /= 10)
            {
                svg.Append((char)('0' + (fraction / divisor % 10)));
            }
        }

        return svg;
    }
}
