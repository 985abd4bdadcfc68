using System.ComponentModel;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary>Options of <c>ionsim plot</c>.</summary>
internal sealed class PlotSettings : ScenarioSettings, IFigureSettings
{
    [CommandOption("--panels <LIST>")]
    [Description("Comma-separated stacked panels sharing the time axis: tension, calcium, occupancy, phases. Default: tension.")]
    public string? Panels { get; init; }

    [CommandOption("-o|--output <FILE>")]
    [Description("Output file; the format follows the extension: .png, .svg or .pdf. Default: tension.png.")]
    public string? Output { get; init; }

    [CommandOption("--width <PX>")]
    [Description(FigureOptionText.Width)]
    public string? Width { get; init; }

    [CommandOption("--height <PX>")]
    [Description(FigureOptionText.Height)]
    public string? Height { get; init; }

    [CommandOption("--title <TEXT>")]
    [Description(FigureOptionText.Title)]
    public string? Title { get; init; }

    [CommandOption("--font <FAMILY>")]
    [Description(FigureOptionText.Font)]
    public string? Font { get; init; }
}
