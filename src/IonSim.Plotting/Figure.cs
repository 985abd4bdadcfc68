using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;

namespace IonSim.Plotting;

/// <summary>Where one panel sits on the shared time axis: its vertical axis key and its extent (0 bottom, 1 top).</summary>
internal readonly record struct PanelSlot(string AxisKey, double Start, double End);

/// <summary>The frame shared by every IonSim figure: fonts, background, legend and panel axes.</summary>
internal static class Figure
{
    public static PlotModel Create(string? title, PlotStyle style) => new()
    {
        Title = title,
        DefaultFont = style.FontFamily,
        DefaultFontSize = style.FontSize,
        TitleFontSize = style.FontSize * 1.3,
        // An explicit white background keeps PNGs readable on dark slides and viewers.
        Background = OxyColors.White,
        PlotAreaBorderColor = OxyColor.FromRgb(0x60, 0x60, 0x60),
    };

    public static Legend Legend(PlotStyle style, bool inside) => new()
    {
        LegendPlacement = inside ? LegendPlacement.Inside : LegendPlacement.Outside,
        LegendPosition = inside ? LegendPosition.RightTop : LegendPosition.BottomCenter,
        LegendOrientation = inside ? LegendOrientation.Vertical : LegendOrientation.Horizontal,
        LegendBackground = OxyColor.FromAColor(220, OxyColors.White),
        LegendBorder = OxyColor.FromRgb(0xA0, 0xA0, 0xA0),
        LegendFontSize = style.FontSize * 0.9,
        LegendSymbolLength = 28,
    };

    public static LinearAxis PanelAxis(PanelSlot slot, string title) => new()
    {
        Key = slot.AxisKey,
        Position = AxisPosition.Left,
        StartPosition = slot.Start,
        EndPosition = slot.End,
        Title = title,
        MajorGridlineStyle = LineStyle.Dot,
        AxislineStyle = LineStyle.Solid,
    };

    /// <summary>A series with no points that only shows a line sample and text in the legend.</summary>
    public static OxyPlot.Series.LineSeries LegendEntry(PanelSlot slot, string title, OxyColor color, double thickness, LineStyle lineStyle) => new()
    {
        Title = title,
        Color = color,
        StrokeThickness = thickness,
        LineStyle = lineStyle,
        XAxisKey = TwitchPlots.TimeAxisKey,
        YAxisKey = slot.AxisKey,
    };

    public static OxyPlot.Series.LineSeries Line(PanelSlot slot, string? title, OxyColor color, double thickness, IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var series = new OxyPlot.Series.LineSeries
        {
            Title = title,
            RenderInLegend = title is not null,
            Color = color,
            StrokeThickness = thickness,
            XAxisKey = TwitchPlots.TimeAxisKey,
            YAxisKey = slot.AxisKey,
        };
        for (int i = 0; i < x.Count; i++)
        {
            series.Points.Add(new DataPoint(x[i], y[i]));
        }

        return series;
    }
}
