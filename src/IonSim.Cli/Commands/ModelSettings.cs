using System.ComponentModel;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary>Options of <c>ionsim model</c>.</summary>
internal sealed class ModelSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("A CellML model file (1.0, 1.1 or 2.0).")]
    public string File { get; init; } = string.Empty;

    [CommandOption("--all")]
    [Description("Also list the algebraic variables and computed constants.")]
    public bool All { get; init; }
}
