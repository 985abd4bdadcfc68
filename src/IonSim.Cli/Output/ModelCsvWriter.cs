using IonSim.CellML.Simulation;
using IonSim.Plotting;

namespace IonSim.Cli.Output;

/// <summary>Writes a model trace as CSV: the time, then each recorded variable, each headed "component.variable (units)".</summary>
internal static class ModelCsvWriter
{
    public static void Write(TextWriter writer, ModelTrace trace)
    {
        var time = trace.Model.VariableOfIntegration;
        var header = new List<string> { Csv.Text($"{time.QualifiedName} ({time.Units})") };
        header.AddRange(trace.Variables.Select(v => Csv.Text($"{v.QualifiedName} ({v.Units})")));
        writer.Write(string.Join(',', header));
        writer.Write('\n');

        var columns = Enumerable.Range(0, trace.Variables.Count).Select(trace.Values).ToArray();
        var cells = new string[columns.Length + 1];
        for (int k = 0; k < trace.Times.Count; k++)
        {
            cells[0] = Csv.Number(trace.Times[k]);
            for (int j = 0; j < columns.Length; j++)
            {
                cells[j + 1] = Csv.Number(columns[j][k]);
            }

            writer.Write(string.Join(',', cells));
            writer.Write('\n');
        }
    }
}
