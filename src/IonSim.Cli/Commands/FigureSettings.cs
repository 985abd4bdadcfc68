using System.ComponentModel;
using IonSim.Cli.Options;
using IonSim.Cli.Output;
using IonSim.Plotting;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary>Options of every command that draws a figure.</summary>
internal interface IFigureSettings
{
    string? Width { get; }

    string? Height { get; }

    string? Title { get; }

    string? Font { get; }
}

/// <summary>Checked figure options: size in pixels (points for PDF), title and font family.</summary>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels, or null when the command picks it from the figure's content.</param>
/// <param name="Title">The title, or null for the command's default.</param>
/// <param name="Style">Font and colours.</param>
internal sealed record FigureOptions(int Width, int? Height, string? Title, PlotStyle Style)
{
    public const int MaxSize = 8000;

    public static FigureOptions Parse(IFigureSettings s, OutputTarget target)
    {
        int width = s.Width is null ? 1000 : OptionParser.Integer("--width", s.Width, 200, MaxSize, "the width in pixels");
        int? height = s.Height is null ? null : OptionParser.Integer("--height", s.Height, 150, MaxSize, "the height in pixels");
        string font = s.Font ?? Fonts.Default;
        if (FigureWriter.NeedsFonts(target.Format))
        {
            font = Fonts.Resolve(font, explicitlyRequested: s.Font is not null);
        }

        return new FigureOptions(width, height, s.Title, PlotStyle.Default with { FontFamily = font });
    }
}

/// <summary>The figure options as Spectre binds them.</summary>
internal static class FigureOptionText
{
    public const string Width = "Image width in pixels (points for .pdf), 200 to 8000; default 1000.";
    public const string Height = "Image height in pixels (points for .pdf), 150 to 8000; default grows with the number of panels.";
    public const string Title = "Plot title; default describes the protocol and scenarios.";
    public const string Font = "Font family for .png and .pdf text; default DejaVu Sans.";
}
