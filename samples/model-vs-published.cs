#:project ../src/IonSim/IonSim.csproj
#:project SampleFigures/SampleFigures.csproj

// The model beside published measurements: the force–frequency curve of 500 ms trains and the skinned
// force–pCa curve, each drawn over the published values it is held to (docs/validation.md has every row).
// Run from the repository root:   dotnet run samples/model-vs-published.cs
using IonSim.Experiments;
using IonSim.Physiology;
using IonSim.Plotting;
using IonSim.Samples;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

var style = PlotStyle.Default;
OxyColor model = style.ScenarioColor(0), published = style.ScenarioColor(1);

// Force–frequency: peak tension of each 500 ms train, relative to the largest.
double[] frequenciesHz = [1, 5, 10, 20, 30, 40, 50, 70, 100, 150];
var points = Experiment.FrequencySweep(frequenciesHz, FiberPresets.Normal, 500, tailMs: 20, new SimulationOptions { OutputIntervalMs = 0.5 });
double largest = points.Max(p => p.PeakTension);
// Relative force of fast mammalian muscle at each frequency, as ranges [typical] (physiology-v2.md §1: ≈ 0.2 at 10 Hz,
// 0.3 at 20 Hz, 0.6–0.7 at 50 Hz, 0.9–1.0 at 100 Hz, 1.0 at 150 Hz); no single-fibre table was retrieved.
(double Hz, double Low, double High)[] typical = [(10, 0.15, 0.25), (20, 0.25, 0.35), (50, 0.6, 0.7), (100, 0.9, 1.0), (150, 0.95, 1.0)];

var frequency = Figure("Force–frequency, 500 ms trains (normal fibre)", "Stimulus frequency (Hz)", "Peak tension / largest", 0, 155);
frequency.Series.Add(Line("IonSim", model, frequenciesHz, [.. points.Select(p => p.PeakTension / largest)]));
frequency.Series.Add(Ranges("published range [typical]", published, typical));
Console.WriteLine("Force–frequency (peak / largest):  " + string.Join("  ", points.Select(p => $"{p.FrequencyHz:0} Hz {p.PeakTension / largest:0.00}")));

// Force–pCa of the skinned fibre at 1 mM Mg²⁺, with the published band of Hill curves (pCa50 5.8–6.0, n 2.5–5) [typical].
var pCa = SweepRange.Linear(4.5, 7.0, 51, name: "pCa");
var curve = Experiment.ForcePca(pCa, [1.0], FiberPresets.Normal)[0];
var forcePca = Figure("Skinned force–pCa at 1 mM Mg²⁺", "pCa", "Tension / maximal", 4.5, 7.0);
forcePca.Axes[0].StartPosition = 1;
forcePca.Axes[0].EndPosition = 0;
forcePca.Series.Add(Line($"IonSim (pCa₅₀ {curve.Fit.Pca50:0.00}, n {curve.Fit.HillCoefficient:0.0})", model, [.. pCa], [.. curve.Tension]));
foreach (var (pca50, n) in new[] { (5.8, 2.5), (6.0, 5.0) })
{
    var hill = Line($"published edge: pCa₅₀ {pca50:0.0}, n {n:0.0} [typical]", published, [.. pCa], [.. pCa.Select(p => HillFit.Tension(p, pca50, n, 1))]);
    hill.LineStyle = LineStyle.Dash;
    forcePca.Series.Add(hill);
}

Console.WriteLine($"Skinned force–pCa at 1 mM Mg²⁺: pCa50 {curve.Fit.Pca50:0.000}, Hill n {curve.Fit.HillCoefficient:0.00}");
Console.WriteLine($"Figure: {SampleFigures.Save(frequency, "model-vs-published-frequency.png", 800, 560)}");
Console.WriteLine($"Figure: {SampleFigures.Save(forcePca, "model-vs-published-pca.png", 800, 560)}");

PlotModel Figure(string title, string x, string y, double xMin, double xMax)
{
    var plot = new PlotModel { Title = title, DefaultFont = style.FontFamily, DefaultFontSize = style.FontSize, Background = OxyColors.White };
    plot.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = x, Minimum = xMin, Maximum = xMax, MajorGridlineStyle = LineStyle.Dot });
    plot.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = y, Minimum = 0, Maximum = 1.05, MajorGridlineStyle = LineStyle.Dot });
    plot.Legends.Add(new Legend { LegendPosition = LegendPosition.BottomRight, LegendBackground = OxyColor.FromAColor(230, OxyColors.White), LegendBorder = OxyColors.Gray });
    return plot;
}

LineSeries Line(string title, OxyColor color, double[] x, double[] y)
{
    var line = new LineSeries { Title = title, Color = color, StrokeThickness = style.LineThickness, MarkerType = x.Length < 20 ? MarkerType.Circle : MarkerType.None, MarkerFill = color };
    line.Points.AddRange(x.Zip(y, (a, b) => new DataPoint(a, b)));
    return line;
}

ScatterErrorSeries Ranges(string title, OxyColor color, (double Hz, double Low, double High)[] ranges)
{
    var series = new ScatterErrorSeries { Title = title, MarkerType = MarkerType.Square, MarkerFill = color, MarkerSize = 5, ErrorBarColor = color, ErrorBarStrokeThickness = 2, ErrorBarStopWidth = 6 };
    series.Points.AddRange(ranges.Select(r => new ScatterErrorPoint(r.Hz, (r.Low + r.High) / 2, 0, (r.High - r.Low) / 2)));
    return series;
}
