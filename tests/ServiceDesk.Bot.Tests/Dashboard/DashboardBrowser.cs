using Microsoft.Playwright;

namespace ServiceDesk.Bot.Tests.Dashboard;

/// <summary>
/// Headless Debian Chromium showing the dashboard of an in-memory host: every request to <see cref="Origin"/> is
/// answered by the host's test server, so no port is opened. Screenshots go to artifacts/test-results/screenshots
/// (DASHBOARD_ARTIFACTS overrides it), beside the results scripts/test.sh keeps.
/// </summary>
public sealed class DashboardBrowser : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    public const string Origin = "http://desk.test";

    private IPlaywright _playwright = null!;

    public IBrowser Browser { get; private set; } = null!;

    public static string Artifacts
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("DASHBOARD_ARTIFACTS") is { Length: > 0 } chosen ? chosen : Path.Combine(Root(), "artifacts", "test-results", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing; install Debian's Chromium: sudo apt-get install -y chromium");
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium, Headless = true,
            // The test origin stands for the bot's https address: a secure context, where the page's sign-in has
            // crypto.subtle for the PKCE challenge.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                $"--unsafely-treat-insecure-origin-as-secure={Origin}"],
        });
    }

    /// <summary>A fresh page (its own storage) whose requests to <see cref="Origin"/> go to <paramref name="host"/>, through <paramref name="rewrite"/> if given.</summary>
    public async Task<IPage> OpenAsync(HttpClient host, string? apiKey, Action<HttpRequestMessage>? rewrite = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1000 }, AcceptDownloads = true });
        if (apiKey is not null)
        {
            await context.AddInitScriptAsync($"sessionStorage.setItem('servicedesk.dashboard.apiKey', {System.Text.Json.JsonSerializer.Serialize(apiKey)});");
        }

        await RouteAsync(context, Origin, host, rewrite);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Answers the requests of <paramref name="context"/> to <paramref name="origin"/> by <paramref name="target"/> (redirects
    /// handed to the browser as they are): no request of the page reaches the network itself.
    /// </summary>
    public static Task RouteAsync(IBrowserContext context, string origin, HttpClient target, Action<HttpRequestMessage>? rewrite = null) =>
        context.RouteAsync(origin + "/**", async route =>
        {
            using var request = new HttpRequestMessage(new HttpMethod(route.Request.Method), route.Request.Url);
            if (route.Request.PostDataBuffer is { } body)
            {
                request.Content = new ByteArrayContent(body);
            }

            foreach (var (name, value) in route.Request.Headers)
            {
                if (!request.Headers.TryAddWithoutValidation(name, value))
                {
                    request.Content?.Headers.TryAddWithoutValidation(name, value);
                }
            }

            rewrite?.Invoke(request);
            using var response = await target.SendAsync(request);
            var headers = response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(", ", h.Value));
            await route.FulfillAsync(new RouteFulfillOptions { Status = (int)response.StatusCode, Headers = headers, BodyBytes = await response.Content.ReadAsByteArrayAsync() });
        });

    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(Artifacts, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }

    private static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ServiceDesk.Bot.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? AppContext.BaseDirectory;
    }
}
