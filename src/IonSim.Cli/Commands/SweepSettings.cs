using System.ComponentModel;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary>Options of <c>ionsim sweep mg|frequency|pca</c>.</summary>
internal sealed class SweepSettings : FiberSourceSettings, IFigureSettings
{
    [CommandOption("--mg <MM>")]
    [Description("sweep pca only: free Mg²⁺ in mM, repeat for one force–pCa curve each. Default: the fiber's own.")]
    public string[] Mg { get; init; } = [];

    [CommandOption("--values <LIST>")]
    [Description("Comma-separated ascending values to sweep: mM for mg (default 0.1 to 2), Hz for frequency (default 1 to 150), pCa for pca (default 4 to 7).")]
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
    [Description("sweep mg: simulated time per level in ms (default: the library's tail after the pulse). sweep frequency: length of each train in ms (default 500).")]
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
