using System.Xml.Linq;
using OxyPlot;
using SkiaSharp;

namespace IonSim.Cli.Tests;

/// <summary>Checks on exported figures.</summary>
internal static class Images
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static SKBitmap DecodePng(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        Assert.True(bytes.AsSpan(0, 8).SequenceEqual(PngSignature), "not a PNG signature");
        return SKBitmap.Decode(bytes) ?? throw new Xunit.Sdk.XunitException("PNG does not decode");
    }

    /// <summary>Pixels of <paramref name="color"/> (within a small tolerance for anti-aliasing) in the
    /// region where curves are drawn: left of the legend (which sits at the top right) and below the title.</summary>
    public static int CountInPlotArea(SKBitmap bitmap, OxyColor color, int tolerance = 6)
    {
        int count = 0;
        int x0 = bitmap.Width / 10, x1 = bitmap.Width * 6 / 10, y0 = bitmap.Height / 8, y1 = bitmap.Height * 9 / 10;
        for (int y = y0; y < y1; y++)
        {
            for (int x = x0; x < x1; x++)
            {
                SKColor p = bitmap.GetPixel(x, y);
                if (Math.Abs(p.Red - color.R) <= tolerance && Math.Abs(p.Green - color.G) <= tolerance && Math.Abs(p.Blue - color.B) <= tolerance)
                {
                    count++;
                }
            }
        }

        return count;
    }

    public static XDocument Svg(string path)
    {
        XDocument document = XDocument.Load(path);
        Assert.Equal("svg", document.Root!.Name.LocalName);
        return document;
    }

    public static void AssertPdf(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 1000, "PDF is suspiciously small");
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        string tail = System.Text.Encoding.ASCII.GetString(bytes, bytes.Length - 16, 16);
        Assert.Contains("%%EOF", tail);
    }

    /// <summary>Colours as OxyPlot's SVG writer spells them.</summary>
    public static string Hex(OxyColor c) => $"rgb({c.R},{c.G},{c.B})";
}
