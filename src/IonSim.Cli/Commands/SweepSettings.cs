using System.ComponentModel;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary>Options every <c>ionsim sweep</c> kind shares; each kind adds its own (see the classes below).</summary>
internal abstract class SweepSettings : FiberSourceSettings, IFigureSettings
{
    [CommandOption("--values <LIST>")]
    [Description("Comma-separated ascending values to sweep (see the kind's description for unit, range and default).")]
    public string? Values { get; init; }

    [CommandOption("--from <X>")]
    [Description("First value of an evenly spaced sweep (with --to and --steps).")]
    public string? From { get; init; }

    [CommandOption("--to <X>")]
    [Description("Last value of an evenly spaced sweep.")]
    public string? To { get; init; }

    [CommandOption("--steps <N>")]
    [Description("Number of values of an evenly spaced sweep, at most 200.")]
    public string? Steps { get; init; }

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

/// <summary>Options of <c>ionsim sweep mg</c>.</summary>
internal sealed class MagnesiumSweepSettings : SweepSettings
{
    [CommandOption("--duration <MS>")]
    [Description("Simulated time per Mg²⁺ level in ms, at most 60000. Default: the library's tail after the pulse.")]
    public string? Duration { get; init; }
}

/// <summary>Options of <c>ionsim sweep frequency</c>.</summary>
internal sealed class FrequencySweepSettings : SweepSettings
{
    [CommandOption("--duration <MS>")]
    [Description("Length of each train in ms, at most 60000 (each run adds 400 ms to relax). Default: 500.")]
    public string? Duration { get; init; }
}

/// <summary>Options of <c>ionsim sweep pca</c>.</summary>
internal sealed class PcaSweepSettings : SweepSettings
{
    [CommandOption("--mg <MM>")]
    [Description("Free Mg²⁺ in mM, repeat for one force–pCa curve each. Default: the fiber's own.")]
    public string[] Mg { get; init; } = [];
}
