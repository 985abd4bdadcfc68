using IonSim.Experiments;
using System.Text.Json;
using System.Text.Json.Nodes;
using IonSim.Cli.Backend;
using IonSim.Cli.Infrastructure;
using IonSim.Plotting;

namespace IonSim.Cli.Tests;

/// <summary>A stand-in for the library in tests of parsing and export: smooth made-up curves (not a
/// model of anything) with the same shape of data, plus a switch that makes every run fail.</summary>
internal sealed class FakeBackend(string? failWith = null) : ISimulationBackend
{
    private static readonly Dictionary<string, double> PresetMagnesium = new(StringComparer.OrdinalIgnoreCase)
    {
        ["normal"] = 1.0,
        ["low-magnesium"] = 0.25,
    };

    public string LibraryVersion => "0.0.0-fake";

    public IReadOnlyList<PresetInfo> Presets() =>
        [.. PresetMagnesium.Select(p => new PresetInfo(p.Key, [new("free Mg²⁺ (mM)", p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))]))];

    public string PresetJson(string? preset) => JsonSerializer.Serialize(new { FreeMagnesiumMillimolar = Preset(preset ?? "normal") });

    public IReadOnlyList<ScenarioRun> Simulate(SimulationRequest request, CancellationToken cancellationToken)
    {
        if (failWith is not null)
        {
            throw new SimulationFailedException(failWith);
        }

        var bases = new List<(string Name, double Mg)>();
        if (request.Scenarios.ParametersPath is { } path)
        {
            bases.Add((Path.GetFileNameWithoutExtension(path), ReadParams(path)));
        }
        else if (request.Scenarios.Preset is { } preset)
        {
            bases.Add((preset, Preset(preset)));
        }
        else if (request.Scenarios.MagnesiumMillimolar.Count == 0)
        {
            bases.AddRange(PresetMagnesium.Select(p => (p.Key, p.Value)));
        }
        else
        {
            bases.Add(("normal", 1.0));
        }

        IEnumerable<(string Name, double Mg)> scenarios = request.Scenarios.MagnesiumMillimolar.Count == 0
            ? bases
            : request.Scenarios.MagnesiumMillimolar.Select(mg => (request.Scenarios.MagnesiumMillimolar.Count == 1 ? bases[0].Name : $"{bases[0].Name} ({mg} mM)", mg));
        return [.. scenarios.Select(s => Run(s.Name, s.Mg, request.DurationMs ?? 300, request.OutputIntervalMs ?? 0.1))];
    }

    public SweepRun Sweep(SweepRequest request, IProgress<SweepProgress>? progress, CancellationToken cancellationToken)
    {
        if (failWith is not null)
        {
            throw new SimulationFailedException(failWith);
        }

        IReadOnlyList<double> x = request.Values ?? [0.1, 0.5, 1, 2];
        for (int i = 0; i < x.Count; i++)
        {
            progress?.Report(new SweepProgress(i + 1, x.Count));
        }

        double[] y = [.. x.Select(v => 1 / (1 + v))];
        return new SweepRun("fake sweep", "x (unit)", "x_unit", x, [new("y_unit", y)], [new SweepCurve("y", x, y)], "y (unit)", false);
    }

    private static double Preset(string name) =>
        PresetMagnesium.TryGetValue(name, out double mg) ? mg : throw new UsageException("--preset", name, "unknown preset; known: normal, low-magnesium");

    private static double ReadParams(string path)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(path))!["FreeMagnesiumMillimolar"]!.GetValue<double>();
        }
        catch (Exception e) when (e is JsonException or NullReferenceException or InvalidOperationException)
        {
            throw new UsageException("--params", path, $"not a valid parameter file: {e.Message}");
        }
    }

    private static ScenarioRun Run(string name, double mg, double duration, double dt)
    {
        int n = (int)Math.Floor(duration / dt) + 1;
        double[] t = [.. Enumerable.Range(0, n).Select(i => i * dt)];
        double amplitude = 0.5 + (0.3 / (1 + mg));
        double[] tension = [.. t.Select(v => amplitude * Bump(v, 30))];
        double[] ca = [.. t.Select(v => 0.05 + (5 * Bump(v, 5)))];
        double[] sr = [.. ca.Select(c => 1000 - c)];
        double[] tnCa = [.. t.Select(v => 0.9 * Bump(v, 10))];
        double[] tnMg = [.. tnCa.Select(c => (1 - c) * mg / (1 + mg))];
        double[] pvCa = [.. t.Select(v => 0.3 + (0.4 * Bump(v, 40)))];
        double[] pvMg = [.. pvCa.Select(c => (1 - c) * 0.8)];
        PhaseSpan[] spans = [new(0, 1, "Rest"), new(1, 5, "Activation"), new(5, 30, "Contraction"), new(30, 150, "Relaxation"), new(150, t[^1], "Rest")];
        string[] phases = [.. t.Select(v => spans.Last(s => s.StartMs <= v).Phase)];
        var curves = new ScenarioCurves(name, mg, t, tension, ca, sr,
            [new SiteCurves("troponin", tnCa, tnMg), new SiteCurves("parvalbumin", pvCa, pvMg)],
            spans, [new TwitchMarks(amplitude, 30, 40.5)]);
        var details = new JsonObject
        {
            ["parameters"] = new JsonObject { ["FreeMagnesiumMillimolar"] = mg },
            ["solver_options"] = new JsonObject { ["RelativeTolerance"] = 1e-6 },
            ["timeline"] = new JsonArray(),
            ["metrics"] = new JsonObject { ["PeakTension"] = amplitude },
        };
        return new ScenarioRun(curves, phases, details);
    }

    private static double Bump(double t, double peakMs) => t <= 0 ? 0 : (t / peakMs) * Math.Exp(1 - (t / peakMs));
}
