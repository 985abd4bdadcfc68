namespace IonSim.Cli.Output;

/// <summary>Writes a sweep as CSV: the swept value, then each measured column; an empty cell where the
/// library reports no value (for example no RT50 when a twitch never relaxed to half its peak).</summary>
internal static class SweepCsvWriter
{
    public static void Write(TextWriter writer, SweepTable sweep)
    {
        writer.Write(string.Join(',', new[] { sweep.XColumn }.Concat(sweep.Columns.Select(c => c.Key))));
        writer.Write('\n');
        for (int i = 0; i < sweep.X.Count; i++)
        {
            writer.Write(string.Join(',', new[] { Csv.Number(sweep.X[i]) }.Concat(sweep.Columns.Select(c => Csv.Number(c.Value[i])))));
            writer.Write('\n');
        }
    }
}
