using ServiceDesk.Bot.Protocol.Auth;
using static ServiceDesk.Bot.Tests.Auth.TestTokens;

namespace ServiceDesk.Bot.Tests.Auth;

/// <summary>Entra ID tokens (Emulator, authenticated Playground, bot-to-bot), docs/protocol.md §1.</summary>
public sealed class InboundAuthenticatorEntraTests : IAsyncLifetime
{
    private const string BotFrameworkTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";
    private const string OtherTenant = "0e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a";
    private readonly TestSigningKey _key = new("entra-key-1", 0);
    private AuthHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await AuthHarness.StartAsync();
        _harness.Server.PublishEntraKeys(_key);
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
    }

    [Fact]
    public async Task V1Token_FromTheBotsTenant_IsAccepted()
    {
        var result = await _harness.AuthenticateAsync(Bearer(Mint(_key.SecurityKey, EntraV1Claims(BotTenant))));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(InboundCaller.EntraId, result.Caller);
        Assert.Null(result.Accepts(AuthHarness.TeamsMessage(serviceUrl: "https://any.example.net/")));
        Assert.Equal(1, _harness.Server.EntraKeyFetches(BotTenant));
    }

    [Theory]
    [InlineData(AppId)]
    [InlineData("api://" + AppId)]
    [InlineData("api://botid-" + AppId)]
    public async Task V2Token_ForEachAcceptedAudience_IsAccepted(string audience)
    {
        var claims = EntraV2Claims(BotTenant);
        claims["aud"] = audience;

        var result = await _harness.AuthenticateAsync(Bearer(Mint(_key.SecurityKey, claims)));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(InboundCaller.EntraId, result.Caller);
    }

    [Fact]
    public async Task V2Token_FromABotFrameworkTenant_IsAccepted()
    {
        var result = await _harness.AuthenticateAsync(Bearer(Mint(_key.SecurityKey, EntraV2Claims(BotFrameworkTenant))));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(1, _harness.Server.EntraKeyFetches(BotFrameworkTenant));
    }

    [Fact]
    public async Task V1Token_WithAnotherAppId_IsRejected()
    {
        var result = await _harness.AuthenticateAsync(Bearer(Mint(_key.SecurityKey, EntraV1Claims(BotTenant, appId: "11111111-1111-4111-8111-111111111111"))));

        Assert.False(result.Succeeded);
        Assert.Equal("token app id not accepted", result.FailureReason);
    }

    [Fact]
    public async Task V2Token_WithAnotherAzp_IsRejected()
    {
        var result = await _harness.AuthenticateAsync(Bearer(Mint(_key.SecurityKey, EntraV2Claims(BotTenant, azp: "11111111-1111-4111-8111-111111111111"))));

        Assert.False(result.Succeeded);
        Assert.Equal("token app id not accepted", result.FailureReason);
    }

    [Fact]
    public async Task Token_FromATenantNotAllowed_IsRejectedWithoutFetchingItsMetadata()
    {
        var result = await _harness.AuthenticateAsync(Bearer(Mint(_key.SecurityKey, EntraV2Claims(OtherTenant))));

        Assert.False(result.Succeeded);
        Assert.Equal("token tenant not accepted", result.FailureReason);
        Assert.Equal(0, _harness.Server.EntraKeyFetches(OtherTenant));
    }

    [Fact]
    public async Task Token_WhoseIssuerNamesAnotherTenant_IsRejected()
    {
        var claims = EntraV2Claims(BotTenant);
        claims["iss"] = $"https://login.microsoftonline.com/{OtherTenant}/v2.0";

        var result = await _harness.AuthenticateAsync(Bearer(Mint(_key.SecurityKey, claims)));

        Assert.False(result.Succeeded);
        Assert.Equal("issuer not accepted", result.FailureReason);
    }

    [Fact]
    public async Task Token_WithoutVersion_IsRejected()
    {
        var claims = EntraV2Claims(BotTenant);
        claims.Remove("ver");

        var result = await _harness.AuthenticateAsync(Bearer(Mint(_key.SecurityKey, claims)));

        Assert.False(result.Succeeded);
        Assert.Equal("token version not accepted", result.FailureReason);
    }

    [Fact]
    public async Task Token_ForAnotherAudience_IsRejected()
    {
        var claims = EntraV2Claims(BotTenant);
        claims["aud"] = "https://graph.microsoft.com";

        var result = await _harness.AuthenticateAsync(Bearer(Mint(_key.SecurityKey, claims)));

        Assert.False(result.Succeeded);
        Assert.Equal("audience not accepted", result.FailureReason);
    }

    [Fact]
    public async Task Token_SignedByAnotherKey_IsRejected()
    {
        var impostor = new TestSigningKey(_key.Kid, 1);

        var result = await _harness.AuthenticateAsync(Bearer(Mint(impostor.SecurityKey, EntraV2Claims(BotTenant))));

        Assert.False(result.Succeeded);
        Assert.Equal("signature not valid", result.FailureReason);
    }

    [Fact]
    public async Task MultiTenantBot_DoesNotAcceptTokensFromItsOwnTenant()
    {
        await using var harness = await AuthHarness.StartAsync(new Dictionary<string, string?> { ["Bot:AppType"] = "MultiTenant" });
        harness.Server.PublishEntraKeys(_key);

        var own = await harness.AuthenticateAsync(Bearer(Mint(_key.SecurityKey, EntraV1Claims(BotTenant))));
        var botFramework = await harness.AuthenticateAsync(Bearer(Mint(_key.SecurityKey, EntraV1Claims(BotFrameworkTenant))));

        Assert.Equal("token tenant not accepted", own.FailureReason);
        Assert.True(botFramework.Succeeded, botFramework.FailureReason);
    }
}
