using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ServiceDesk.EndToEnd.Tests.Support;
using Xunit.Abstractions;

namespace ServiceDesk.EndToEnd.Tests.Playground;

/// <summary>
/// Opens the Playground's page in headless Chromium, as a person would: loading it installs the app, the bot's
/// welcome card must render; the screenshot is kept as a test artefact.
/// </summary>
public sealed class PlaygroundPageTests(BotAndPlayground processes, ITestOutputHelper output) : IClassFixture<BotAndPlayground>
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    [Fact]
    public async Task Opening_the_Playground_page_renders_the_welcome_card()
    {
        Assert.True(File.Exists(Chromium),
            $"{Chromium} is missing; the page test needs Debian's Chromium. Install it with: sudo apt-get install -y chromium");
        // Never let Playwright try to download a browser: there is no internet here, and the system one is used.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ChromiumArguments,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(processes.PlaygroundUrl);

        var card = page.Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { HasTextRegex = new Regex("incident", RegexOptions.IgnoreCase) });
        try
        {
            await card.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        }
        catch (TimeoutException timeout)
        {
            var failed = Path.Combine(RepositoryPaths.Artifacts, "playground-page-no-welcome-card.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = failed, FullPage = true });
            throw new TimeoutException($"No welcome card on the page (screenshot {failed}).{Environment.NewLine}{processes.Diagnostics()}", timeout);
        }

        var screenshot = Path.Combine(RepositoryPaths.Artifacts, "playground-welcome.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot: {screenshot}");
        Console.WriteLine($"Playground screenshot: {screenshot}");
        Assert.True(new FileInfo(screenshot).Length > 0);
    }
}
