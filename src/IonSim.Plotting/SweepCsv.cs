namespace IonSim.Plotting;

/// <summary>The one CSV layout of sweeps, written by <c>ionsim sweep</c> and offered by the web lab: the swept value, then
/// each measured column, one row per swept value; an empty cell where the library reports no value (for example no RT50
/// when a twitch never relaxed to half its peak).</summary>
public static class SweepCsv
{
    /// <summary>Writes the table.</summary>
    /// <param name="writer">Where to write; lines end in "\n".</param>
    /// <param name="xColumn">The swept value's column name, with unit (for example "free_mg_mM").</param>
    /// <param name="x">The swept values.</param>
    /// <param name="columns">Measured columns by name, each with one value per swept value.</param>
    /// <exception cref="ArgumentException">A column has a different number of values than <paramref name="x"/>.</exception>
    public static void Write(TextWriter writer, string xColumn, IReadOnlyList<double> x, IReadOnlyList<KeyValuePair<string, IReadOnlyList<double>>> columns)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(xColumn);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(columns);
        foreach (KeyValuePair<string, IReadOnlyList<double>> column in columns)
        {
            if (column.Value.Count != x.Count)
            {
                throw new ArgumentException($"Column {column.Key} has {column.Value.Count} values but {xColumn} has {x.Count}.", nameof(columns));
            }
        }

        writer.Write(string.Join(',', new[] { Csv.Text(xColumn) }.Concat(columns.Select(c => Csv.Text(c.Key)))));
        writer.Write('\n');
        for (int i = 0; i < x.Count; i++)
        {
            writer.Write(string.Join(',', new[] { Csv.Number(x[i]) }.Concat(columns.Select(c => Csv.Number(c.Value[i])))));
            writer.Write('\n');
        }
    }

    /// <summary>The same table as text.</summary>
    /// <param name="xColumn">The swept value's column name, with unit.</param>
    /// <param name="x">The swept values.</param>
    /// <param name="columns">Measured columns by name.</param>
    /// <returns>The CSV text.</returns>
    public static string ToText(string xColumn, IReadOnlyList<double> x, IReadOnlyList<KeyValuePair<string, IReadOnlyList<double>>> columns)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        Write(writer, xColumn, x, columns);
        return writer.ToString();
    }
}
