using System.Globalization;
using IonSim.Experiments.Studies;
using Spectre.Console;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary><c>ionsim study plan FILE</c>: what a study will run, how many points, and how long on this machine.</summary>
internal sealed class StudyPlanCommand(CliEnvironment environment, IAnsiConsole console) : Command<StudyPlanSettings>
{
    public override int Execute(CommandContext context, StudyPlanSettings settings, CancellationToken cancellationToken)
    {
        Study study = StudyFile.Load(settings.File, environment, force: true);
        console.WriteLine($"study {study.Name} (hash {study.Hash}), base: {study.BaseName}");
        var table = new Table().AddColumn("parameter").AddColumn("distribution").AddColumn(new TableColumn("base value").RightAligned());
        foreach (StudyParameter p in study.Parameters)
        {
            table.AddRow(Markup.Escape(p.Name), Markup.Escape(p.Distribution.Describe()), Markup.Escape(BaseValue(study, p.Name)));
        }

        console.Write(table);
        console.WriteLine($"design: {study.Design.Describe()}, seed {study.Seed}: {study.PointCount.ToString("N0", CultureInfo.InvariantCulture)} points");
        console.WriteLine($"protocols: {string.Join(", ", study.Protocols.Select(Describe))}");
        console.WriteLine($"outputs per point ({study.Outputs.Count}): {string.Join(", ", study.Outputs)}");
        console.WriteLine(study.PointCount > StudyFile.SizeCap
            ? $"above the size cap of {StudyFile.SizeCap.ToString("N0", CultureInfo.InvariantCulture)} points: run and slurm need --force"
            : $"within the size cap of {StudyFile.SizeCap.ToString("N0", CultureInfo.InvariantCulture)} points");
        if (!settings.NoEstimate)
        {
            double perPoint = StudyEstimate.SecondsPerPoint(study);
            int cores = Environment.ProcessorCount;
            console.WriteLine(FormattableString.Invariant(
                $"estimate on this machine: {perPoint:0.###} s per point on one core (timed on {StudyEstimate.TrialPoints} trial points); about {StudyEstimate.Duration(perPoint * study.PointCount / cores)} on its {cores} cores, {StudyEstimate.Duration(perPoint * study.PointCount)} of one core in all"));
        }

        return 0;
    }

    private static string BaseValue(Study study, string name)
    {
        System.Text.Json.Nodes.JsonNode? node = System.Text.Json.Nodes.JsonNode.Parse(study.BaseParameters.ToJson());
        foreach (string part in name.Split('.'))
        {
            node = node?[part];
        }

        return node?.ToJsonString() ?? "";
    }

    private static string Describe(StudyProtocol p) => p.Kind switch
    {
        StudyProtocolKind.Rest => $"{p.Name} (rest state)",
        StudyProtocolKind.Twitch => FormattableString.Invariant($"{p.Name} (twitch, {p.Stimulus!.DurationMs} ms)"),
        _ => FormattableString.Invariant($"{p.Name} ({p.Pulses} pulses at {p.FrequencyHz} Hz, {p.Stimulus!.DurationMs} ms)"),
    };
}
