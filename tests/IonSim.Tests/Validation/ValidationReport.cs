using System.Globalization;
using System.Text;

namespace IonSim.Tests.Validation;

/// <summary>
/// The validation table as docs/validation.md shows it, built from <see cref="PublishedData"/> and the model's values, so the
/// document is checked against the model instead of being copied by hand.
/// </summary>
public sealed class ValidationReport
{
    [Fact]
    public void Docs_validation_md_shows_every_row_with_the_models_current_value()
    {
        string table = Markdown();
        string path = Path.Combine(RepositoryRoot(), "docs", "validation.md");
        string document = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(document.Contains(table, StringComparison.Ordinal), $"docs/validation.md is out of date; its table should read:\n\n{table}");
    }

    /// <summary>The table: one line per row, the model's value to three significant figures.</summary>
    public static string Markdown()
    {
        var text = new StringBuilder();
        text.Append("| Row | Quantity | Published | Band | IonSim | Verdict | Source |\n|---|---|---|---|---|---|---|\n");
        foreach (ValidationRow row in PublishedData.Rows)
        {
            double value = ModelValues.Of(row.Id);
            bool pass = value >= row.Low && value <= row.High;
            text.Append(CultureInfo.InvariantCulture, $"| {row.Id} | {row.Quantity} | {row.Published} | {Format(row.Low)}–{Format(row.High)} | {Format(value)} | {(pass ? "pass" : "**miss**")} | {row.Source} |\n");
        }

        return text.ToString();
    }

    private static string Format(double value) => value.ToString("G3", CultureInfo.InvariantCulture);

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "IonSim.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("IonSim.sln not found above " + AppContext.BaseDirectory);
    }
}
