using IonSim.Experiments.Studies;

namespace IonSim.Cli.Output;

/// <summary>A study's merged results as columns, the shape written to Parquet and CSV and read back by <c>study analyze</c>.</summary>
/// <remarks>Columns: <c>point</c>, <c>sample</c>, <c>matrix</c> (Saltelli's "A", "B" or "AB:&lt;parameter&gt;"; empty for other
/// designs), one column per varied parameter under its parameter-file name (these start with a capital letter), one per output
/// as "protocol.output" (these start with a lower-case letter), and <c>failure</c>. The file alone is enough to analyse.</remarks>
internal sealed record StudyTable(
    IReadOnlyList<string> ParameterNames,
    IReadOnlyList<string> OutputNames,
    long[] Point,
    long[] Sample,
    string[] Matrix,
    double[][] Parameters,
    double[][] Outputs,
    string?[] Failure)
{
    public const string PointColumn = "point";
    public const string SampleColumn = "sample";
    public const string MatrixColumn = "matrix";
    public const string FailureColumn = "failure";

    public int Rows => Point.Length;

    /// <summary>The merged table: every point of the study in index order, with its values rebuilt from the study.</summary>
    public static StudyTable From(Study study, IReadOnlyList<StudyPointResult> results)
    {
        int n = results.Count;
        int d = study.Parameters.Count;
        var point = new long[n];
        var sample = new long[n];
        var matrix = new string[n];
        double[][] parameters = [.. Enumerable.Range(0, d).Select(_ => new double[n])];
        double[][] outputs = [.. Enumerable.Range(0, study.Outputs.Count).Select(_ => new double[n])];
        var failure = new string?[n];
        for (int r = 0; r < n; r++)
        {
            StudyPoint p = study.Point(results[r].Index);
            point[r] = p.Index;
            sample[r] = p.Sample;
            matrix[r] = p.Matrix switch
            {
                < 0 => "",
                0 => "A",
                1 => "B",
                _ => "AB:" + study.Parameters[p.Matrix - 2].Name,
            };
            for (int j = 0; j < d; j++)
            {
                parameters[j][r] = p.Values[j];
            }

            for (int o = 0; o < outputs.Length; o++)
            {
                outputs[o][r] = results[r].Outputs[o];
            }

            failure[r] = results[r].Failure;
        }

        return new StudyTable([.. study.Parameters.Select(p => p.Name)], study.Outputs, point, sample, matrix, parameters, outputs, failure);
    }

    /// <summary>Whether the rows are a Saltelli design (every row names its matrix).</summary>
    public bool IsSaltelli => Rows > 0 && Matrix.All(m => m.Length > 0);

    /// <summary>Saltelli's matrix of each row as 0 = A, 1 = B, 2 + i = A with parameter i from B.</summary>
    public int[] MatrixIndices() => [.. Matrix.Select(m => m switch
    {
        "A" => 0,
        "B" => 1,
        _ when m.StartsWith("AB:", StringComparison.Ordinal) && ParameterNames.ToList().IndexOf(m[3..]) is >= 0 and int i => i + 2,
        _ => throw new InvalidDataException($"the matrix column holds '{m}', which is neither A, B nor AB: and a parameter of the table"),
    })];

    /// <summary>Whether a column name is a parameter's (parameter-file names start with a capital letter).</summary>
    public static bool IsParameterName(string column) => column.Length > 0 && char.IsAsciiLetterUpper(column[0]);
}
