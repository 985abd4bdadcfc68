using IonSim.Plotting;

namespace IonSim.Cli.Output;

/// <summary>A finished sweep laid out for export: the CSV columns, the curves to draw and the lines to print.</summary>
/// <param name="Title">A title for the plot.</param>
/// <param name="XTitle">The x-axis title with unit.</param>
/// <param name="XColumn">The CSV column name of the swept value, with unit.</param>
/// <param name="X">The swept values, in input order.</param>
/// <param name="Columns">Measured columns (CSV name with unit, values), one value per swept value.</param>
/// <param name="Plot">The curves to draw.</param>
/// <param name="YTitle">The y-axis title with unit.</param>
/// <param name="XDescending">True to draw x decreasing to the right (pCa).</param>
/// <param name="Notes">Lines worth telling the user (fit results, points the library could not simulate).</param>
internal sealed record SweepTable(
    string Title,
    string XTitle,
    string XColumn,
    IReadOnlyList<double> X,
    IReadOnlyList<KeyValuePair<string, IReadOnlyList<double>>> Columns,
    IReadOnlyList<SweepCurve> Plot,
    string YTitle,
    bool XDescending,
    IReadOnlyList<string> Notes);
