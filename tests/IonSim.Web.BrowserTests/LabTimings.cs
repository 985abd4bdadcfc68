using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace IonSim.Web.BrowserTests;

/// <summary>
/// Measures, never asserts, the two numbers the lab promises: page load to first curves, and a free-Mg²⁺ slider
/// move to redrawn curves. Timed in the page (performance.now, a MutationObserver on the figure, then the next
/// animation frame), printed, and appended to artifacts/web-timings.txt for benchmarks/README.md.
/// </summary>
[Collection(LabBrowserCollection.Name)]
public sealed class LabTimings(LabBrowser browser, ITestOutputHelper output)
{
    private const string FirstFigureProbe = """
        window.__firstFigureMs = null;
        new MutationObserver((_, obs) => {
            if (document.querySelector("[data-figure] svg")) {
                requestAnimationFrame(() => { window.__firstFigureMs = performance.now(); });
                obs.disconnect();
            }
        }).observe(document, { childList: true, subtree: true });
        """;

    private const string SliderProbe = """
        async (positions) => {
            const slider = document.querySelector("#mg");
            const figure = document.querySelector("[data-figure='magnesium']");
            const times = [];
            for (const p of positions) {
                times.push(await new Promise(resolve => {
                    let start = 0;
                    const obs = new MutationObserver(() => {
                        obs.disconnect();
                        requestAnimationFrame(() => resolve(performance.now() - start));
                    });
                    obs.observe(figure, { childList: true, subtree: true, characterData: true });
                    start = performance.now();
                    slider.value = String(p);
                    slider.dispatchEvent(new Event("input", { bubbles: true }));
                }));
                await new Promise(r => setTimeout(r, 100));
            }
            return times;
        }
        """;

    [Fact]
    public async Task Measure_page_load_and_slider_redraw()
    {
        var loads = new List<double>();
        for (int i = 0; i < 3; i++)
        {
            IBrowserContext context = await browser.Browser.NewContextAsync();
            IPage page = await context.NewPageAsync();
            await page.AddInitScriptAsync(FirstFigureProbe);
            await page.GotoAsync(new Uri(browser.Address, "magnesium").ToString());
            await page.WaitForFunctionAsync("() => window.__firstFigureMs !== null", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
            loads.Add(await page.EvaluateAsync<double>("() => window.__firstFigureMs"));
            await context.CloseAsync();
        }

        await using LabPage lab = await browser.OpenAsync("magnesium");
        await lab.FigureAsync("magnesium");
        int[] positions = [100, 300, 500, 700, 900, 200, 400, 600, 800, 1000];
        double[] redraws = await lab.Page.EvaluateAsync<double[]>(SliderProbe, positions);

        string report = string.Create(CultureInfo.InvariantCulture,
            $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {LoadAverage()}: page load to first curves (magnesium lab, fresh context) " +
            $"median {Median(loads):0} ms [{string.Join(", ", loads.Select(v => v.ToString("0", CultureInfo.InvariantCulture)))}]; " +
            $"Mg²⁺ slider input to redrawn curves median {Median(redraws):0} ms, min {redraws.Min():0}, max {redraws.Max():0} ({redraws.Length} moves)");
        output.WriteLine(report);
        string file = Path.Combine(LabBrowser.RepositoryRoot(), "artifacts", "web-timings.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.AppendAllTextAsync(file, report + "\n");

        Assert.All(redraws.Concat(loads), v => Assert.True(double.IsFinite(v) && v > 0));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static double Median(IReadOnlyList<double> values)
    {
        double[] sorted = [.. values.Order()];
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
