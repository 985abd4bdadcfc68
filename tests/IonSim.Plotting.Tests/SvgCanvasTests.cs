using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IonSim.Experiments;
using IonSim.Experiments.Studies;
using IonSim.Physiology;
using OxyPlot;

namespace IonSim.Plotting.Tests;

/// <summary>
/// <see cref="SvgCanvas"/> replaces OxyPlot's SVG exporter for speed; a reader must see the same figure. Each of the
/// project's kinds of figure is written both ways and compared element by element and attribute by attribute, numbers
/// to OxyPlot's 1/10000 px.
/// </summary>
public sealed partial class SvgCanvasTests
{
    private static readonly Lazy<IReadOnlyList<SimulationResult>> Twitches = new(() =>
    [
        Experiment.Simulate(FiberPresets.Normal, StimulusProtocol.SinglePulse(), new SimulationOptions { OutputIntervalMs = 1 }, "normal"),
        Experiment.Simulate(FiberPresets.Normal with { FreeMagnesiumMillimolar = 0.25 }, StimulusProtocol.SinglePulse(), new SimulationOptions { OutputIntervalMs = 1 }, "low Mg²⁺ <&>"),
    ]);

    public static TheoryData<string> Figures => ["stacked twitch (the web lab's)", "tension with a faint reference", "sweep with fit and marks", "study indices", "study scatter"];

    private static PlotModel Figure(string name)
    {
        PlotStyle faint = PlotStyle.Default with { FontFamily = "Arial", ScenarioColors = [OxyColor.FromAColor(90, PlotStyle.Default.ScenarioColor(0)), PlotStyle.Default.ScenarioColor(1)] };
        return name switch
        {
            "stacked twitch (the web lab's)" => TwitchPlots.Stacked(Twitches.Value, [PlotPanel.Tension, PlotPanel.Calcium, PlotPanel.Occupancy, PlotPanel.Phases], null, faint),
            "tension with a faint reference" => TwitchPlots.Tension(Twitches.Value, "Twitch\nsecond line", faint),
            "sweep with fit and marks" => SweepPlots.Create(
                [new SweepCurve("pCa 1 mM", [5, 5.5, 6, 6.5], [0.95, 0.7, 0.2, 0.02]), new SweepCurve("Hill fit", [5, 5.5, 6, 6.5], [0.96, 0.69, 0.21, 0.03], IsFit: true), new SweepCurve("pCa₅₀", [5.8], [0.5], IsMark: true)],
                "pCa", "Tension (0–1)", "Force–pCa", xDescending: true, yFromZero: true),
            "study indices" => StudyPlots.Indices(["A", "B"], [("out.one", Indices(0.5, 0.2)), ("out.two", Indices(0.1, 0.7))], "Sobol"),
            "study scatter" => StudyPlots.Scatter(["A", "B"], [[3, 1, 2], [10, 30, 20]], [("out", [1.0, double.NaN, 2.0])]),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown figure"),
        };
    }

    private static SobolIndices Indices(params double[] first) => new(
        64, 0, 1.0, [.. first.Select(f => new SobolIndex(f, f - 0.05, f + 0.05, f + 0.1, f + 0.05, f + 0.15, 0.02, 0.02))], 0.95);

    [Theory]
    [MemberData(nameof(Figures))]
    public void Writes_what_OxyPlots_exporter_writes(string figure)
    {
        string ours = SvgExport.ToText(Figure(figure), 900, 700, document: true);
        string theirs = SvgExporter.ExportToString(Figure(figure), 900, 700, true, new TextEstimate(), useVerticalTextAlignmentWorkaround: true);

        XElement a = XDocument.Parse(ours).Root!, b = XDocument.Parse(theirs).Root!;
        Assert.Equal("0 0 900 700", (string?)a.Attribute("viewBox"));
        a.Attribute("viewBox")!.Remove();
        AssertSame(b, a, "svg");
        Assert.True(b.Descendants().Count(e => e.Name.LocalName is "polyline" or "polygon") > 5, "the figure has curves");
    }

    [Fact]
    public void A_page_element_has_no_xml_declaration_and_a_document_has_one()
    {
        PlotModel model = Figure("sweep with fit and marks");
        Assert.StartsWith("<svg viewBox=\"0 0 600 400\"", SvgExport.ToText(model, 600, 400, document: false));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", SvgExport.ToText(model, 600, 400, document: true));
    }

    [Property(MaxTest = 500)]
    public Property A_coordinate_has_at_most_four_decimals_and_is_rounded_to_the_nearest(NormalFloat x, int scale)
    {
        // Spread magnitudes from 1e-6 to 1e9: coordinates are pixels, but nothing stops a model from drawing far off.
        double v = x.Get % 1000 * Math.Pow(10, (Math.Abs(scale) % 16) - 6);
        string text = SvgCanvas.AppendNumber(new StringBuilder(), v).ToString();
        double back = double.Parse(text, CultureInfo.InvariantCulture);
        bool shape = Coordinate().IsMatch(text);
        bool near = Math.Abs(back - v) <= (0.5e-4 * (1 + 1e-9)) + (Math.Abs(v) * 1e-15);
        return (shape && near).Label($"{v:R} → {text}");
    }

    [GeneratedRegex(@"^-?(0|[1-9]\d*)(\.\d{0,3}[1-9])?$")]
    private static partial Regex Coordinate();

    private static void AssertSame(XElement expected, XElement actual, string path)
    {
        Assert.Equal(expected.Name, actual.Name);
        var want = expected.Attributes().ToDictionary(x => x.Name, x => x.Value);
        var got = actual.Attributes().ToDictionary(x => x.Name, x => x.Value);
        Assert.Equal(want.Keys.Select(n => n.ToString()).Order(), got.Keys.Select(n => n.ToString()).Order());
        foreach ((XName name, string value) in want)
        {
            AssertSameText(value, got[name], $"{path}/@{name.LocalName}");
        }

        if (!expected.HasElements)
        {
            Assert.Equal(expected.Value, actual.Value);
        }

        XElement[] wantChildren = [.. expected.Elements()], gotChildren = [.. actual.Elements()];
        Assert.True(wantChildren.Length == gotChildren.Length, $"{path}: {wantChildren.Length} child elements expected, {gotChildren.Length} written");
        for (int i = 0; i < wantChildren.Length; i++)
        {
            AssertSame(wantChildren[i], gotChildren[i], $"{path}/{wantChildren[i].Name.LocalName}[{i}]");
        }
    }

    // Equal text, except that numbers may differ in the last of OxyPlot's four decimals (it rounds the decimal digits
    // of a 15-digit rendering; we round the binary value), and "-0" is "0".
    private static void AssertSameText(string expected, string actual, string where)
    {
        string[] wantParts = Numbers().Split(expected), gotParts = Numbers().Split(actual);
        Assert.True(wantParts.Length == gotParts.Length, $"{where}: '{Cut(expected)}' expected, '{Cut(actual)}' written");
        for (int i = 0; i < wantParts.Length; i++)
        {
            if (i % 2 == 0)
            {
                Assert.True(wantParts[i] == gotParts[i], $"{where}: '{wantParts[i]}' expected, '{gotParts[i]}' written");
            }
            else
            {
                double w = double.Parse(wantParts[i], CultureInfo.InvariantCulture), g = double.Parse(gotParts[i], CultureInfo.InvariantCulture);
                Assert.True(Math.Abs(w - g) <= 1.0001e-4, $"{where}: number {wantParts[i]} expected, {gotParts[i]} written");
            }
        }
    }

    private static string Cut(string s) => s.Length > 120 ? s[..120] + "…" : s;

    [GeneratedRegex(@"(-?\d+(?:\.\d+)?(?:E[-+]?\d+)?)")]
    private static partial Regex Numbers();
}
