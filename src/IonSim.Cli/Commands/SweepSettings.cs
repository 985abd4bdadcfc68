using System.ComponentModel;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary>Options of <c>ionsim sweep mg|frequency|pca</c>.</summary>
internal sealed class SweepSettings : CommandSettings, IFigureSettings
{
    [CommandOption("--preset <NAME>")]
    [Description("Start from a preset (see: ionsim presets).")]
    public string? Preset { get; init; }

    [CommandOption("--params <FILE>")]
    [Description("Start from a JSON parameter file (write one with: ionsim params).")]
    public string? Params { get; init; }

    [CommandOption("--values <LIST>")]
    [Description("Comma-separated values to sweep (mM for mg, Hz for frequency, pCa for pca). Default: the library's range.")]
    public string? Values { get; init; }

    [CommandOption("--from <X>")]
    [Description("First value of an evenly spaced sweep (with --to and --steps).")]
    public string? From { get; init; }

    [CommandOption("--to <X>")]
    [Description("Last value of an evenly spaced sweep.")]
    public string? To { get; init; }

    [CommandOption("--steps <N>")]
    [Description("Number of values of an evenly spaced sweep, 2 to 200.")]
    public string? Steps { get; init; }

    [CommandOption("--duration <MS>")]
    [Description("Simulated time per point in ms, at most 60000. Default: the library's choice.")]
    public string? Duration { get; init; }

    [CommandOption("-o|--output <FILE>")]
    [Description("Plot (.png, .svg, .pdf) or table (.csv). Default: sweep-<kind>.png.")]
    public string? Output { get; init; }

    [CommandOption("--csv <FILE>")]
    [Description("Also write the sweep as CSV to this file.")]
    public string? Csv { get; init; }

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
