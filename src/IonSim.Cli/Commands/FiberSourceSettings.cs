using System.ComponentModel;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary>The options that choose the base fiber, shared by <c>plot</c>, <c>simulate</c> and <c>sweep</c>.</summary>
internal class FiberSourceSettings : CommandSettings
{
    [CommandOption("--preset <NAME>")]
    [Description("Start from a preset (see: ionsim presets).")]
    public string? Preset { get; init; }

    [CommandOption("--params <FILE>")]
    [Description("Start from a JSON parameter file (write one with: ionsim params).")]
    public string? Params { get; init; }
}
