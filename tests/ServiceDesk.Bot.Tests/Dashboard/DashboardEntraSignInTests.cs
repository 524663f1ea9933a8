using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ServiceDesk.Bot.Tests.Agents;
using ServiceDesk.Bot.Tests.Api;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.TestKit.Ports;

namespace ServiceDesk.Bot.Tests.Dashboard;

/// <summary>
/// A browser signing in to the dashboard with Entra ID (authorization code with PKCE, against <see cref="FakeEntra"/> on
/// loopback) in headless Chromium: an agent comes back to the dashboard, an employee who is no agent to the refusal
/// page, an expired or forged token to "sign-in did not succeed"; the API key still opens it.
/// </summary>
public sealed class DashboardEntraSignInTests(DashboardBrowser browser) : IClassFixture<DashboardBrowser>, IAsyncLifetime
{
    private const string AgentOid = "aaaaaaaa-0000-4000-8000-000000000001";
    private const string EmployeeOid = "eeeeeeee-0000-4000-8000-000000000002";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    // Chromium lets no page of a public origin reach the loopback address space: the browser's requests to the fake
    // Entra are answered through the test, as the page's own are.
    private readonly HttpClient _toEntra = new(new HttpClientHandler { AllowAutoRedirect = false });
    private FakeEntra _entra = null!;
    private BotHostFactory _factory = null!;
    private HttpClient _host = null!;

    public async Task InitializeAsync()
    {
        _entra = await FakeEntra.StartAsync();
        _factory = new BotHostFactory(
            new Dictionary<string, string?>
            {
                ["Api:Keys:0"] = ApiAuthTests.Key,
                ["Api:Entra:TenantId"] = ApiAuthTests.Tenant,
                ["Api:Entra:Audience"] = SeededDesk.Audience,
                ["Api:Entra:Authority"] = _entra.Authority,
                ["Dashboard:SignIn:Enabled"] = "true",
            },
            services => services.AddSingleton<IAgentQueue>(FakeAgentQueue.WithoutChannel([new TicketPerson(AgentOid, AgentOid, "Agent A")])));
        _host = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        _toEntra.Dispose();
        await _factory.DisposeAsync();
        await _entra.DisposeAsync();
    }

    [Fact]
    public async Task A_browser_without_a_key_is_sent_to_sign_in_and_comes_back_to_the_view_it_asked_for()
    {
        _entra.NextPerson = AgentOid;
        var page = await OpenAsync();
        await page.GotoAsync($"{DashboardBrowser.Origin}/dashboard?lang=fr&theme=dark&view=trends&days=7");

        await ReadyAsync(page, "trends");
        Assert.Equal(1, _entra.Exchanges);
        Assert.Equal($"{DashboardBrowser.Origin}/dashboard?lang=fr&theme=dark&view=trends&days=7", page.Url);
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("dark", await page.GetAttributeAsync("html", "data-theme"));
        Assert.Equal(8, await page.Locator("#created-resolved-table tbody tr").CountAsync());
        await DashboardBrowser.ScreenshotAsync(page, "dashboard-entra-signed-in-fr-dark");

        // Views and periods chosen afterwards use the same token; no second sign-in.
        await page.ClickAsync("#tab-now");
        await ReadyAsync(page, "now");
        Assert.Equal(1, _entra.Exchanges);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en", "Access refused")]
    [InlineData("fr", "Accès refusé")]
    public async Task A_person_signed_in_who_is_no_agent_gets_the_refusal_page(string language, string title)
    {
        _entra.NextPerson = EmployeeOid;
        var page = await OpenAsync();
        await page.GotoAsync($"{DashboardBrowser.Origin}/dashboard?lang={language}");

        await ReadyAsync(page, "refused");
        Assert.Equal(title, await page.Locator("#refused h2").InnerTextAsync());
        Assert.Equal(0, await page.Locator("table").CountAsync());
        Assert.Equal(1, _entra.Exchanges);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(FakeEntraToken.Expired)]
    [InlineData(FakeEntraToken.Forged)]
    public async Task A_token_expired_or_forged_is_refused_and_the_page_says_sign_in_failed(FakeEntraToken kind)
    {
        _entra.NextPerson = AgentOid;
        _entra.NextToken = kind;
        var page = await OpenAsync();
        await page.GotoAsync($"{DashboardBrowser.Origin}/dashboard?lang=en");

        await ReadyAsync(page, "sign-in");
        Assert.Equal("Sign-in did not succeed. Try again, or use an API key.", await page.Locator("#sign-in .error").InnerTextAsync());
        Assert.Equal(0, await page.Locator("table").CountAsync());
        Assert.Equal(1, _entra.Exchanges);

        // The bot refused the token itself, whatever the page does.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/dashboard/now");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + _entra.TokenOf(AgentOid, kind));
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.SendAsync(request)).StatusCode);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_token_kept_from_earlier_that_has_expired_signs_in_again()
    {
        _entra.NextPerson = AgentOid;
        var page = await OpenAsync();
        await page.Context.AddInitScriptAsync(
            $"if (!sessionStorage.getItem('kept')) {{ sessionStorage.setItem('kept', '1'); sessionStorage.setItem('servicedesk.dashboard.token', '{_entra.TokenOf(AgentOid, FakeEntraToken.Expired)}'); }}");
        await page.GotoAsync($"{DashboardBrowser.Origin}/dashboard?lang=en");

        await ReadyAsync(page, "now");
        Assert.Equal(1, _entra.Exchanges);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_answer_with_a_state_the_tab_never_sent_is_not_used()
    {
        var page = await OpenAsync();
        await page.GotoAsync($"{DashboardBrowser.Origin}/dashboard?lang=en&code=stolen-code&state=forged-state");

        await ReadyAsync(page, "sign-in");
        Assert.Equal($"{DashboardBrowser.Origin}/dashboard", page.Url);
        Assert.Equal((0, 0), (_entra.Exchanges, _entra.RefusedExchanges));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_api_key_still_opens_it_and_auth_key_asks_for_one_beside_the_sign_in_button()
    {
        var kept = await browser.OpenAsync(_host, ApiAuthTests.Key);
        await kept.GotoAsync($"{DashboardBrowser.Origin}/dashboard?lang=en");
        await ReadyAsync(kept, "now");
        await kept.Context.CloseAsync();

        var page = await OpenAsync();
        await page.GotoAsync($"{DashboardBrowser.Origin}/dashboard?lang=en&auth=key");
        await ReadyAsync(page, "sign-in");
        Assert.Equal("Sign in with your work account", await page.Locator("#sign-in-entra").InnerTextAsync());
        await page.FillAsync("#api-key", ApiAuthTests.Key);
        await page.ClickAsync("#sign-in button[type=submit]");
        await ReadyAsync(page, "now");
        Assert.Equal((0, 0), (_entra.Exchanges, _entra.RefusedExchanges));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_sign_in_settings_name_the_authority_client_and_scope_and_the_page_may_reach_only_that_authority()
    {
        using var response = await _host.GetAsync("/dashboard/sign-in");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            $$"""{"authority":"{{_entra.Authority}}","clientId":"{{FakeEntra.ClientId}}","scope":"{{FakeEntra.Scope}}"}""",
            await response.Content.ReadAsStringAsync());
        Assert.EndsWith($"; connect-src 'self' {_entra.BaseAddress}", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    /// <summary>A fresh page without a key, its requests to the fake Entra answered by it, its console kept for failures.</summary>
    private async Task<IPage> OpenAsync()
    {
        var page = await browser.OpenAsync(_host, apiKey: null);
        await DashboardBrowser.RouteAsync(page.Context, _entra.BaseAddress, _toEntra);
        return Watched(page);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, List<string>> Consoles = [];

    /// <summary>A page of <paramref name="context"/> whose console messages a failure reports.</summary>
    private static IPage Watched(IPage page)
    {
        var messages = Consoles.GetOrCreateValue(page);
        page.Console += (_, message) => { lock (messages) messages.Add($"{message.Type}: {message.Text}"); };
        page.PageError += (_, error) => { lock (messages) messages.Add("error: " + error); };
        return page;
    }

    private static List<string> Console(IPage page)
    {
        var messages = Consoles.GetOrCreateValue(page);
        lock (messages) return [.. messages];
    }

    private static async Task ReadyAsync(IPage page, string state)
    {
        try
        {
            await page.WaitForSelectorAsync($"body[data-ready='{state}']", new() { Timeout = (float)Timeout.TotalMilliseconds, State = WaitForSelectorState.Attached });
        }
        catch (TimeoutException timedOut)
        {
            var shot = await DashboardBrowser.ScreenshotAsync(page, "dashboard-entra-not-ready-" + state);
            throw new TimeoutException($"The dashboard never showed '{state}' (screenshot {shot}; console: {string.Join(" | ", Console(page))}).", timedOut);
        }
    }
}
