using System.Net;
using ServiceDesk.Bot.Api;
using ServiceDesk.Bot.Dashboard;
using ServiceDesk.Bot.Tests.Api;
using ServiceDesk.Bot.Tests.Support;

namespace ServiceDesk.Bot.Tests.Dashboard;

/// <summary>The browser's Entra sign-in settings: what they default to, when they are off, and a start refused without what they need.</summary>
public sealed class DashboardSignInSettingsTests
{
    private static readonly ApiEntraOptions Entra = new() { TenantId = ApiAuthTests.Tenant, Audience = SeededDesk.Audience };

    [Fact]
    public void By_default_the_client_and_scope_are_the_audiences_and_the_authority_is_the_tenants()
    {
        var settings = DashboardSignIn.Of(Entra, new DashboardSignInOptions { Enabled = true });

        Assert.Equal(new DashboardSignInSettings(
            $"https://login.microsoftonline.com/{ApiAuthTests.Tenant}/v2.0", FakeEntra.ClientId, SeededDesk.Audience + "/access_as_user"), settings);
    }

    [Fact]
    public void A_client_id_and_scope_set_are_used_as_they_are()
    {
        var settings = DashboardSignIn.Of(
            new ApiEntraOptions { TenantId = ApiAuthTests.Tenant, Audience = "https://desk.example/api", Authority = "https://login.example/t/v2.0/" },
            new DashboardSignInOptions { Enabled = true, ClientId = "11111111-2222-4333-8444-555555555555", Scope = "https://desk.example/api/Dashboard.Read" });

        Assert.Equal(new DashboardSignInSettings("https://login.example/t/v2.0", "11111111-2222-4333-8444-555555555555", "https://desk.example/api/Dashboard.Read"), settings);
    }

    [Fact]
    public void Off_or_without_entra_or_a_client_id_there_is_no_browser_sign_in()
    {
        Assert.Null(DashboardSignIn.Of(Entra, new DashboardSignInOptions()));
        Assert.Null(DashboardSignIn.Of(null, new DashboardSignInOptions { Enabled = true }));
        Assert.Null(DashboardSignIn.Of(new ApiEntraOptions { TenantId = ApiAuthTests.Tenant, Audience = "https://desk.example/api" }, new DashboardSignInOptions { Enabled = true }));
    }

    [Fact]
    public async Task While_off_the_page_has_no_sign_in_settings_and_reaches_no_other_origin()
    {
        await using var factory = new BotHostFactory(new Dictionary<string, string?> { ["Api:Keys:0"] = ApiAuthTests.Key });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/dashboard/sign-in");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("connect-src", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, null, "Dashboard:SignIn:Enabled needs Api:Entra")]
    [InlineData(true, "not-a-guid", "Dashboard:SignIn:ClientId must be an application (client) id")]
    public void Sign_in_on_without_what_it_needs_stops_the_start_naming_the_setting(bool withEntra, string? clientId, string named)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Api:Keys:0"] = ApiAuthTests.Key,
            ["Dashboard:SignIn:Enabled"] = "true",
            ["Dashboard:SignIn:ClientId"] = clientId,
        };
        if (withEntra)
        {
            settings["Api:Entra:TenantId"] = ApiAuthTests.Tenant;
            settings["Api:Entra:Audience"] = SeededDesk.Audience;
        }

        using var factory = new BotHostFactory(settings);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains(named, error.ToString(), StringComparison.Ordinal);
    }
}
