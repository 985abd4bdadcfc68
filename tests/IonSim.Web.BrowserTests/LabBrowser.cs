using Microsoft.Playwright;

namespace IonSim.Web.BrowserTests;

/// <summary>
/// One chromium and one served site for all browser tests. The browser is the machine's own (Debian's chromium,
/// or CHROMIUM_PATH): Playwright downloads nothing. The site is the published lab, from IONSIM_WEB_SITE or
/// artifacts/web/wwwroot under the repository.
/// </summary>
public sealed class LabBrowser : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private StaticSite? _site;
    private LabPage? _shared;

    public IBrowser Browser { get; private set; } = null!;

    public Uri Address => _site!.Address;

    public async Task InitializeAsync()
    {
        string wwwroot = SiteFolder();
        if (!File.Exists(Path.Combine(wwwroot, "index.html")))
        {
            throw new InvalidOperationException(
                $"No published lab at {wwwroot}. Publish it first: dotnet publish src/IonSim.Web -c Release -o artifacts/web (or set IONSIM_WEB_SITE to a published wwwroot).");
        }

        string chromium = ChromiumPath();
        _site = await StaticSite.StartAsync(wwwroot);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    /// <summary>
    /// The one long-lived page, moved to a lab by the app's own navigation (home first, so the lab starts anew from
    /// its address): the .NET runtime boots once for most tests instead of once per test.
    /// </summary>
    public async Task<LabPage> VisitAsync(string relative, int width = 1280, int height = 900)
    {
        if (_shared is null)
        {
            IBrowserContext context = await Browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true });
            _shared = new LabPage(await context.NewPageAsync(), shared: true);
            await _shared.Page.GotoAsync(Address.ToString());
        }

        await _shared.Page.SetViewportSizeAsync(width, height);
        await _shared.Page.WaitForFunctionAsync("() => window.Blazor && document.querySelector('h1')", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        await _shared.Page.EvaluateAsync("() => Blazor.navigateTo('/')");
        await _shared.Page.WaitForSelectorAsync("h1:text('IonSim teaching lab')");
        await _shared.Page.EvaluateAsync("target => Blazor.navigateTo(target)", "/" + relative);
        _shared.ClearErrors();
        return _shared;
    }

    /// <summary>A fresh page (own context: no cache, no storage) that records console errors and page errors.</summary>
    public async Task<LabPage> OpenAsync(string relative, int width = 1280, int height = 900)
    {
        IBrowserContext context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
        });
        IPage page = await context.NewPageAsync();
        var lab = new LabPage(page);
        await page.GotoAsync(new Uri(Address, relative).ToString());
        return lab;
    }

    private static string SiteFolder()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("IONSIM_WEB_SITE");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        return Path.Combine(RepositoryRoot(), "artifacts", "web", "wwwroot");
    }

    /// <summary>The repository this test build sits in (the folder holding IonSim.sln).</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IonSim.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    private static string ChromiumPath()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string name in new[] { "chromium", "chromium-browser" })
            {
                string candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException("No chromium on PATH. Install Debian's: apt-get install -y chromium (or set CHROMIUM_PATH).");
    }
}

[CollectionDefinition(Name)]
public sealed class LabBrowserCollection : ICollectionFixture<LabBrowser>
{
    public const string Name = "lab browser";
}
