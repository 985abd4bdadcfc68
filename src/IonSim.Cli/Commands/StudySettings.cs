using System.ComponentModel;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary>The study file every <c>ionsim study</c> command but merge and analyze starts from.</summary>
internal class StudyFileSettings : QuietSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The study file (JSON; see docs/studies.md).")]
    public string File { get; init; } = "";

    [CommandOption("--force")]
    [Description("Allow a study above the size cap (ionsim study plan shows the cap).")]
    public bool Force { get; init; }
}

/// <summary>Options of <c>ionsim study plan</c>.</summary>
internal sealed class StudyPlanSettings : StudyFileSettings
{
    [CommandOption("--no-estimate")]
    [Description("Skip the timed trial points (the estimate of the run time).")]
    public bool NoEstimate { get; init; }
}

/// <summary>Options of <c>ionsim study run</c>.</summary>
internal sealed class StudyRunSettings : StudyFileSettings
{
    [CommandOption("--shard <K/N>")]
    [Description("Run only shard K of N (points whose index leaves remainder K−1 divided by N). Default: 1/1, the whole study.")]
    public string? Shard { get; init; }

    [CommandOption("-o|--output <DIR>")]
    [Description("The folder for the part file (created if missing); a re-run into the same folder skips the points done. Default: parts.")]
    public string? Output { get; init; }

    [CommandOption("--threads <N>")]
    [Description("Points run at once, 1 to 1024. Default: every core of the machine (on Slurm give $SLURM_CPUS_PER_TASK).")]
    public string? Threads { get; init; }

    [CommandOption("--checkpoint <S>")]
    [Description("Seconds between rewrites of the part file while running, 0 to 3600 (0: after every point). Default: 10.")]
    public string? Checkpoint { get; init; }
}

/// <summary>Options of <c>ionsim study merge</c>.</summary>
internal sealed class StudyMergeSettings : QuietSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("Folders holding the part files of one study (every shard exactly once).")]
    public string[] Folders { get; init; } = [];

    [CommandOption("-o|--output <FILE>")]
    [Description("The merged results: .parquet or .csv. Default: results.parquet.")]
    public string? Output { get; init; }
}

/// <summary>Options of <c>ionsim study analyze</c>.</summary>
internal sealed class StudyAnalyzeSettings : QuietSettings
{
    [CommandArgument(0, "<RESULTS>")]
    [Description("Merged results (.parquet or .csv) of a study.")]
    public string Results { get; init; } = "";

    [CommandOption("-o|--output <FILE>")]
    [Description("The indices with their intervals as .csv. Default: indices.csv.")]
    public string? Output { get; init; }

    [CommandOption("--figure <FILE>")]
    [Description("Also draw the indices as a bar chart with their intervals (.png, .svg or .pdf).")]
    public string? Figure { get; init; }

    [CommandOption("--scatter <FILE>")]
    [Description("Also draw each output against each parameter, from the A and B points of the design (.png, .svg or .pdf).")]
    public string? Scatter { get; init; }

    [CommandOption("--resamples <N>")]
    [Description("Bootstrap resamples for the confidence intervals, 100 to 100000. Default: 1000.")]
    public string? Resamples { get; init; }

    [CommandOption("--outputs <LIST>")]
    [Description("Comma-separated outputs to analyse (column names such as twitch.rt50_ms). Default: every output that varies.")]
    public string? Outputs { get; init; }
}

/// <summary>Options of <c>ionsim study slurm</c>.</summary>
internal sealed class StudySlurmSettings : StudyFileSettings
{
    [CommandOption("--tasks <N>")]
    [Description("Array tasks, one shard each, 1 to 100000.")]
    public string? Tasks { get; init; }

    [CommandOption("--throttle <M>")]
    [Description("At most M tasks at once (sbatch --array=…%M).")]
    public string? Throttle { get; init; }

    [CommandOption("-o|--output <DIR>")]
    [Description("Folder for study.sbatch, merge.sbatch and submit.sh (created if missing). Default: slurm.")]
    public string? Output { get; init; }

    [CommandOption("--results <DIR>")]
    [Description("Folder the tasks write their parts to and the merge reads. Default: <output>/parts.")]
    public string? Results { get; init; }

    [CommandOption("--cpus-per-task <N>")]
    [Description("Cores per task, 1 to 256. Default: 1.")]
    public string? CpusPerTask { get; init; }

    [CommandOption("--ionsim <COMMAND>")]
    [Description("How the nodes start ionsim. Default: ionsim (the installed tool on the PATH).")]
    public string? Ionsim { get; init; }

    [CommandOption("--partition <NAME>")]
    [Description("The Slurm partition. Default: the cluster's default.")]
    public string? Partition { get; init; }

    [CommandOption("--seconds-per-point <S>")]
    [Description("Use this cost per point (one core) for the time request instead of timing trial points.")]
    public string? SecondsPerPoint { get; init; }
}
