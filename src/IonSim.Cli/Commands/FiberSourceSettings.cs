using System.ComponentModel;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary>The option every command that writes files shares: quiet for scripts.</summary>
internal class QuietSettings : CommandSettings
{
    [CommandOption("-q|--quiet")]
    [Description("Print nothing but errors (no progress, no \"wrote\" lines).")]
    public bool Quiet { get; init; }
}

/// <summary>The options that choose the base fiber, shared by <c>plot</c>, <c>simulate</c> and <c>sweep</c>.</summary>
internal class FiberSourceSettings : QuietSettings
{
    [CommandOption("--preset <NAME>")]
    [Description("Start from a preset (see: ionsim presets).")]
    public string? Preset { get; init; }

    [CommandOption("--params <FILE>")]
    [Description("Start from a JSON parameter file (write one with: ionsim params). A regular file of at most 1 MB.")]
    public string? Params { get; init; }
}
