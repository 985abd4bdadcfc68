using System.ComponentModel;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary>Options of <c>ionsim simulate</c>.</summary>
internal sealed class SimulateSettings : ScenarioSettings
{
    [CommandOption("-o|--output <FILE>")]
    [Description("Output file (.csv or .json); default (or -): standard output.")]
    public string? Output { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("csv (default) or json (trace, phase timeline, metrics, parameters and solver options). Default: from the --output extension, else csv.")]
    public string? Format { get; init; }
}
