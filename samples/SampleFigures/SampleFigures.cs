using IonSim.Plotting;
using OxyPlot;
using OxyPlot.SkiaSharp;
using SkiaSharp;

namespace IonSim.Samples;

/// <summary>Where and how every sample saves its figure, kept out of the samples so they read as physiology.</summary>
public static class SampleFigures
{
    /// <summary>Writes the figure as a PNG into samples/out/ and returns its path relative to the current folder, after
    /// <see cref="FigureCheck"/> found data, no NaN and every curve visible.</summary>
    /// <param name="model">The figure.</param>
    /// <param name="fileName">The file name, ending in .png.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <returns>Where the figure was written.</returns>
    public static string Save(PlotModel model, string fileName, int width = 1000, int height = 650)
    {
        ArgumentNullException.ThrowIfNull(model);
        // A file-based app knows the folder of its .cs file, so figures land in samples/out/ wherever it is run from.
        string folder = Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".", "out");
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, fileName);
        // Rendered to memory and checked first: a figure with no data, a NaN point or a hidden curve fails the sample.
        FigureCheck.Data(model);
        var exporter = new PngExporter { Width = width, Height = height };
        using var png = new MemoryStream();
        exporter.Export(model, png);
        using (SKBitmap image = SKBitmap.Decode(png.ToArray()))
        {
            FigureCheck.Visible(model, image);
        }

        AtomicFile.Write(path, stream => png.WriteTo(stream));
        return Path.GetRelativePath(Environment.CurrentDirectory, path);
    }
}
