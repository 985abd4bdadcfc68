using System.Globalization;
using System.Text;
using IonSim.Cli.Infrastructure;
using IonSim.Cli.Options;
using IonSim.Cli.Output;
using IonSim.Experiments.Studies;
using IonSim.Plotting;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary><c>ionsim study slurm FILE --tasks N [--throttle M]</c>: an sbatch job array (one shard per task), a merge job that
/// runs only when every task succeeded (<c>--dependency=afterok</c>), and a submit script; time and memory from the plan.</summary>
internal sealed class StudySlurmCommand(CliEnvironment environment) : Command<StudySlurmSettings>
{
    /// <summary>Memory per task: the runtime and a study's results (about 300 MB measured for a small study), plus room per thread.</summary>
    private const int BaseMemoryMb = 512;
    private const int MemoryPerCpuMb = 256;

    public override int Execute(CommandContext context, StudySlurmSettings settings, CancellationToken cancellationToken)
    {
        Study study = StudyFile.Load(settings.File, environment, settings.Force);
        if (settings.Tasks is null)
        {
            throw new UsageException("--tasks is required: the number of array tasks (shards), for example --tasks 100");
        }

        int tasks = OptionParser.Integer("--tasks", settings.Tasks, 1, Shard.MaxCount, "the number of tasks");
        int? throttle = settings.Throttle is null ? null : OptionParser.Integer("--throttle", settings.Throttle, 1, tasks, "the number of tasks at once");
        int cpus = settings.CpusPerTask is null ? 1 : OptionParser.Integer("--cpus-per-task", settings.CpusPerTask, 1, 256, "the number of cores per task");
        double? given = OptionParser.OptionalNumber("--seconds-per-point", settings.SecondsPerPoint, v => v > 0 && v <= 86_400, "the cost per point must be a number of seconds greater than 0 and at most 86400");
        string ionsim = settings.Ionsim ?? "ionsim";
        if (string.IsNullOrWhiteSpace(ionsim) || ionsim.Contains('\n', StringComparison.Ordinal))
        {
            throw new UsageException("--ionsim", ionsim, "expected a command on one line, such as ionsim or 'dotnet /opt/ionsim/IonSim.Cli.dll'");
        }

        if (settings.Partition is { } partition && !partition.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
        {
            throw new UsageException("--partition", partition, "expected a partition name (letters, digits, _ - .)");
        }

        string folder = StudyParts.Folder(environment, "--output", settings.Output ?? "slurm", create: true);
        string results = settings.Results is null ? Path.Combine(folder, "parts") : environment.Resolve(settings.Results);
        string studyPath = environment.Resolve(settings.File);

        double perPoint = given ?? StudyEstimate.SecondsPerPoint(study);
        long pointsPerTask = (study.PointCount + tasks - 1) / tasks;

        // Twice the estimate (nodes differ from this machine, load varies) plus 5 minutes for start-up and the last checkpoint.
        double seconds = (2 * perPoint * pointsPerTask / cpus) + 300;
        int memory = BaseMemoryMb + (MemoryPerCpuMb * cpus);

        using var files = new OutputFiles(settings.Quiet ? TextWriter.Null : environment.Out);
        files.Add(new OutputTarget(Path.Combine(folder, "study.sbatch"), "sbatch"), Csv.Utf8.GetBytes(ArrayScript(study, studyPath, results, ionsim, tasks, throttle, cpus, seconds, memory, settings.Partition, perPoint, pointsPerTask)));
        files.Add(new OutputTarget(Path.Combine(folder, "merge.sbatch"), "sbatch"), Csv.Utf8.GetBytes(MergeScript(study, results, ionsim, settings.Partition)));
        files.Add(new OutputTarget(Path.Combine(folder, "submit.sh"), "sh"), Csv.Utf8.GetBytes(SubmitScript(folder, results)));
        files.Commit();
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(folder, "submit.sh"), (UnixFileMode)0b111_101_101);
        }
        if (!settings.Quiet)
        {
            environment.Out.WriteLine(FormattableString.Invariant(
                $"{tasks} tasks of about {pointsPerTask} points each ({perPoint:0.###} s per point on one core here): --time={Time(seconds)} --mem={memory}M; submit with: {Quote(Path.Combine(folder, "submit.sh"))}"));
        }

        return 0;
    }

    private static string ArrayScript(Study study, string studyPath, string results, string ionsim, int tasks, int? throttle, int cpus, double seconds, int memory, string? partition, double perPoint, long pointsPerTask)
    {
        var s = new StringBuilder();
        s.Append("#!/bin/bash\n");
        s.Append(FormattableString.Invariant($"# Study {study.Name} ({study.Hash}): {study.PointCount} points in {tasks} array tasks, one shard each.\n"));
        s.Append(FormattableString.Invariant($"# Time from the plan: {pointsPerTask} points per task x {perPoint:0.###} s per point on one core, doubled, plus 5 min.\n"));
        s.Append(FormattableString.Invariant($"# A task that fails or is cancelled keeps its checkpointed points: re-run it alone with sbatch --array=K study.sbatch.\n"));
        s.Append(FormattableString.Invariant($"#SBATCH --job-name=ionsim-{Safe(study.Name)}\n"));
        s.Append(FormattableString.Invariant($"#SBATCH --array=0-{tasks - 1}{(throttle is { } m ? $"%{m}" : "")}\n"));
        s.Append(FormattableString.Invariant($"#SBATCH --ntasks=1\n#SBATCH --cpus-per-task={cpus}\n#SBATCH --time={Time(seconds)}\n#SBATCH --mem={memory}M\n"));
        if (partition is not null)
        {
            s.Append($"#SBATCH --partition={partition}\n");
        }

        s.Append($"#SBATCH --output={results}/logs/task-%a.out\n");
        s.Append("set -euo pipefail\n");
        s.Append($"exec {ionsim} study run {Quote(studyPath)} --shard \"$((SLURM_ARRAY_TASK_ID + 1))/{tasks.ToString(CultureInfo.InvariantCulture)}\" -o {Quote(results)} --threads \"${{SLURM_CPUS_PER_TASK:-1}}\" --force --quiet\n");
        return s.ToString();
    }

    private static string MergeScript(Study study, string results, string ionsim, string? partition)
    {
        var s = new StringBuilder();
        s.Append("#!/bin/bash\n");
        s.Append($"# Merges every shard of study {study.Name} ({study.Hash}); submitted with --dependency=afterok on the array, so it runs only if every task succeeded.\n");
        s.Append($"#SBATCH --job-name=ionsim-{Safe(study.Name)}-merge\n#SBATCH --ntasks=1\n#SBATCH --cpus-per-task=1\n#SBATCH --time=00:30:00\n#SBATCH --mem=2048M\n");
        if (partition is not null)
        {
            s.Append($"#SBATCH --partition={partition}\n");
        }

        s.Append($"#SBATCH --output={results}/logs/merge.out\n");
        s.Append("set -euo pipefail\n");
        s.Append($"exec {ionsim} study merge {Quote(results)} -o {Quote(Path.Combine(results, "results.parquet"))} --quiet\n");
        return s.ToString();
    }

    private static string SubmitScript(string folder, string results) =>
        "#!/bin/bash\n" +
        "# Submits the job array and the merge job that waits for all of it (afterok); prints both job ids.\n" +
        "set -euo pipefail\n" +
        $"cd {Quote(folder)}\n" +
        $"mkdir -p {Quote(Path.Combine(results, "logs"))}\n" +
        "array=$(sbatch --parsable study.sbatch)\n" +
        "merge=$(sbatch --parsable --dependency=afterok:\"${array%%;*}\" merge.sbatch)\n" +
        "echo \"array job ${array%%;*}, merge job ${merge%%;*}\"\n";

    private static string Time(double seconds)
    {
        long s = (long)Math.Ceiling(seconds);
        return string.Create(CultureInfo.InvariantCulture, $"{s / 86400}-{s % 86400 / 3600:00}:{s % 3600 / 60:00}:{s % 60:00}");
    }

    private static string Safe(string name) => new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')]);

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
