using Microsoft.Playwright;

namespace IonSim.Web.BrowserTests;

/// <summary>A lab page in the browser, with the errors it logged and small helpers to read and move it.</summary>
public sealed class LabPage : IAsyncDisposable
{
    private readonly List<string> _errors = [];

    private readonly bool _shared;

    public LabPage(IPage page, bool shared = false)
    {
        Page = page;
        _shared = shared;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_errors)
                {
                    _errors.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_errors)
            {
                _errors.Add(error);
            }
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>Waits until the figure has been drawn (the app has loaded and simulated) and returns its SVG.</summary>
    public async Task<string> FigureAsync(string id)
    {
        await Page.WaitForSelectorAsync($"[data-figure='{id}'] svg", new PageWaitForSelectorOptions { Timeout = 60_000 });
        return await Page.InnerHTMLAsync($"[data-figure='{id}']");
    }

    /// <summary>Waits until the figure differs from what it was, and returns the new SVG.</summary>
    public async Task<string> FigureChangedAsync(string id, string before)
    {
        await Page.WaitForFunctionAsync(
            "([id, before]) => { const e = document.querySelector(`[data-figure='${id}']`); return e && e.innerHTML !== before; }",
            new object[] { id, before }, new PageWaitForFunctionOptions { Timeout = 30_000 });
        return await Page.InnerHTMLAsync($"[data-figure='{id}']");
    }

    /// <summary>The page's address, unescaped (the lab writes lists with commas).</summary>
    public string Address => Uri.UnescapeDataString(Page.Url);

    /// <summary>Waits until the lab has run its newest request (no simulation pending).</summary>
    public Task SettledAsync() =>
        Page.WaitForSelectorAsync(".results[aria-busy='false']", new PageWaitForSelectorOptions { Timeout = 60_000 });

    public Task<string> TextAsync(string testId) => Page.GetByTestId(testId).InnerTextAsync();

    /// <summary>Moves a range input to a value as a user's drag would end (input and change events).</summary>
    public Task SetRangeAsync(string selector, string value) => Page.FillAsync(selector, value);

    /// <summary>Forgets the errors logged so far (the shared page moves from test to test).</summary>
    public void ClearErrors()
    {
        lock (_errors)
        {
            _errors.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_shared)
        {
            await Page.Context.CloseAsync();
        }
    }
}
