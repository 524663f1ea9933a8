using System.Net;
using ServiceDesk.Bot.Protocol.Auth;
using static ServiceDesk.Bot.Tests.Auth.TestTokens;

namespace ServiceDesk.Bot.Tests.Auth;

/// <summary>Unauthenticated local mode (Agents Playground): an explicit setting, and loopback callers only.</summary>
public sealed class InboundAuthenticatorLocalModeTests : IAsyncLifetime
{
    private readonly TestSigningKey _key = new("bf-key-1", 0, "msteams");
    private AuthHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await AuthHarness.StartAsync(LocalMode());
        _harness.Server.PublishBotFrameworkKeys(_key);
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
    }

    private static Dictionary<string, string?> LocalMode() => new()
    {
        ["Bot:AllowUnauthenticatedLocal"] = "true",
        ["Bot:AppId"] = "",
        ["Bot:TenantId"] = "",
        ["Bot:ClientSecret"] = "",
    };

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.10.20.30")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task LoopbackCaller_WithoutToken_IsAcceptedForAnyTenant(string address)
    {
        var result = await _harness.AuthenticateAsync(null, IPAddress.Parse(address));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(InboundCaller.UnauthenticatedLocal, result.Caller);
        Assert.Null(result.AllowedTenants);
        Assert.Null(result.Accepts(AuthHarness.TeamsMessage(serviceUrl: "http://localhost:56150/_connector", tenant: "00000000-0000-0000-0000-000000000001")));
    }

    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("::ffff:10.1.2.3")]
    [InlineData("fe80::1")]
    [InlineData("0.0.0.0")]
    public async Task NonLoopbackCaller_IsRefused_EvenWithAValidToken(string address)
    {
        var token = Bearer(Mint(_key.SecurityKey, ChannelClaims()));

        var bare = await _harness.AuthenticateAsync(null, IPAddress.Parse(address));
        var withToken = await _harness.AuthenticateAsync(token, IPAddress.Parse(address));

        Assert.False(bare.Succeeded);
        Assert.False(withToken.Succeeded);
        Assert.Equal("unauthenticated local mode serves loopback callers only", withToken.FailureReason);
    }

    [Fact]
    public async Task UnknownCallerAddress_IsRefused()
    {
        var result = await _harness.Authenticator.AuthenticateAsync(null, null, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task LocalMode_WithATenantConfigured_ServesOnlyThatTenant()
    {
        var settings = LocalMode();
        settings["Bot:TenantId"] = BotTenant;
        await using var harness = await AuthHarness.StartAsync(settings);

        var result = await harness.AuthenticateAsync(null, IPAddress.Loopback);

        Assert.Equal([BotTenant], result.AllowedTenants);
        Assert.Equal("tenant is not served", result.Accepts(AuthHarness.TeamsMessage(tenant: "99999999-9999-4999-8999-999999999999")));
    }

    [Fact]
    public async Task LocalMode_WithAnAppId_StillChecksATokenWhenOneIsSent()
    {
        var settings = LocalMode();
        settings["Bot:AppId"] = AppId;
        settings["Bot:TenantId"] = BotTenant;
        settings["Bot:ClientSecret"] = "not-a-real-secret";
        await using var harness = await AuthHarness.StartAsync(settings);
        harness.Server.PublishBotFrameworkKeys(_key);
        var impostor = new TestSigningKey(_key.Kid, 1);

        var forged = await harness.AuthenticateAsync(Bearer(Mint(impostor.SecurityKey, ChannelClaims())), IPAddress.Loopback);
        var genuine = await harness.AuthenticateAsync(Bearer(Mint(_key.SecurityKey, ChannelClaims())), IPAddress.Loopback);

        Assert.False(forged.Succeeded);
        Assert.Equal(InboundCaller.BotFrameworkChannel, genuine.Caller);
    }

    [Fact]
    public async Task AuthenticatedMode_DoesNotTrustLoopbackCallers()
    {
        await using var harness = await AuthHarness.StartAsync();

        var result = await harness.AuthenticateAsync(null, IPAddress.Loopback);

        Assert.False(result.Succeeded);
        Assert.Equal("no Authorization header", result.FailureReason);
    }
}
