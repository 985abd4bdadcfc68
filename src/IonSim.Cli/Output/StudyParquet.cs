using Parquet;
using Parquet.Schema;

namespace IonSim.Cli.Output;

/// <summary>A study table as Parquet (one row group; doubles, with nulls where undefined) and back. The study's JSON and hash
/// travel in the file's key–value metadata as <c>ionsim.study</c> and <c>ionsim.study_hash</c>.</summary>
internal static class StudyParquet
{
    public static void Write(Stream stream, StudyTable table, IReadOnlyDictionary<string, string> metadata) => WriteAsync(stream, table, metadata).GetAwaiter().GetResult();

    public static StudyTable Read(Stream stream) => ReadAsync(stream).GetAwaiter().GetResult();

    private static async Task WriteAsync(Stream stream, StudyTable table, IReadOnlyDictionary<string, string> metadata)
    {
        var point = new DataField<long>(StudyTable.PointColumn);
        var sample = new DataField<long>(StudyTable.SampleColumn);
        var matrix = new DataField<string>(StudyTable.MatrixColumn);
        DataField<double?>[] values = [.. table.ParameterNames.Concat(table.OutputNames).Select(n => new DataField<double?>(n))];
        var failure = new DataField<string>(StudyTable.FailureColumn, true);
        var schema = new ParquetSchema([point, sample, matrix, .. values, failure]);
        await using ParquetWriter writer = await ParquetWriter.CreateAsync(schema, stream);
        writer.CustomMetadata = new Dictionary<string, string>(metadata);
        using ParquetRowGroupWriter group = writer.CreateRowGroup();
        await group.WriteAsync(point, new ReadOnlyMemory<long>(table.Point));
        await group.WriteAsync(sample, new ReadOnlyMemory<long>(table.Sample));
        await group.WriteAsync(matrix, table.Matrix);
        double[][] columns = [.. table.Parameters, .. table.Outputs];
        for (int c = 0; c < columns.Length; c++)
        {
            double?[] column = [.. columns[c].Select(v => double.IsFinite(v) ? v : (double?)null)];
            await group.WriteAsync(values[c], new ReadOnlyMemory<double?>(column));
        }

        await group.WriteAsync(failure, table.Failure!);
    }

    private static async Task<StudyTable> ReadAsync(Stream stream)
    {
        await using ParquetReader reader = await ParquetReader.CreateAsync(stream);
        DataField[] fields = reader.Schema.GetDataFields();
        string[] names = [.. fields.Select(f => f.Name)];
        if (names.Length < 4 || names[0] != StudyTable.PointColumn || names[1] != StudyTable.SampleColumn || names[2] != StudyTable.MatrixColumn || names[^1] != StudyTable.FailureColumn)
        {
            throw new InvalidDataException("it is not a study results table (its columns must start with point, sample, matrix and end with failure)");
        }

        string[] middle = names[3..^1];
        string[] parameters = [.. middle.TakeWhile(StudyTable.IsParameterName)];
        string[] outputs = [.. middle.Skip(parameters.Length)];
        long rows = reader.RowGroups.Sum(g => g.RowCount);
        if (rows > int.MaxValue)
        {
            throw new InvalidDataException("it has too many rows");
        }

        int n = (int)rows;
        var table = new StudyTable(parameters, outputs, new long[n], new long[n], new string[n],
            [.. parameters.Select(_ => new double[n])], [.. outputs.Select(_ => new double[n])], new string?[n]);
        int offset = 0;
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
            int count = (int)group.RowCount;
            await group.ReadAsync(fields[0], new Memory<long>(table.Point, offset, count));
            await group.ReadAsync(fields[1], new Memory<long>(table.Sample, offset, count));
            var matrix = new string?[count];
            await group.ReadAsync(fields[2], new Memory<string?>(matrix));
            for (int r = 0; r < count; r++)
            {
                table.Matrix[offset + r] = matrix[r] ?? "";
            }

            for (int c = 0; c < middle.Length; c++)
            {
                var buffer = new double?[count];
                await group.ReadAsync(fields[3 + c], new Memory<double?>(buffer));
                double[] column = c < parameters.Length ? table.Parameters[c] : table.Outputs[c - parameters.Length];
                for (int r = 0; r < count; r++)
                {
                    column[offset + r] = buffer[r] ?? double.NaN;
                }
            }

            await group.ReadAsync(fields[^1], new Memory<string?>(table.Failure, offset, count));
            offset += count;
        }

        return table;
    }
}
