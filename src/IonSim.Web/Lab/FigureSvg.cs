using IonSim.Plotting;
using OxyPlot;

namespace IonSim.Web.Lab;

/// <summary>Renders IonSim.Plotting's OxyPlot models as SVG text: the same figures as the CLI's, drawn in the page.</summary>
internal static class FigureSvg
{
    /// <summary>The figure as SVG text with a viewBox; <paramref name="document"/> adds the XML header of a standalone .svg file.</summary>
    public static string Render(PlotModel model, double width, double height, bool document = false) =>
        SvgExport.ToText(model, width, height, document);
}
