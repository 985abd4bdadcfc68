using System.Globalization;
using OxyPlot;
using OxyPlot.Series;
using SkiaSharp;

namespace IonSim.Samples;

/// <summary>
/// What a reader would trip on in a sample's figure, found before the file is written, so that CI's samples check
/// fails instead of publishing it: a figure with no data, a point that is NaN or infinite, and a curve whose colour
/// does not show in the plot area (never drawn, drawn off-axis, or hidden under another curve or the legend).
/// </summary>
public static class FigureCheck
{
    /// <summary>Fewest pixels of a curve's colour the plot area must show for the curve to count as visible.</summary>
    public const int MinimumVisiblePixels = 12;

    // Antialiasing blends edges; a curve's core keeps its colour to within this per channel.
    private const int ColourTolerance = 24;

    /// <summary>Throws when the data of <paramref name="model"/> holds no point or a non-finite one.</summary>
    /// <param name="model">The figure, before or after rendering.</param>
    /// <exception cref="InvalidOperationException">No series has data, or a point is NaN or infinite.</exception>
    public static void Data(PlotModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        int withData = 0;
        foreach (Series series in model.Series)
        {
            IEnumerable<(double X, double Y)> points = series switch
            {
                DataPointSeries line => line.Points.Select(p => (p.X, p.Y)),
                ScatterErrorSeries scatter => scatter.Points.Select(p => (p.X, p.Y)),
                RectangleBarSeries bars => bars.Items.SelectMany(r => new[] { (r.X0, r.Y0), (r.X1, r.Y1) }),
                _ => [],
            };
            int index = 0;
            foreach ((double x, double y) in points)
            {
                if (!double.IsFinite(x) || !double.IsFinite(y))
                {
                    throw new InvalidOperationException(
                        $"Figure '{model.Title}': series '{series.Title}' has a non-finite point [{index}] = ({Format(x)}, {Format(y)}).");
                }

                index++;
            }

            withData += index > 0 ? 1 : 0;
        }

        if (withData == 0)
        {
            throw new InvalidOperationException($"Figure '{model.Title}' has no data: none of its {model.Series.Count} series holds a point.");
        }
    }

    /// <summary>
    /// Throws when a drawn line's colour shows on fewer than <see cref="MinimumVisiblePixels"/> pixels of the plot area
    /// (legends excluded). Call after <paramref name="model"/> was rendered into <paramref name="image"/> at 96 dpi.
    /// </summary>
    /// <param name="model">The rendered figure (its plot area and legend areas are known after rendering).</param>
    /// <param name="image">The rendered pixels.</param>
    /// <exception cref="InvalidOperationException">A curve is not visible.</exception>
    public static void Visible(PlotModel model, SKBitmap image)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(image);
        OxyRect area = model.PlotArea;
        var legends = model.Legends.Select(l => l.LegendArea).ToArray();
        foreach (LineSeries line in model.Series.OfType<LineSeries>().Where(s => s.IsVisible && s.Points.Count >= 2 && s.LineStyle != LineStyle.None))
        {
            OxyColor colour = line.ActualColor;
            if (colour.A < 128)
            {
                continue; // a faint reference is meant to recede
            }

            int count = 0;
            for (int y = Math.Max(0, (int)area.Top); y < Math.Min(image.Height, (int)area.Bottom) && count < MinimumVisiblePixels; y++)
            {
                for (int x = Math.Max(0, (int)area.Left); x < Math.Min(image.Width, (int)area.Right); x++)
                {
                    if (Near(image.GetPixel(x, y), colour) && !legends.Any(r => r.Contains(x, y)) && ++count >= MinimumVisiblePixels)
                    {
                        break;
                    }
                }
            }

            if (count < MinimumVisiblePixels)
            {
                throw new InvalidOperationException(
                    $"Figure '{model.Title}': curve '{line.Title ?? "(untitled)"}' ({colour}) shows on only {count} pixels of the plot area: " +
                    "it is hidden by another curve or the legend, or lies outside the axes.");
            }
        }
    }

    private static bool Near(SKColor pixel, OxyColor colour) =>
        Math.Abs(pixel.Red - colour.R) <= ColourTolerance && Math.Abs(pixel.Green - colour.G) <= ColourTolerance && Math.Abs(pixel.Blue - colour.B) <= ColourTolerance;

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
