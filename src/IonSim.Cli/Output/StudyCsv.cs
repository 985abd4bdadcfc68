using System.Globalization;
using System.Text;
using IonSim.Plotting;

namespace IonSim.Cli.Output;

/// <summary>A study table as CSV (the same conventions as every IonSim CSV: invariant numbers, empty for undefined, "\n") and back.</summary>
internal static class StudyCsv
{
    public static void Write(Stream stream, StudyTable table)
    {
        using var writer = new StreamWriter(stream, Csv.Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', new[] { StudyTable.PointColumn, StudyTable.SampleColumn, StudyTable.MatrixColumn }
            .Concat(table.ParameterNames).Concat(table.OutputNames).Append(StudyTable.FailureColumn).Select(Csv.Text)));
        var line = new StringBuilder();
        for (int r = 0; r < table.Rows; r++)
        {
            line.Clear();
            line.Append(table.Point[r].ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(table.Sample[r].ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Csv.Text(table.Matrix[r]));
            foreach (double[] column in table.Parameters.Concat(table.Outputs))
            {
                line.Append(',').Append(Csv.Number(column[r]));
            }

            line.Append(',').Append(table.Failure[r] is { } failure ? Csv.Text(failure) : "");
            writer.WriteLine(line);
        }
    }

    /// <summary>Reads a table written by <see cref="Write"/>; anything else throws <see cref="InvalidDataException"/> saying where.</summary>
    public static StudyTable Read(TextReader reader)
    {
        List<string[]> rows = [.. Records(reader)];
        if (rows.Count == 0)
        {
            throw new InvalidDataException("it is empty");
        }

        string[] header = rows[0];
        if (header.Length < 4 || header[0] != StudyTable.PointColumn || header[1] != StudyTable.SampleColumn || header[2] != StudyTable.MatrixColumn || header[^1] != StudyTable.FailureColumn)
        {
            throw new InvalidDataException("it is not a study results table (its header must start with point,sample,matrix and end with failure)");
        }

        string[] middle = header[3..^1];
        string[] parameters = [.. middle.TakeWhile(StudyTable.IsParameterName)];
        string[] outputs = [.. middle.Skip(parameters.Length)];
        int n = rows.Count - 1;
        var table = new StudyTable(parameters, outputs, new long[n], new long[n], new string[n],
            [.. parameters.Select(_ => new double[n])], [.. outputs.Select(_ => new double[n])], new string?[n]);
        for (int r = 0; r < n; r++)
        {
            string[] row = rows[r + 1];
            if (row.Length != header.Length)
            {
                throw new InvalidDataException($"row {r + 2} has {row.Length} fields, the header {header.Length}");
            }

            table.Point[r] = Whole(row[0], r);
            table.Sample[r] = Whole(row[1], r);
            table.Matrix[r] = row[2];
            for (int c = 0; c < parameters.Length + outputs.Length; c++)
            {
                double[] column = c < parameters.Length ? table.Parameters[c] : table.Outputs[c - parameters.Length];
                column[r] = row[3 + c].Length == 0 ? double.NaN
                    : double.TryParse(row[3 + c], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v
                    : throw new InvalidDataException($"row {r + 2}, column {header[3 + c]}: '{row[3 + c]}' is not a number");
            }

            table.Failure[r] = row[^1].Length == 0 ? null : row[^1];
        }

        return table;
    }

    private static long Whole(string text, int r) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long v) ? v : throw new InvalidDataException($"row {r + 2}: '{text}' is not a whole number");

    /// <summary>RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks.</summary>
    private static IEnumerable<string[]> Records(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, any = false;
        for (int c; (c = reader.Read()) >= 0;)
        {
            any = true;
            char ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return [.. fields];
                fields.Clear();
                any = false;
            }
            else
            {
                field.Append(ch);
            }
        }

        if (quoted)
        {
            throw new InvalidDataException("it ends inside a quoted field (truncated)");
        }

        if (any)
        {
            fields.Add(field.ToString());
            yield return [.. fields];
        }
    }
}
