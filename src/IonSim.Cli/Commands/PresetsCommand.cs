using IonSim.Cli.Backend;
using Spectre.Console;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary><c>ionsim presets</c>: the presets and their key parameters.</summary>
internal sealed class PresetsCommand(CliEnvironment environment, IAnsiConsole console) : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        IReadOnlyList<PresetInfo> presets = environment.Backend.Presets();
        List<string> labels = [.. presets.SelectMany(p => p.Summary.Select(kv => kv.Key)).Distinct()];
        var table = new Table().AddColumn("preset");
        foreach (string label in labels)
        {
            table.AddColumn(new TableColumn(Markup.Escape(label)).RightAligned());
        }

        foreach (PresetInfo preset in presets)
        {
            var values = labels.Select(l => preset.Summary.FirstOrDefault(kv => kv.Key == l).Value ?? string.Empty);
            table.AddRow([Markup.Escape(preset.Name), .. values.Select(Markup.Escape)]);
        }

        console.Write(table);
        return 0;
    }
}
