using System.Globalization;
using System.Text;
using IonSim.Cli.Infrastructure;
using IonSim.Cli.Options;
using IonSim.Cli.Output;
using IonSim.Experiments.Studies;
using IonSim.Plotting;
using Spectre.Console.Cli;

namespace IonSim.Cli.Commands;

/// <summary><c>ionsim study analyze RESULTS -o indices.csv|.png</c>: first-order and total Sobol' indices of every output with
/// bootstrap intervals, as a table and a bar chart.</summary>
internal sealed class StudyAnalyzeCommand(CliEnvironment environment) : Command<StudyAnalyzeSettings>
{
    public override int Execute(CommandContext context, StudyAnalyzeSettings settings, CancellationToken cancellationToken)
    {
        OutputTarget[] targets =
        [
            OutputTarget.Resolve(environment, "--output", settings.Output ?? "indices.csv", ["csv"]),
            .. settings.Figure is null ? Array.Empty<OutputTarget>() : [OutputTarget.Resolve(environment, "--figure", settings.Figure, FigureWriter.Formats)],
        ];
        OutputTarget? scatter = settings.Scatter is null ? null : OutputTarget.Resolve(environment, "--scatter", settings.Scatter, FigureWriter.Formats);
        int resamples = settings.Resamples is null ? 1000 : OptionParser.Integer("--resamples", settings.Resamples, 100, 100_000, "the number of bootstrap resamples");
        StudyTable table = ReadTable(settings.Results);
        if (!table.IsSaltelli)
        {
            throw new UsageException($"'{settings.Results}' is not from a saltelli design (its matrix column is empty): Sobol' indices need \"design\": {{ \"kind\": \"saltelli\", … }}");
        }

        string[] outputs = settings.Outputs is null
            ? [.. table.OutputNames]
            : [.. settings.Outputs.Split(',', StringSplitOptions.TrimEntries).Select(o => table.OutputNames.Contains(o) ? o
                : throw new UsageException("--outputs", o, $"not an output of these results; choose from {string.Join(", ", table.OutputNames)}"))];

        int d = table.ParameterNames.Count;
        int[] matrix;
        try
        {
            matrix = table.MatrixIndices();
        }
        catch (InvalidDataException e)
        {
            throw new UsageException($"'{settings.Results}' cannot be analysed: {e.Message}");
        }

        var results = new List<(string Output, SobolIndices Indices)>();
        var skipped = new List<string>();
        foreach (string output in outputs)
        {
            double[] y = table.Outputs[table.OutputNames.ToList().IndexOf(output)];
            SobolIndices indices;
            try
            {
                indices = SobolIndices.FromPoints(d, table.Sample, matrix, y, resamples, seed: 1);
            }
            catch (ArgumentException e)
            {
                throw new UsageException($"'{settings.Results}' cannot be analysed: {e.Message}");
            }

            if (indices.Samples < 2 || !(indices.Variance > 0) || indices.Indices.All(i => !double.IsFinite(i.First)))
            {
                skipped.Add($"{output} (it does not vary over the {indices.Samples} whole samples)");
                continue;
            }

            results.Add((output, indices));
        }

        if (!settings.Quiet)
        {
            foreach (string note in skipped)
            {
                environment.Out.WriteLine($"no indices for {note}");
            }
        }

        if (results.Count == 0)
        {
            throw new SimulationFailedException("no output varies, so there are no indices to report");
        }

        using var files = new OutputFiles(settings.Quiet ? TextWriter.Null : environment.Out);
        foreach (OutputTarget target in targets)
        {
            if (target.Format == "csv")
            {
                files.Add(target, Csv.Utf8.GetBytes(IndicesCsv(table.ParameterNames, results)));
            }
            else
            {
                int height = 90 + results.Sum(r => 50 + (d * 30));
                var model = StudyPlots.Indices(table.ParameterNames, results, $"Sobol' indices of {Path.GetFileName(settings.Results)}");
                files.Add(target, FigureWriter.Render(model, target.Format, 1100, height));
            }
        }

        if (scatter is not null)
        {
            // The A and B points are independent draws from the distributions (the A_B^i points repeat them column by column).
            int[] rows = [.. Enumerable.Range(0, table.Rows).Where(r => matrix[r] is 0 or 1)];
            IReadOnlyList<double>[] values = [.. table.Parameters.Select(c => (IReadOnlyList<double>)[.. rows.Select(r => c[r])])];
            (string, IReadOnlyList<double>)[] ys = [.. results.Select(r => (r.Output, (IReadOnlyList<double>)[.. rows.Select(k => table.Outputs[table.OutputNames.ToList().IndexOf(r.Output)][k])]))];
            var model = StudyPlots.Scatter(table.ParameterNames, values, ys, $"Outputs against parameters: {Path.GetFileName(settings.Results)} ({rows.Length} points of matrices A and B)");
            int longest = table.ParameterNames.Max(p => p.Length);
            files.Add(scatter, FigureWriter.Render(model, scatter.Format, Math.Max(900, 90 * d), 120 + (6 * longest) + (ys.Length * 220)));
        }

        files.Commit();
        return 0;
    }

    private StudyTable ReadTable(string text)
    {
        string path = environment.Resolve(text);
        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not ".parquet" and not ".csv")
        {
            throw new UsageException("RESULTS", text, "expected merged results, a .parquet or .csv file (written by: ionsim study merge)");
        }

        InputFile.Existing("RESULTS", text, environment, "merged results (written by: ionsim study merge)");

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return extension == ".csv" ? StudyCsv.Read(new StreamReader(stream, new UTF8Encoding(false, true))) : StudyParquet.Read(stream);
        }
        catch (Exception e) when (e is InvalidDataException or DecoderFallbackException or IOException or FormatException or InvalidOperationException or NotSupportedException || e.GetType().Namespace?.StartsWith("Parquet", StringComparison.Ordinal) == true)
        {
            throw new UsageException("RESULTS", text, $"cannot be read as study results: {e.Message}");
        }
    }

    private static string IndicesCsv(IReadOnlyList<string> parameters, List<(string Output, SobolIndices Indices)> results)
    {
        var text = new StringBuilder("output,parameter,first_order,first_order_low,first_order_high,total,total_low,total_high,samples,dropped_samples,confidence\n");
        foreach (var (output, indices) in results)
        {
            for (int i = 0; i < parameters.Count; i++)
            {
                SobolIndex x = indices.Indices[i];
                text.Append(string.Join(',', Csv.Text(output), Csv.Text(parameters[i]), Csv.Number(x.First), Csv.Number(x.FirstLow), Csv.Number(x.FirstHigh),
                    Csv.Number(x.Total), Csv.Number(x.TotalLow), Csv.Number(x.TotalHigh),
                    indices.Samples.ToString(CultureInfo.InvariantCulture), indices.Dropped.ToString(CultureInfo.InvariantCulture), Csv.Number(indices.Confidence))).Append('\n');
            }
        }

        return text.ToString();
    }
}
