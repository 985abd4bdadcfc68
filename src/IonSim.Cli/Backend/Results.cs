using System.Text.Json.Nodes;
using IonSim.Plotting;

namespace IonSim.Cli.Backend;

/// <summary>A preset as listed by <c>ionsim presets</c>.</summary>
/// <param name="Name">The name to pass to <c>--preset</c>.</param>
/// <param name="Summary">Key parameters as (label with unit, value) pairs, in display order.</param>
internal sealed record PresetInfo(string Name, IReadOnlyList<KeyValuePair<string, string>> Summary);

/// <summary>One simulated scenario as the exporters need it.</summary>
/// <param name="Curves">What the plots draw.</param>
/// <param name="SamplePhases">The phase name at each sample time, for the CSV's <c>phase</c> column.</param>
/// <param name="Details">What JSON output records beyond the trace: parameters, solver options, protocol,
/// timeline, metrics and solver statistics, as the library reports them.</param>
internal sealed record ScenarioRun(ScenarioCurves Curves, IReadOnlyList<string> SamplePhases, JsonObject Details);

/// <summary>A finished sweep.</summary>
/// <param name="Title">A title for the plot.</param>
/// <param name="XTitle">The x-axis title with unit.</param>
/// <param name="XColumn">The CSV column name of the swept value, with unit.</param>
/// <param name="X">The swept values, in input order.</param>
/// <param name="Columns">Measured columns (CSV name with unit, values), one value per swept value.</param>
/// <param name="Plot">The curves to draw and the y-axis title.</param>
/// <param name="YTitle">The y-axis title with unit.</param>
/// <param name="XDescending">True to draw x decreasing to the right (pCa).</param>
internal sealed record SweepRun(
    string Title,
    string XTitle,
    string XColumn,
    IReadOnlyList<double> X,
    IReadOnlyList<KeyValuePair<string, IReadOnlyList<double>>> Columns,
    IReadOnlyList<SweepCurve> Plot,
    string YTitle,
    bool XDescending);
