using System.Globalization;
using IonSim.Physiology;
using Spectre.Console;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary><c>ionsim presets</c>: the presets and their key parameters.</summary>
internal sealed class PresetsCommand(IAnsiConsole console) : Command
{
    private static readonly (string Label, Func<FiberParameters, string> Value)[] Columns =
    [
        ("Mg²⁺ (mM)", p => Number(p.FreeMagnesiumMillimolar)),
        ("Mg²⁺ acts on", p => p.Mechanisms.ToString()),
        ("Mg²⁺ is", p => p.MagnesiumMode.ToString()),
        ("rest holds", p => p.RestCondition.ToString()),
        ("SR Ca²⁺ (µM)", p => Number(p.SrTotalCalciumMicromolar)),
    ];

    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        var table = new Table().AddColumn(new TableColumn("preset").NoWrap());
        foreach ((string label, _) in Columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(label)).RightAligned());
        }

        foreach ((string name, FiberParameters parameters) in FiberPresets.All)
        {
            table.AddRow([Markup.Escape(name), .. Columns.Select(c => Markup.Escape(c.Value(parameters)))]);
        }

        console.Write(table);
        return 0;
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
