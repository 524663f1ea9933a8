using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ServiceDesk.EndToEnd.Tests.Support;

namespace ServiceDesk.EndToEnd.Tests.Playground;

/// <summary>
/// The Playground's page in headless Debian Chromium, as the signed-in user sees it. The page shows only what arrives
/// while it is open, so open it (and the channel) before the bot posts what is to be seen.
/// </summary>
internal sealed class PlaygroundPage : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private PlaygroundPage(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    public static async Task<PlaygroundPage> OpenAsync(string playgroundUrl)
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing; install Debian's Chromium: sudo apt-get install -y chromium");
        }

        // Never let Playwright try to download a browser: there is no internet here, and the system one is used.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium, Headless = true, Args = ChromiumArguments,
            });
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1400 } });
            await page.GotoAsync(playgroundUrl);
            return new PlaygroundPage(playwright, browser, page);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens a channel of the mock team from the left rail (tree item "My Team - General"). Opening it makes the
    /// Playground send the bot an installationUpdate and a conversationUpdate for that channel, as a new install.
    /// </summary>
    public async Task OpenChannelAsync(string channelName, string teamName = "My Team")
    {
        await Page.GetByRole(AriaRole.Treeitem, new PageGetByRoleOptions { Name = $"{teamName} - {channelName}" }).ClickAsync();
        await Page.GetByText("Start a new post").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
    }

    /// <summary>The rendered Adaptive Card that shows every one of <paramref name="texts"/>, once it is on the page.</summary>
    public async Task<ILocator> WaitForCardAsync(TimeSpan timeout, params string[] texts)
    {
        var card = texts.Aggregate(Page.Locator(".ac-adaptiveCard"), (cards, text) => cards.Filter(new LocatorFilterOptions { HasText = text })).First;
        var text = string.Join(" + ", texts);
        try
        {
            await card.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)timeout.TotalMilliseconds });
            return card;
        }
        catch (TimeoutException timedOut)
        {
            var failed = await ScreenshotPageAsync("no-card-" + Regex.Replace(text, "[^A-Za-z0-9-]+", "-"));
            throw new TimeoutException($"No card showing \"{text}\" on the Playground's page (screenshot {failed}).", timedOut);
        }
    }

    /// <summary>Saves a screenshot of one element into the artefacts folder and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(ILocator element, string name)
    {
        var path = Path.Combine(RepositoryPaths.Artifacts, name + ".png");
        await element.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        return path;
    }

    /// <summary>Saves a screenshot of the whole page into the artefacts folder and returns its path.</summary>
    public async Task<string> ScreenshotPageAsync(string name)
    {
        var path = Path.Combine(RepositoryPaths.Artifacts, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
