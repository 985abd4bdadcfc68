using Microsoft.Playwright;

namespace IonSim.Web.BrowserTests;

[Collection(LabBrowserCollection.Name)]
public sealed class LabLoadTests(LabBrowser browser)
{
    [Theory]
    [InlineData("magnesium", "magnesium")]
    [InlineData("summation", "train,force-frequency")]
    [InlineData("force-pca", "force-pca")]
    public async Task Each_lab_loads_in_a_fresh_browser_and_draws_its_figures_and_metrics_without_a_console_error(string lab, string figures)
    {
        await using LabPage page = await browser.OpenAsync(lab);
        foreach (string figure in figures.Split(','))
        {
            Assert.Contains("<polyline", await page.FigureAsync(figure));
        }

        Assert.NotEmpty(await page.Page.Locator("[data-testid='metrics'] tbody tr").AllAsync());
        Assert.StartsWith("ionsim ", await page.TextAsync("cli"));
        Assert.Empty(page.Errors);

        // Kept as a CI artefact; docs/web-lab.png in the README is one of these.
        // 1280 × 1080 from the top of the page: the controls and the whole first figure with its legend.
        await page.Page.ScreenshotAsync(new()
        {
            Path = Path.Combine(LabBrowser.RepositoryRoot(), "artifacts", $"web-lab-{lab}.png"),
            FullPage = true,
            Clip = new() { X = 0, Y = 0, Width = 1280, Height = 1080 },
        });
    }

    [Fact]
    public async Task The_home_page_links_every_lab()
    {
        await using LabPage page = await browser.VisitAsync("");
        foreach (string name in new[] { "Magnesium and relaxation", "Summation and tetanus", "Force–pCa" })
        {
            Assert.Equal(2, await page.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = name }).CountAsync());
        }

        await page.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Force–pCa" }).First.ClickAsync();
        await page.FigureAsync("force-pca");
        Assert.EndsWith("/force-pca", page.Page.Url);
        Assert.Empty(page.Errors);
    }

    [Theory]
    [InlineData("magnesium", "magnesium")]
    [InlineData("summation", "train")]
    [InlineData("force-pca", "force-pca")]
    public async Task At_phone_width_nothing_sticks_out_sideways(string lab, string figure)
    {
        await using LabPage page = await browser.VisitAsync(lab, width: 375, height: 800);
        await page.FigureAsync(figure);

        double overflow = await page.Page.EvaluateAsync<double>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow} px wider than a 375 px phone screen");
    }

    [Fact]
    public async Task Every_control_is_labelled_and_reachable_by_keyboard()
    {
        await using LabPage page = await browser.VisitAsync("magnesium");
        await page.FigureAsync("magnesium");

        // Every input has an accessible name, and none is taken out of the tab order.
        string[] unnamed = await page.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll("input, button, select")]
                .filter(e => !(e.labels && e.labels.length) && !e.getAttribute("aria-label") && !e.textContent.trim())
                .map(e => e.outerHTML)
            """);
        Assert.Empty(unnamed);
        Assert.Equal(0, await page.Page.Locator("input[tabindex='-1'], button[tabindex='-1']").CountAsync());

        // The slider moves with the keyboard, and the figure reads values with the arrow keys.
        string svg = await page.FigureAsync("magnesium");
        await page.Page.FocusAsync("#mg");
        await page.Page.Keyboard.PressAsync("End");
        await page.FigureChangedAsync("magnesium", svg);
        Assert.Equal("3 mM", await page.TextAsync("mg-value"));
        await page.Page.FocusAsync("[data-figure='magnesium']");
        await page.Page.Keyboard.PressAsync("ArrowRight");
        Assert.StartsWith("t = ", await page.Page.InnerTextAsync("#magnesium-readout"));
    }

    [Fact]
    public async Task Pointing_at_a_figure_reads_its_values()
    {
        await using LabPage page = await browser.VisitAsync("magnesium");
        await page.FigureAsync("magnesium");
        string before = await page.Page.InnerTextAsync("#magnesium-readout");

        // Into the middle of the figure: inside the plot area, away from the axes.
        LocatorBoundingBoxResult box = (await page.Page.Locator("[data-figure='magnesium']").BoundingBoxAsync())!;
        await page.Page.Mouse.MoveAsync(box.X + (box.Width * 0.5f), box.Y + (box.Height * 0.3f));
        await page.Page.WaitForFunctionAsync("t => document.querySelector('#magnesium-readout').innerText !== t", before);

        Assert.StartsWith("t = ", await page.Page.InnerTextAsync("#magnesium-readout"));
    }
}
