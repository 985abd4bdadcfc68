using System.ComponentModel;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary>The options that choose what to simulate, shared by <c>plot</c> and <c>simulate</c>.</summary>
/// <remarks>Values are kept as text and parsed by <see cref="ScenarioOptions"/>, so that every bad value
/// gets a message naming the option, the value and what is allowed.</remarks>
internal class ScenarioSettings : FiberSourceSettings
{
    [CommandOption("--mg <MM>")]
    [Description("Free Mg²⁺ in mM; repeat for one curve each (--mg 1 --mg 0.25). Without it: the preset's own value, or normal vs low-magnesium presets side by side.")]
    public string[] Mg { get; init; } = [];

    [CommandOption("--protocol <PROTOCOL>")]
    [Description("twitch (one stimulus) or train (--pulses stimuli at --frequency). Default: twitch, or train when --frequency or --pulses is given.")]
    public string? Protocol { get; init; }

    [CommandOption("--frequency <HZ>")]
    [Description("Train frequency in Hz (default 50).")]
    public string? Frequency { get; init; }

    [CommandOption("--pulses <N>")]
    [Description("Number of stimuli in a train (default 10).")]
    public string? Pulses { get; init; }

    [CommandOption("--duration <MS>")]
    [Description("Simulated time in ms, at most 60000. Default: the library's choice for the protocol.")]
    public string? Duration { get; init; }

    [CommandOption("--model <FILE>")]
    [Description("Run a CellML model file (1.0, 1.1 or 2.0) instead of the built-in fibre; needs --duration. See: ionsim model FILE.")]
    public string? Model { get; init; }

    [CommandOption("--var <NAME>")]
    [Description("With --model: a variable to record, as component.variable; repeat for more. Default: every state.")]
    public string[] Var { get; init; } = [];

    [CommandOption("--set <NAME=VALUE>")]
    [Description("With --model: set a parameter or a state's initial value, in its own units (--set membrane.Cm=1.2); repeat for more.")]
    public string[] Set { get; init; } = [];

    [CommandOption("--dt <MS>")]
    [Description("Output interval in ms (dense output: the solver's own steps are unchanged), default 0.1.")]
    public string? Dt { get; init; }
}
