namespace IonSim.Web.BrowserTests;

/// <summary>Every control moves the model: the curves and the metrics table change, and the address follows.</summary>
[Collection(LabBrowserCollection.Name)]
public sealed class LabControlTests(LabBrowser browser)
{
    private const string Metrics = "[data-testid='metrics']";

    [Fact]
    public async Task The_magnesium_slider_redraws_the_curves_and_metrics_and_writes_the_address()
    {
        await using LabPage page = await browser.VisitAsync("magnesium");
        string svg = await page.FigureAsync("magnesium");
        string metrics = await page.Page.InnerTextAsync(Metrics);

        await page.SetRangeAsync("#mg", "900");
        await page.FigureChangedAsync("magnesium", svg);
        await page.SettledAsync(); // the address is rewritten once the new curves are on screen

        Assert.NotEqual(metrics, await page.Page.InnerTextAsync(Metrics));
        string shown = (await page.TextAsync("mg-value")).Replace(" mM", "");
        Assert.Contains($"mg={shown}", page.Address);
        Assert.Contains($"--mg {shown} ", await page.TextAsync("cli"));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Each_rest_and_mechanism_switch_changes_the_curves_and_metrics()
    {
        // At low Mg²⁺ every mechanism matters; switching one off makes it see the normal Mg²⁺ again.
        await using LabPage page = await browser.VisitAsync("magnesium?mg=0.25");
        string svg = await page.FigureAsync("magnesium");
        foreach (string control in new[] { "rest-closed", "mech-pv", "mech-atp", "mech-tnc34", "mech-tnreg", "mech-ryr", "mech-serca" })
        {
            string metrics = await page.Page.InnerTextAsync(Metrics);
            string address = page.Address;

            await page.Page.GetByTestId(control).ClickAsync();
            svg = await page.FigureChangedAsync("magnesium", svg);
            await page.SettledAsync();

            Assert.False(metrics == await page.Page.InnerTextAsync(Metrics), $"{control} left the metrics as they were");
            Assert.NotEqual(address, page.Address);
        }

        Assert.Contains("rest=closed", page.Address);
        Assert.Contains("mech=none", page.Address);
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task The_frequency_slider_redraws_the_train_and_adds_a_force_frequency_point()
    {
        await using LabPage page = await browser.VisitAsync("summation");
        string train = await page.FigureAsync("train");
        string curve = await page.FigureAsync("force-frequency");
        string metrics = await page.Page.InnerTextAsync(Metrics);
        int markers = await CurvePointsAsync(page);

        await page.SetRangeAsync("#frequency", "80");
        await page.FigureChangedAsync("train", train);
        await page.FigureChangedAsync("force-frequency", curve);
        await page.SettledAsync();

        Assert.NotEqual(metrics, await page.Page.InnerTextAsync(Metrics));
        Assert.True(await CurvePointsAsync(page) > markers, "the force–frequency curve did not gain a point");
        Assert.Contains("f=80", page.Address);
        Assert.Contains("tried=20,80", page.Address);
        Assert.Contains("--frequency 80 ", await page.TextAsync("cli"));
        Assert.Contains("--values 20,80 ", await page.TextAsync("cli"));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task The_train_length_slider_changes_the_stimuli_and_metrics_and_restarts_the_curve()
    {
        await using LabPage page = await browser.VisitAsync("summation?f=50&tried=10,50");
        string train = await page.FigureAsync("train");
        string metrics = await page.Page.InnerTextAsync(Metrics);

        await page.SetRangeAsync("#train", "200");
        await page.FigureChangedAsync("train", train);
        await page.SettledAsync();

        Assert.NotEqual(metrics, await page.Page.InnerTextAsync(Metrics));
        Assert.Contains("train=200", page.Address);
        Assert.Contains("tried=50", page.Address);
        Assert.DoesNotContain("10,50", page.Address);
        Assert.Contains("--pulses 10 ", await page.TextAsync("cli"));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Choosing_a_magnesium_level_adds_a_force_pca_curve_and_its_hill_fit()
    {
        await using LabPage page = await browser.VisitAsync("force-pca");
        string svg = await page.FigureAsync("force-pca");
        int rows = (await page.Page.Locator($"{Metrics} tbody tr").AllAsync()).Count;

        await page.Page.GetByTestId("level-3").ClickAsync();
        await page.FigureChangedAsync("force-pca", svg);

        Assert.Equal(rows + 1, (await page.Page.Locator($"{Metrics} tbody tr").AllAsync()).Count);
        Assert.Contains("mg=0.25,1,3", page.Address);
        Assert.Contains("--mg 3 ", await page.TextAsync("cli"));
        Assert.Empty(page.Errors);
    }

    private static async Task<int> CurvePointsAsync(LabPage page) =>
        await page.Page.Locator("[data-figure='force-frequency'] svg ellipse").CountAsync();
}
