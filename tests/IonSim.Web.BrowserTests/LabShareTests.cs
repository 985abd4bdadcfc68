namespace IonSim.Web.BrowserTests;

/// <summary>A teacher's link restores the exact setting: controls, curves and metrics.</summary>
[Collection(LabBrowserCollection.Name)]
public sealed class LabShareTests(LabBrowser browser)
{
    [Theory]
    [InlineData("magnesium", "magnesium")]
    [InlineData("summation", "train")]
    [InlineData("force-pca", "force-pca")]
    public async Task A_shared_address_restores_the_controls_curves_and_metrics(string lab, string figure)
    {
        await using LabPage first = await browser.VisitAsync(lab);
        string before = await first.FigureAsync(figure);
        await MoveEveryKindOfControlAsync(first, lab);
        string svg = await first.FigureChangedAsync(figure, before);
        await first.SettledAsync();
        svg = await first.FigureAsync(figure);
        string metrics = await first.Page.InnerTextAsync("[data-testid='metrics']");
        string command = await first.TextAsync("cli");
        string link = first.Page.Url;

        await using LabPage second = await browser.OpenAsync(new Uri(link).PathAndQuery.TrimStart('/'));

        Assert.Equal(svg, await second.FigureAsync(figure));
        Assert.Equal(metrics, await second.Page.InnerTextAsync("[data-testid='metrics']"));
        Assert.Equal(command, await second.TextAsync("cli"));
        Assert.Empty(second.Errors);
    }

    [Fact]
    public async Task A_link_with_nonsense_values_falls_back_to_the_defaults()
    {
        await using LabPage page = await browser.OpenAsync("magnesium?mg=banana&rest=sideways&mech=ryr,unknown&fiber=%%%");
        await page.FigureAsync("magnesium");

        Assert.Equal("0.25 mM", await page.TextAsync("mg-value"));
        Assert.True(await page.Page.GetByTestId("rest-store").IsCheckedAsync());
        Assert.True(await page.Page.GetByTestId("mech-serca").IsCheckedAsync());
        Assert.Empty(page.Errors);
    }

    private static async Task MoveEveryKindOfControlAsync(LabPage page, string lab)
    {
        switch (lab)
        {
            case "magnesium":
                await page.SetRangeAsync("#mg", "300");
                await page.Page.GetByTestId("rest-closed").ClickAsync();
                await page.Page.GetByTestId("mech-serca").ClickAsync();
                break;
            case "summation":
                await page.SetRangeAsync("#train", "300");
                await page.SetRangeAsync("#frequency", "40");
                break;
            default:
                await page.Page.GetByTestId("level-0.1").ClickAsync();
                break;
        }

        await page.SettledAsync();
    }
}
