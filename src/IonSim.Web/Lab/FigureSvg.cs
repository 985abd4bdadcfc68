using System.Globalization;
using OxyPlot;

namespace IonSim.Web.Lab;

/// <summary>Renders IonSim.Plotting's OxyPlot models as SVG text: the same figures as the CLI's, drawn in the page.</summary>
internal static class FigureSvg
{
    /// <summary>The figure as SVG text; <paramref name="document"/> adds the XML header of a standalone .svg file.</summary>
    /// <remarks>OxyPlot writes only a fixed width and height; a viewBox is added so the page can scale the figure to its column.</remarks>
    public static string Render(PlotModel model, double width, double height, bool document = false)
    {
        string svg = SvgExporter.ExportToString(model, width, height, document, null, useVerticalTextAlignmentWorkaround: true);
        int at = svg.IndexOf("<svg ", StringComparison.Ordinal);
        if (at < 0 || svg.IndexOf("viewBox", at, svg.IndexOf('>', at) - at, StringComparison.Ordinal) >= 0)
        {
            return svg;
        }

        return svg.Insert(at + 5, string.Create(CultureInfo.InvariantCulture, $"viewBox=\"0 0 {width} {height}\" "));
    }
}
