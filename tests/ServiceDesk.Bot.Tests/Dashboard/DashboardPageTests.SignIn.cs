using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using ServiceDesk.Bot.Tests.Api;

namespace ServiceDesk.Bot.Tests.Dashboard;

/// <summary>Who gets the page: an agent by token, an employee who is no agent refused, a missing or wrong key asked again.</summary>
public sealed partial class DashboardPageTests
{
    [Theory]
    [InlineData("en", "Access refused", "agents and managers")]
    [InlineData("fr", "Accès refusé", "agents et aux responsables")]
    public async Task An_employee_signed_in_who_is_no_agent_gets_the_refusal_page(string language, string title, string text)
    {
        var token = desk.TokenOf("55555555-5555-4555-8555-555555555555");
        var page = await browser.OpenAsync(_host, "replaced", request =>
        {
            // The page as Teams opens it, after single sign-on: a bearer token instead of a key.
            request.Headers.Remove("X-Api-Key");
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        });
        await page.GotoAsync($"{DashboardBrowser.Origin}/dashboard?lang={language}");

        await ReadyAsync(page, "refused");
        Assert.Equal(title, await page.Locator("#refused h2").InnerTextAsync());
        Assert.Contains(text, await page.Locator("#refused p").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("table").CountAsync());
        await DashboardBrowser.ScreenshotAsync(page, $"dashboard-refused-{language}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_agent_signed_in_by_token_sees_the_dashboard()
    {
        var token = desk.TokenOf(QuarterSeed.Agents[0].Id);
        var page = await browser.OpenAsync(_host, "replaced", request =>
        {
            request.Headers.Remove("X-Api-Key");
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        });
        await page.GotoAsync($"{DashboardBrowser.Origin}/dashboard?lang=en");

        await ReadyAsync(page, "now");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_a_key_the_page_asks_for_one_and_a_wrong_one_is_refused()
    {
        var page = await browser.OpenAsync(_host, apiKey: null);
        await page.GotoAsync($"{DashboardBrowser.Origin}/dashboard?lang=en");
        await ReadyAsync(page, "sign-in");

        await page.FillAsync("#api-key", "wrong-key-0123456789abcdefghijklmnopqrst");
        await page.ClickAsync("#sign-in button[type=submit]");
        await page.Locator("#sign-in .error").WaitForAsync(new() { Timeout = (float)Timeout.TotalMilliseconds });
        Assert.Equal("This key was not accepted.", await page.Locator("#sign-in .error").InnerTextAsync());

        await page.FillAsync("#api-key", ApiAuthTests.Key);
        await page.ClickAsync("#sign-in button[type=submit]");
        await ReadyAsync(page, "now");
        await page.Context.CloseAsync();
    }
}
