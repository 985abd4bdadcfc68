using System.ComponentModel;
using IonSim.Cli.Options;
using IonSim.Cli.Output;
using IonSim.Plotting;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary>Options of <c>ionsim params</c>.</summary>
internal sealed class ParamsSettings : QuietSettings
{
    [CommandOption("--preset <NAME>")]
    [Description("The preset to write (see: ionsim presets). Default: the normal-magnesium preset.")]
    public string? Preset { get; init; }

    [CommandOption("-o|--output <FILE>")]
    [Description("Write to this .json file instead of standard output (- for standard output).")]
    public string? Output { get; init; }
}

/// <summary><c>ionsim params</c>: print a preset's full parameter file, to edit and pass back with <c>--params</c>.</summary>
internal sealed class ParamsCommand(CliEnvironment environment) : Command<ParamsSettings>
{
    public override int Execute(CommandContext context, ParamsSettings settings, CancellationToken cancellationToken)
    {
        OutputTarget? target = settings.Output is null or OutputTarget.StandardOutput ? null : OutputTarget.Resolve(environment, "--output", settings.Output, ["json"]);
        string json = ScenarioOptions.Preset(settings.Preset ?? "normal").ToJson();
        if (!json.EndsWith('\n'))
        {
            json += "\n";
        }

        if (target is null)
        {
            environment.Out.Write(json);
        }
        else
        {
            using var files = new OutputFiles(settings.Quiet ? TextWriter.Null : environment.Out);
            files.Add(target, Csv.Utf8.GetBytes(json));
            files.Commit();
        }

        return 0;
    }
}
