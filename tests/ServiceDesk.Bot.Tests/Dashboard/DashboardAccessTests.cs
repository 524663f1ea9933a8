using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Bot.Tests.Agents;
using ServiceDesk.Bot.Tests.Api;
using ServiceDesk.Bot.Tests.Auth;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.TestKit.Ports;

namespace ServiceDesk.Bot.Tests.Dashboard;

/// <summary>
/// Who sees the dashboard's data: a key holder; a person whose Entra token (Teams tab single sign-on, for the app's
/// application id URI or its client id) is valid and who is an agent, an administrator, or carries the managers'
/// role or group. A valid token of anyone else is 403 (the refusal page); a forged, expired or foreign token is 401.
/// </summary>
public sealed class DashboardAccessTests : IAsyncLifetime
{
    private const string ClientId = "c0ffee00-1234-4abc-8def-001122334455";
    private const string AppIdUri = "api://desk.example.com/" + ClientId;
    private const string AgentOid = "11111111-1111-4111-8111-111111111111";
    private const string AdminOid = "22222222-2222-4222-8222-222222222222";
    private const string EmployeeOid = "33333333-3333-4333-8333-333333333333";
    private const string ManagersGroup = "44444444-4444-4444-8444-444444444444";

    private readonly TestSigningKey _published = new("dash-key-1", 0);
    private readonly TestSigningKey _unpublished = new("dash-key-1", 1);
    private OpenIdMetadataServer _metadata = null!;
    private BotHostFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _metadata = await OpenIdMetadataServer.StartAsync();
        _metadata.PublishEntraKeys(_published);
        _factory = new BotHostFactory(
            new Dictionary<string, string?>
            {
                ["Api:Keys:0"] = ApiAuthTests.Key,
                ["Api:Entra:TenantId"] = ApiAuthTests.Tenant,
                ["Api:Entra:Audience"] = AppIdUri,
                ["Api:Entra:Authority"] = $"{_metadata.BaseAddress}/entra/{ApiAuthTests.Tenant}/v2.0",
                // The API's own role does not gate the dashboard, which has its own rule.
                ["Api:Entra:RequiredRole"] = "Tickets.Read",
                ["Agents:Administrators:0"] = AdminOid,
                ["Dashboard:Roles:0"] = "Dashboard.Read",
                ["Dashboard:Groups:0"] = ManagersGroup,
            },
            services => services.AddSingleton<IAgentQueue>(FakeAgentQueue.WithoutChannel([new TicketPerson(AgentOid, AgentOid, "Agent")])));
        _client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _metadata.DisposeAsync();
    }

    private static Dictionary<string, object> Person(string oid, string audience = AppIdUri, string tenant = ApiAuthTests.Tenant)
    {
        var claims = ApiAuthTests.Claims(tenant, audience);
        claims["oid"] = oid;
        claims["name"] = "Someone";
        return claims;
    }

    [Theory]
    [InlineData(AgentOid, AppIdUri)]
    [InlineData(AgentOid, ClientId)] // Entra's v2 tokens carry the client id as their audience
    [InlineData(AdminOid, AppIdUri)]
    public async Task An_agent_or_an_administrator_signed_in_by_Teams_sees_the_data(string oid, string audience)
    {
        foreach (var path in new[] { "/api/dashboard/now", "/api/dashboard/trends?days=7" })
        {
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(path, token: Mint(Person(oid, audience)))).StatusCode);
        }
    }

    [Fact]
    public async Task A_manager_by_app_role_or_by_group_sees_the_data()
    {
        var byRole = Person(EmployeeOid);
        byRole["roles"] = new[] { "Dashboard.Read" };
        var byGroup = Person(EmployeeOid);
        byGroup["groups"] = new[] { "99999999-9999-4999-8999-999999999999", ManagersGroup };

        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/dashboard/now", token: Mint(byRole))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/dashboard/now", token: Mint(byGroup))).StatusCode);
    }

    [Fact]
    public async Task An_employee_with_a_valid_token_is_refused_with_403()
    {
        var other = Person(EmployeeOid);
        other["roles"] = new[] { "Tickets.Read" };

        var response = await GetAsync("/api/dashboard/now", token: Mint(other));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("\"error\":\"forbidden\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forged_expired_foreign_or_missing_credentials_are_401()
    {
        var expired = TestTokens.Mint(_published.SecurityKey, Person(AgentOid), notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddHours(-1));
        string?[] tokens =
        [
            TestTokens.Mint(_unpublished.SecurityKey, Person(AgentOid)),
            expired,
            Mint(Person(AgentOid, audience: "api://desk.example.com/another-app")),
            Mint(Person(AgentOid, tenant: "0b5c7d3e-1111-4a2b-9c3d-4e5f6a7b8c9d")),
            TestTokens.Unsigned(new { alg = "none", kid = _published.Kid }, Person(AgentOid)),
            null,
        ];

        foreach (var token in tokens)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/dashboard/now", token: token)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/dashboard/now", key: "wrong-key-0123456789abcdefghijklmnopqrst")).StatusCode);
    }

    [Fact]
    public async Task The_api_keeps_its_required_role_for_the_same_token()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/metrics", token: Mint(Person(AgentOid)))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/dashboard/trends", key: ApiAuthTests.Key)).StatusCode);
    }

    [Theory]
    [InlineData("6")]
    [InlineData("367")]
    [InlineData("thirty")]
    public async Task A_period_out_of_range_is_400(string days) =>
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync($"/api/dashboard/trends?days={days}", key: ApiAuthTests.Key)).StatusCode);

    [Fact]
    public async Task The_page_and_its_packages_are_served_without_credentials_and_hold_both_languages()
    {
        var page = await _client.GetAsync("/dashboard");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Open tickets by priority", html, StringComparison.Ordinal);
        Assert.Contains("Tickets ouverts par priorit", html, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        foreach (var asset in new[] { "dashboard.js", "dashboard.css", "chart.umd.min.js", "MicrosoftTeams.min.js" })
        {
            var response = await _client.GetAsync("/dashboard/assets/" + asset);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {response.StatusCode} (run npm ci before building)");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/dashboard/assets/secrets.json")).StatusCode);
    }

    [Fact]
    public async Task Without_the_api_configured_the_dashboard_does_not_exist()
    {
        await using var factory = new BotHostFactory();
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/dashboard/now")).StatusCode);
    }

    private string Mint(Dictionary<string, object> claims) => TestTokens.Mint(_published.SecurityKey, claims);

    private async Task<HttpResponseMessage> GetAsync(string path, string? key = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _client.SendAsync(request);
    }
}
