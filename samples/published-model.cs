#:project ../src/IonSim/IonSim.csproj
#:project ../src/IonSim.CellML/IonSim.CellML.csproj
#:project SampleFigures/SampleFigures.csproj

// Run a published model: Shorten et al. (2007), the parent of IonSim's fibre, read from its CellML file
// and set next to IonSim's own reduced fibre on the same stimulus.
// Run from the repository root:   dotnet run samples/published-model.cs
using IonSim.CellML;
using IonSim.CellML.Simulation;
using IonSim.Experiments;
using IonSim.Physiology;
using IonSim.Samples;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

const double ShortenMs = 49.9;  // one stimulus: the file stimulates again at 50, 100, ... ms
const double IonSimMs = 150;    // IonSim's fibre, one stimulus, until it has relaxed
string file = Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".", "..", "tests", "IonSim.CellML.Tests", "Models",
    "shorten_ocallaghan_davidson_soboleva_2007.cellml");

CellMLModel shorten = CellMLReader.Load(file);
ModelVariable[] recorded = [shorten.Find("wal_environment.vS"), shorten.Find("razumova.Ca_2"), shorten.Find("razumova.A_2")];
ModelTrace parent = ModelSimulation.Run(shorten, ShortenMs, 0.05, recorded);
SimulationResult ours = Experiment.Simulate(FiberPresets.Normal, StimulusProtocol.SinglePulse(0, IonSimMs), scenarioName: "IonSim");

Console.WriteLine($"""
    A PUBLISHED MODEL NEXT TO OURS
    {shorten.Name}: {shorten.Dimension} ODEs in {shorten.Components.Count} components (CellML {shorten.CellMLVersion}), a 0.5 ms
    stimulus of 150 µA/cm² at t = 0. The membrane fires an action potential (peak {parent.Values(0).Max():0.0} mV),
    the Ríos–Stern voltage sensor opens the release channel, and Ca²⁺ and cross-bridges follow.
    IonSim's fibre has 20 state variables (docs/model.md) and no membrane: its stimulus opens the release channel directly.

                              Shorten 2007     IonSim (normal preset)
      peak free Ca²⁺ (µM)     {parent.Values(1).Max(),10:0.00}       {ours.Twitches[0].PeakFreeCalciumMicromolar,10:0.00}
      time of Ca²⁺ peak (ms)  {TimeOfPeak(parent.Times, parent.Values(1)),10:0.0}       {ours.Twitches[0].TimeToPeakCalciumMs,10:0.0}
      time of force peak (ms) {TimeOfPeak(parent.Times, parent.Values(2)),10:0.0}       {ours.Twitches[0].TimeToPeakMs,10:0.0}
    (Shorten's force is read from A₂, the post-power-stroke cross-bridges, in µM; IonSim's tension is a
    fraction of maximal tension, so the figure scales each force curve to its own peak. Shorten's file
    stimulates every 50 ms, so its curves stop at {ShortenMs} ms.)
    The stiff solver took {parent.Statistics.AcceptedSteps} steps for the 56 equations.

    """);

var figure = new PlotModel { Title = "Shorten 2007 (CellML) and IonSim's fibre, one stimulus at 0 ms", Background = OxyColors.White, DefaultFont = "DejaVu Sans" };
figure.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = "Time (ms)", Minimum = 0, Maximum = IonSimMs });
figure.Axes.Add(new LinearAxis { Key = "force", Position = AxisPosition.Left, StartPosition = 0.53, EndPosition = 1, Title = "Force / its peak" });
figure.Axes.Add(new LinearAxis { Key = "ca", Position = AxisPosition.Left, StartPosition = 0, EndPosition = 0.47, Title = "Free Ca²⁺ (µM)" });
var blue = OxyColor.FromRgb(0x00, 0x72, 0xB2);
var red = OxyColor.FromRgb(0xD5, 0x5E, 0x00);
figure.Series.Add(Line("Shorten 2007: A₂ (to 49.9 ms: its file stimulates again at 50 ms)", "force", blue, parent.Times, Scaled(parent.Values(2))));
figure.Series.Add(Line("IonSim: tension", "force", red, ours.Trace.TimeMs, Scaled(ours.Trace.Tension)));
figure.Series.Add(Line("Shorten 2007: Ca₂ (bulk myoplasm)", "ca", blue, parent.Times, parent.Values(1)));
figure.Series.Add(Line("IonSim: free Ca²⁺", "ca", red, ours.Trace.TimeMs, ours.Trace.FreeCalciumMicromolar));
figure.Legends.Add(new Legend { LegendPosition = LegendPosition.RightTop, LegendBackground = OxyColor.FromAColor(220, OxyColors.White) });
Console.WriteLine($"Figure: {SampleFigures.Save(figure, "published-model.png", height: 700)}");

static double[] Scaled(IReadOnlyList<double> values) => [.. values.Select(v => v / values.Max())];

static double TimeOfPeak(IReadOnlyList<double> times, IReadOnlyList<double> values) =>
    times[Enumerable.Range(0, values.Count).MaxBy(i => values[i])];

static LineSeries Line(string title, string axis, OxyColor color, IReadOnlyList<double> x, IReadOnlyList<double> y)
{
    var series = new LineSeries { Title = title, YAxisKey = axis, Color = color, StrokeThickness = 2.5, LineStyle = axis == "ca" ? LineStyle.Dash : LineStyle.Solid };
    series.Points.AddRange(x.Zip(y, (t, v) => new DataPoint(t, v)));
    return series;
}
