using ServiceDesk.EndToEnd.Tests.Support;
using Xunit.Abstractions;

namespace ServiceDesk.EndToEnd.Tests.Playground;

/// <summary>
/// Opens the Playground's page in headless Chromium, as a person would: loading it installs the app, the bot's
/// welcome card must render; the screenshot is kept as a test artefact.
/// </summary>
public sealed class PlaygroundPageTests(BotAndPlayground processes, ITestOutputHelper output) : IClassFixture<BotAndPlayground>
{
    [Fact]
    public async Task Opening_the_Playground_page_renders_the_welcome_card()
    {
        Assert.True(File.Exists(PlaygroundPage.Chromium),
            $"{PlaygroundPage.Chromium} is missing; the page test needs Debian's Chromium. Install it with: sudo apt-get install -y chromium");
        await using var page = await PlaygroundPage.OpenAsync(processes.PlaygroundUrl);

        try
        {
            await page.WaitForCardAsync(TimeSpan.FromSeconds(30), "Report an incident");
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException(timeout.Message + Environment.NewLine + processes.Diagnostics(), timeout);
        }

        var screenshot = await page.ScreenshotPageAsync("playground-welcome");
        output.WriteLine($"Screenshot: {screenshot}");
        Assert.True(new FileInfo(screenshot).Length > 0);
    }
}
