using System.Globalization;
using IonSim.CellML;
using Spectre.Console;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary><c>ionsim model FILE</c>: the model's components, states and parameters with their units.</summary>
internal sealed class ModelCommand(CliEnvironment environment, IAnsiConsole console) : Command<ModelSettings>
{
    public override int Execute(CommandContext context, ModelSettings settings, CancellationToken cancellationToken)
    {
        CellMLModel model = ModelOptions.Load(settings.File, environment, "model file");
        var time = model.VariableOfIntegration;
        string timeNote = model.MillisecondsPerTimeUnit is { } perMs
            ? (perMs == 1 ? "--duration and --dt are in ms" : $"--duration and --dt are in ms ({Number(perMs)} ms per {time.Units})")
            : $"not a time: --duration and --dt are in {time.Units}";
        console.WriteLine($"{model.Name} (CellML {model.CellMLVersion}, {model.SourceName})");
        console.WriteLine($"components ({model.Components.Count}): {string.Join(", ", model.Components)}");
        console.WriteLine($"variable of integration: {time.QualifiedName} [{time.Units}]; {timeNote}");
        if (model.TimeDiscontinuities.Count > 0)
        {
            console.WriteLine($"discontinuities at {time.Name} = {string.Join(", ", model.TimeDiscontinuities.Select(Number))}");
        }

        var initial = model.InitialState();
        Write($"states ({model.States.Count})", model.States.Select(s => (s, Number(initial[s.StateIndex]))));
        Write($"parameters ({model.Parameters.Count}; change with --set component.variable=value)", model.Parameters.Select(p => (p, Number(model.Evaluate(p, 0, initial)))));
        if (settings.All)
        {
            var computed = model.AllVariables.Where(v => v.IsDefinition && v.Kind is VariableKind.Algebraic or VariableKind.ComputedConstant).ToList();
            Write($"computed ({computed.Count})", computed.Select(v => (v, v.Kind == VariableKind.ComputedConstant ? Number(model.Evaluate(v, 0, initial)) : "algebraic")));
        }
        else
        {
            int count = model.AllVariables.Count(v => v.IsDefinition && v.Kind is VariableKind.Algebraic or VariableKind.ComputedConstant);
            console.WriteLine($"{count} computed variables (list them with --all); any variable can be recorded with --var component.variable");
        }

        return 0;
    }

    private void Write(string heading, IEnumerable<(ModelVariable Variable, string Value)> rows)
    {
        var table = new Table().AddColumn(new TableColumn(Markup.Escape(heading)).NoWrap()).AddColumn("units").AddColumn(new TableColumn("value").RightAligned());
        foreach (var (variable, value) in rows)
        {
            table.AddRow(Markup.Escape(variable.QualifiedName), Markup.Escape(variable.Units), Markup.Escape(value));
        }

        console.Write(table);
    }

    private static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
