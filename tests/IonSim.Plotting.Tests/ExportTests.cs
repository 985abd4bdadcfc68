using System.Xml.Linq;
using IonSim.Plotting;

namespace IonSim.Plotting.Tests;

public sealed class ExportTests
{
    private static string NewFolder()
    {
        string folder = Path.Combine(Path.GetTempPath(), "ionsim-plotting-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    [Fact]
    public void A_failed_write_leaves_the_old_file_and_no_temporary_file()
    {
        string folder = NewFolder();
        string path = Path.Combine(folder, "out.txt");
        File.WriteAllText(path, "old");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.WriteByte(1);
            throw new InvalidOperationException("renderer failed");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(["out.txt"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void An_empty_write_is_an_error_not_an_empty_file()
    {
        string folder = NewFolder();

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(Path.Combine(folder, "empty.csv"), _ => { }));
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public void A_missing_folder_is_reported_before_anything_is_written()
    {
        Assert.Throws<DirectoryNotFoundException>(() => AtomicFile.Write(Path.Combine(NewFolder(), "no", "x.svg"), s => s.WriteByte(1)));
    }

    [Fact]
    public void Svg_export_writes_an_svg_document_with_the_sweep_curve()
    {
        string path = Path.Combine(NewFolder(), "sweep.svg");
        var model = SweepPlots.Create([new SweepCurve("peak", [0.1, 0.5, 1], [0.9, 0.8, 0.6])], "Free Mg²⁺ (mM)", "Peak tension (0–1)");

        SvgExport.Save(model, path, 600, 400);

        Assert.Equal((byte)'<', File.ReadAllBytes(path)[0]); // UTF-8 without a byte-order mark
        var svg = XDocument.Load(path);
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Contains("Free Mg²⁺ (mM)", svg.ToString());
    }
}
