using System.Diagnostics;
using IonSim.Cli.Infrastructure;
using IonSim.Cli.Options;
using IonSim.Cli.Output;

namespace IonSim.Cli.Tests;

/// <summary>How outputs reach the disk: atomically, all or nothing, through links, keeping permissions,
/// and with one clear line when the disk is full.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class OutputSafetyTests
{
    [Fact]
    public void Overwriting_a_file_keeps_its_permissions()
    {
        string folder = CliRun.NewFolder();
        string path = Path.Combine(folder, "private.csv");
        File.WriteAllText(path, "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        CliResult run = CliRun.RunIn(folder, "simulate", "--dt", "10", "-o", "private.csv");

        Assert.Equal(0, run.ExitCode);
        Assert.NotEqual("old", File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void A_symbolic_link_is_written_through_and_stays_a_link()
    {
        string folder = CliRun.NewFolder();
        string link = Path.Combine(folder, "latest.csv");
        File.CreateSymbolicLink(link, "run-1.csv");

        CliResult run = CliRun.RunIn(folder, "simulate", "--dt", "10", "-o", "latest.csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("run-1.csv", new FileInfo(link).LinkTarget);
        Assert.StartsWith("scenario,time_ms", File.ReadAllText(Path.Combine(folder, "run-1.csv")));
        Assert.Equal(["latest.csv", "run-1.csv"], run.Files);
    }

    [Fact]
    public void A_long_legal_file_name_is_written()
    {
        string name = new string('a', 250) + ".csv"; // 254 bytes: the limit is 255
        CliResult run = CliRun.Run("simulate", "--dt", "10", "-o", name);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([name], run.Files);
    }

    [Fact]
    public void A_folder_that_takes_no_files_is_refused_before_the_sweep_and_nothing_is_written()
    {
        CliResult run = CliRun.Run("sweep", "mg", "--values", "0.5,1", "-o", "s.png", "--csv", "/proc/ionsim-test.csv");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("ionsim: error: --csv '/proc/ionsim-test.csv' is not allowed: the file cannot be written there", run.Error);
        Assert.DoesNotContain("sweep mg:", run.Error); // refused before the first point ran
        Assert.Empty(run.Files);
    }

    [Fact]
    public void A_fifo_or_device_is_never_replaced()
    {
        string folder = CliRun.NewFolder();
        CliProcess.MakeFifo(Path.Combine(folder, "pipe.csv"));

        CliResult run = CliRun.RunIn(folder, "simulate", "-o", "pipe.csv");
        CliResult device = CliRun.Run("params", "-o", "/dev/null");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not a regular file", run.Error);
        Assert.Equal(["pipe.csv"], run.Files);
        Assert.Equal(2, device.ExitCode); // /dev/null has no .json extension: refused before its type matters
    }

    [Fact]
    public void When_one_output_fails_none_is_written_and_no_temporary_file_stays()
    {
        string folder = CliRun.NewFolder();
        File.WriteAllText(Path.Combine(folder, "a.csv"), "old a");
        var output = new StringWriter();
        var environment = new CliEnvironment(output, new StringWriter(), folder, IsTerminal: false);
        OutputTarget a = OutputTarget.Resolve(environment, "--output", "a.csv", ["csv"]);
        OutputTarget b = OutputTarget.Resolve(environment, "--csv", "b.csv", ["csv"]);

        var failure = Assert.Throws<SimulationFailedException>(() =>
        {
            using var files = new OutputFiles(output);
            files.Add(a, "new a"u8.ToArray());
            files.Add(b, stream =>
            {
                stream.Write(new byte[100]);
                throw new IOException("No space left on device : 'ignored'", 28);
            });
            files.Commit();
        });

        Assert.Equal($"could not write '{b.Path}': no space left on device", failure.Message);
        Assert.Equal("old a", File.ReadAllText(Path.Combine(folder, "a.csv")));
        Assert.Equal(["a.csv"], Directory.GetFiles(folder).Select(Path.GetFileName));
        Assert.Equal("", output.ToString());
    }

    /// <summary>A real full disk: each format written to a 16 KB tmpfs mounted for the one run (in a private
    /// user and mount namespace, so no privilege is needed). SkiaSharp writes PNG and PDF through a native
    /// callback, where an I/O error used to abort the process with a stack trace.</summary>
    [Theory]
    [InlineData("plot", "t.png")]
    [InlineData("plot", "t.pdf")]
    [InlineData("plot", "t.svg")]
    [InlineData("simulate", "t.csv")]
    public void A_full_disk_is_one_line_naming_the_file_and_leaves_nothing(string command, string file)
    {
        string folder = CliRun.NewFolder();
        const string script = "mount -t tmpfs -o size=16k tmpfs \"$1\" || exit 99; cd \"$1\"; shift; dotnet \"$@\"; code=$?; echo \"files:$(ls -A)\"; exit $code";
        Process process = CliProcess.Start(folder, "unshare", ["--user", "--map-root-user", "--mount", "sh", "-c", script, "sh", folder, CliProcess.Dll, command, "--duration", "60", "-o", file]);
        (int code, string output, string error) = CliProcess.Finish(process);

        Assert.NotEqual(99, code); // the tmpfs could not be mounted: this machine does not allow user namespaces
        Assert.Equal(1, code);
        Assert.Equal($"ionsim: error: could not write '{Path.Combine(folder, file)}': no space left on device\n", error);
        Assert.EndsWith("files:\n", output);
    }
}
