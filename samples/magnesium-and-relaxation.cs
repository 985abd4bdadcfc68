#:project ../src/IonSim/IonSim.csproj
#:project SampleFigures/SampleFigures.csproj

// Magnesium and relaxation: the same twitch with normal and with depleted Mg²⁺ stores, and then which
// of the model's Mg²⁺ actions make the difference, found by switching them off one at a time.
// Run from the repository root:   dotnet run samples/magnesium-and-relaxation.cs
using IonSim.Contraction;
using IonSim.Experiments;
using IonSim.Physiology;
using IonSim.Plotting;
using IonSim.Samples;

// One stimulus at 10 ms, then 400 ms: long enough for the state machine to tell "relaxed" from "spasm".
var protocol = StimulusProtocol.SinglePulse(atMs: 10, durationMs: 410);
var rules = ContractionOptions.Default;

Console.WriteLine($"""
    MAGNESIUM AND RELAXATION
    Mg²⁺ competes with Ca²⁺ for the same binding sites, and it also brakes the calcium release
    channel (RyR1) and tunes the SR pump (SERCA). What happens when the Mg²⁺ store runs low?
    "Spasm" below means the library saw tension stay above {rules.RestThresholdFraction:P0} of maximal for
    {rules.SpasmWindowMs:0} ms with no stimulus: either relaxation failed, or the fiber's own resting
    tension is already above that line (a standing contracture). The resting tension is printed too.

    Part 1. The same twitch at three free Mg²⁺ levels
    """);

var levels = new[]
{
    new Scenario("Normal", FiberPresets.Normal),
    new Scenario("Low", FiberPresets.LowMagnesium),
    new Scenario("Severe", FiberPresets.SevereMagnesium),
};
// Compare runs the scenarios in parallel and returns them in the order given.
IReadOnlyList<SimulationResult> byLevel = Experiment.Compare(levels, protocol);
PrintTable(byLevel, r => $"{r.ScenarioName} ({r.Parameters.FreeMagnesiumMillimolar:0.##} mM)");

// Part 2. Each mechanism can be switched off: it then sees the reference 1 mM instead of the fiber's
// Mg²⁺. Switching one off in the depleted fiber shows how much of the difference that mechanism makes.
// (Try FiberPresets.LowMagnesium here to ask the same question at 0.25 mM.)
var depleted = FiberPresets.SevereMagnesium;
(string Name, MagnesiumMechanisms Flag)[] mechanisms =
[
    ("RyR1's Mg²⁺ brake", MagnesiumMechanisms.RyrInhibition),
    ("Mg²⁺ on troponin's regulatory sites", MagnesiumMechanisms.RegulatorySiteCompetition),
    ("Mg²⁺ on troponin C III/IV", MagnesiumMechanisms.TroponinCaMgSiteCompetition),
    ("Mg²⁺ on parvalbumin", MagnesiumMechanisms.ParvalbuminCompetition),
    ("Mg²⁺ on ATP", MagnesiumMechanisms.AtpCompetition),
    ("SERCA's Mg²⁺ dependence", MagnesiumMechanisms.SercaDependence),
];
// The buffers alone: every competition for binding sites on, the release channel and pump at 1 mM.
var buffersOnly = MagnesiumMechanisms.RegulatorySiteCompetition | MagnesiumMechanisms.TroponinCaMgSiteCompetition
    | MagnesiumMechanisms.ParvalbuminCompetition | MagnesiumMechanisms.AtpCompetition;

var variants = new List<Scenario> { new("all on", depleted) };
variants.AddRange(mechanisms.Select(m => new Scenario($"{m.Name} held at 1 mM", depleted with { Mechanisms = MagnesiumMechanisms.All & ~m.Flag })));
variants.Add(new Scenario("only competition for sites", depleted with { Mechanisms = buffersOnly }));
IReadOnlyList<SimulationResult> byMechanism = Experiment.Compare(variants, protocol);

Console.WriteLine($"""

    Part 2. The fiber at {depleted.FreeMagnesiumMillimolar:0.##} mM free Mg²⁺, with one Mg²⁺ mechanism at a time held at the normal level
    (a switched-off mechanism sees {depleted.ReferenceMagnesiumMillimolar:0.##} mM, as in a normal fiber)
    """);
PrintTable(byMechanism, r => r.ScenarioName);

// Let the numbers speak: compare each variant with the fiber that has every mechanism on.
var allOn = byMechanism[0].Twitches[0];
double normalPeak = byLevel[0].Twitches[0].PeakTension;
Console.WriteLine();
Console.WriteLine($"What holding each one at 1 mM does to the twitch at {depleted.FreeMagnesiumMillimolar:0.##} mM:");
for (int i = 0; i < mechanisms.Length; i++)
{
    var r = byMechanism[i + 1];
    var t = r.Twitches[0];
    string spasm = byMechanism[0].HasSpasm == r.HasSpasm ? "" : r.HasSpasm ? ", and it goes into spasm" : ", and the spasm is gone";
    Console.WriteLine($"  {mechanisms[i].Name + " held at 1 mM:",-48} peak {Change(allOn.PeakTension, t.PeakTension, "0.000", "")}, RT50 {Change(allOn.HalfRelaxationTimeMs, t.HalfRelaxationTimeMs, "0.0", " ms")}{spasm}");
}

// The last variant keeps only the competition for binding sites: is that twitch larger or smaller than normal?
var competition = byMechanism[^1].Twitches[0];
bool smaller = competition.PeakTension < normalPeak;
Console.WriteLine($"""

    With only the competition for binding sites at {depleted.FreeMagnesiumMillimolar:0.##} mM (release channel and pump as at {depleted.ReferenceMagnesiumMillimolar:0.##} mM),
    the peak is {competition.PeakTension:0.000} against {normalPeak:0.000} in the normal fiber: {(smaller ? "smaller" : "larger")}.
    """);
if (smaller)
{
    // The reason lives in the model's equations: fewer Mg²⁺ ions on the buffers leave more sites free for Ca²⁺.
    Console.WriteLine("With less Mg²⁺ sitting on parvalbumin and ATP, they have more room to catch the released Ca²⁺.");
}

Console.WriteLine("""
    So look at the switches above: the ones that move the peak, the RT50 and the spasm most are
    the ones that make a low-Mg²⁺ fiber different in this model.

    """);

// Figure 1: tension and free Ca²⁺ at the three levels. Figure 2: tension of the depleted fiber per switch.
var levelFigure = TwitchPlots.Stacked([.. byLevel.Select(ScenarioCurves.From)], [PlotPanel.Tension, PlotPanel.Calcium], "One twitch at three free Mg²⁺ levels");
Console.WriteLine($"Figure: {SampleFigures.Save(levelFigure, "magnesium-levels.png", height: 700)}");
// The reference ("all on") goes last: drawn on top (in black), the curves it coincides with cannot hide it.
var mechanismFigure = TwitchPlots.Tension([.. byMechanism.Skip(1).Take(mechanisms.Length).Append(byMechanism[0]).Select(ScenarioCurves.From)], $"Free Mg²⁺ {depleted.FreeMagnesiumMillimolar:0.##} mM, one mechanism at a time held at 1 mM");
// The legend goes below the plot, where it covers no curve.
mechanismFigure.Legends[0].LegendPlacement = OxyPlot.Legends.LegendPlacement.Outside;
mechanismFigure.Legends[0].LegendPosition = OxyPlot.Legends.LegendPosition.BottomCenter;
Console.WriteLine($"Figure: {SampleFigures.Save(mechanismFigure, "magnesium-mechanisms.png", width: 1100, height: 800)}");

static void PrintTable(IEnumerable<SimulationResult> results, Func<SimulationResult, string> label)
{
    Console.WriteLine($"  {"",-30} {"rest Ca²⁺",9} {"peak Ca²⁺",9} {"peak",6} {"to peak",8} {"RT50",7} {"tension",8}  relaxed?");
    Console.WriteLine($"  {"",-30} {"µM",9} {"µM",9} {"",6} {"ms",8} {"ms",7} {"at end",8}");
    foreach (var r in results)
    {
        var t = r.Twitches[0];
        Console.WriteLine($"  {label(r),-30} {r.Rest.FreeCalciumMicromolar,9:0.000} {t.PeakFreeCalciumMicromolar,9:0.0} {t.PeakTension,6:0.000} {t.TimeToPeakMs,8:0.0} {t.HalfRelaxationTimeMs,7:0.0} {t.RestingTensionAfter,8:0.000}  {(r.HasSpasm ? "no: spasm" : "yes")}");
    }
}

static string Change(double from, double to, string format, string unit) =>
    $"{from.ToString(format)} -> {to.ToString(format)}{unit} ({((to - from) / from).ToString("+0%;-0%;0%")})";
