using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using IonSim.Physiology;
using Microsoft.Playwright;

namespace IonSim.Web.BrowserTests;

/// <summary>Downloads are valid files; a parameter file loads through the library, and a bad one changes nothing.</summary>
[Collection(LabBrowserCollection.Name)]
public sealed class LabExportTests(LabBrowser browser)
{
    [Theory]
    [InlineData("magnesium", "magnesium", "magnesium")]
    [InlineData("summation", "train", "summation")]
    [InlineData("summation?tried=10,30,60", "train", "force-frequency")]
    [InlineData("force-pca", "force-pca", "force-pca")]
    public async Task The_csv_is_a_rectangular_table_of_numbers(string lab, string figure, string stem)
    {
        await using LabPage page = await browser.VisitAsync(lab);
        await page.FigureAsync(figure);

        string[][] rows = [.. Encoding.UTF8.GetString(await DownloadAsync(page, $"export-csv-{stem}", $"{stem}.csv")).TrimEnd('\n').Split('\n').Select(Fields)];

        Assert.True(rows.Length > 3, "the CSV holds too few data rows");
        Assert.All(rows, row => Assert.Equal(rows[0].Length, row.Length));
        Assert.All(rows[0], name => Assert.Matches("^[a-z][A-Za-z0-9_]*$", name));
        Assert.Contains(rows[1], cell => double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
    }

    // One CSV line's fields; a quoted field may hold commas and doubled quotes.
    private static string[] Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') { quoted = !quoted; }
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else { field.Append(c); }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }

    [Theory]
    [InlineData("magnesium", "magnesium")]
    [InlineData("summation", "train")]
    [InlineData("force-pca", "force-pca")]
    public async Task The_figure_downloads_as_svg_and_png(string lab, string figure)
    {
        await using LabPage page = await browser.VisitAsync(lab);
        await page.FigureAsync(figure);

        XDocument svg = XDocument.Parse(Encoding.UTF8.GetString(await DownloadAsync(page, "export-svg", $"{lab}.svg")));
        byte[] png = await DownloadAsync(page, "export-png", $"{lab}.png");

        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "polyline");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.True(png.Length > 5000, $"the PNG is only {png.Length} bytes");
    }

    [Fact]
    public async Task The_parameter_json_is_the_fiber_on_screen_and_the_library_reads_it_back()
    {
        await using LabPage page = await browser.VisitAsync("magnesium?mg=0.5&rest=closed&mech=ryr,serca");
        await page.FigureAsync("magnesium");

        FiberParameters fiber = FiberParameters.FromJson(Encoding.UTF8.GetString(await DownloadAsync(page, "export-json", "lab-fiber.json")));

        Assert.Equal(0.5, fiber.FreeMagnesiumMillimolar);
        Assert.Equal(RestCondition.TotalCalciumFixed, fiber.RestCondition);
        Assert.Equal(MagnesiumMechanisms.RyrInhibition | MagnesiumMechanisms.SercaDependence, fiber.Mechanisms);
    }

    // Each a real parameter file (the library's own JSON of the normal fibre) with one thing wrong.
    public static TheoryData<string> RefusedFiles => new()
    {
        Edited(o => o["FreeMagnesiumMillimolar"] = 99),
        Edited(o => o["FreeMagnesiumMilimolar"] = 0.5),
        Edited(o => o["RestCondition"] = "Sideways"),
        Edited(o => o.Remove("SchemaVersion")),
        FiberPresets.Normal.ToJson()[..40],
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task An_invalid_parameter_file_shows_the_library_error_and_changes_nothing(string json)
    {
        string expected = LibraryError(json);
        await using LabPage page = await browser.VisitAsync("magnesium");
        string svg = await page.FigureAsync("magnesium");
        string metrics = await page.Page.InnerTextAsync("[data-testid='metrics']");
        string address = page.Page.Url;
        string command = await page.TextAsync("cli");

        await LoadAsync(page, json);
        string shown = await page.TextAsync("params-error");

        // The page shows the message as one paragraph: line breaks in it read as spaces.
        Assert.True(OneLine(shown).Contains(OneLine(expected), StringComparison.Ordinal), $"shown: {shown}\nthe library says: {expected}");
        Assert.StartsWith("bad-fiber.json was not loaded", shown);
        Assert.Equal(svg, await page.FigureAsync("magnesium"));
        Assert.Equal(metrics, await page.Page.InnerTextAsync("[data-testid='metrics']"));
        Assert.Equal(address, page.Page.Url);
        Assert.Equal(command, await page.TextAsync("cli"));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task A_valid_parameter_file_sets_the_controls_and_the_link_carries_it()
    {
        FiberParameters normal = FiberPresets.Normal;
        FiberParameters custom = normal with { FreeMagnesiumMillimolar = 0.5, Serca = normal.Serca with { MaxRateMicromolarPerMs = normal.Serca.MaxRateMicromolarPerMs * 0.5 } };
        await using LabPage page = await browser.VisitAsync("magnesium");
        string svg = await page.FigureAsync("magnesium");

        await LoadAsync(page, custom.ToJson(), "fiber.json");
        Assert.Equal("Loaded fiber.json.", await page.TextAsync("params-loaded"));
        await page.FigureChangedAsync("magnesium", svg);
        await page.SettledAsync();

        Assert.Equal("0.5 mM", await page.TextAsync("mg-value"));
        Assert.Contains("--params lab-fiber.json", await page.TextAsync("cli"));
        FiberParameters saved = FiberParameters.FromJson(Encoding.UTF8.GetString(await DownloadAsync(page, "export-json", "lab-fiber.json")));
        Assert.Equal(custom.ToJson(), saved.ToJson());

        // The link carries the loaded fiber: a fresh page shows the same curves.
        string drawn = await page.FigureAsync("magnesium");
        await using LabPage shared = await browser.OpenAsync(new Uri(page.Page.Url).PathAndQuery.TrimStart('/'));
        Assert.Equal(drawn, await shared.FigureAsync("magnesium"));
    }

    private static string Edited(Action<System.Text.Json.Nodes.JsonObject> edit)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(FiberPresets.Normal.ToJson())!.AsObject();
        edit(json);
        return json.ToJsonString();
    }

    private static string OneLine(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();

    private static string LibraryError(string json)
    {
        try
        {
            FiberParameters.FromJson(json);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or System.Reflection.TargetInvocationException)
        {
            return (e is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : e).Message;
        }

        throw new InvalidOperationException("the library accepted the file this test calls invalid");
    }

    private static Task LoadAsync(LabPage page, string json, string name = "bad-fiber.json") =>
        page.Page.SetInputFilesAsync("#params-file", new FilePayload { Name = name, MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(json) });

    private static async Task<byte[]> DownloadAsync(LabPage page, string button, string expectedName)
    {
        IDownload download = await page.Page.RunAndWaitForDownloadAsync(() => page.Page.GetByTestId(button).ClickAsync());
        Assert.Equal(expectedName, download.SuggestedFilename);
        string path = await download.PathAsync();
        return await File.ReadAllBytesAsync(path);
    }
}
