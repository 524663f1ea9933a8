using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ServiceDesk.Bot.Protocol.Auth;
using static ServiceDesk.Bot.Tests.Auth.TestTokens;

namespace ServiceDesk.Bot.Tests.Auth;

/// <summary>Findings of an outside attack run: a token with critical header extensions, an activity without a channel.</summary>
public sealed class InboundAuthenticatorHardeningTests : IAsyncLifetime
{
    private readonly TestSigningKey _key = new("bf-key-1", 0, "msteams");
    private AuthHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await AuthHarness.StartAsync();
        _harness.Server.PublishBotFrameworkKeys(_key);
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Theory]
    [InlineData("exp")]
    [InlineData("b64")]
    public async Task A_validly_signed_token_with_a_crit_header_is_refused_before_any_key_is_fetched(string extension)
    {
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = ChannelClaims(),
            Expires = DateTime.UtcNow.AddMinutes(30),
            AdditionalHeaderClaims = new Dictionary<string, object> { ["crit"] = new[] { extension }, [extension] = false },
            SigningCredentials = new SigningCredentials(_key.SecurityKey, SecurityAlgorithms.RsaSha256),
        });

        var result = await _harness.AuthenticateAsync(Bearer(token));

        Assert.False(result.Succeeded);
        Assert.Equal("token has critical header extensions", result.FailureReason);
        Assert.Equal(0, _harness.Server.BotFrameworkKeyFetches);
    }

    [Fact]
    public async Task The_same_token_without_crit_is_accepted()
    {
        var result = await _harness.AuthenticateAsync(Bearer(Mint(_key.SecurityKey, ChannelClaims())));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task A_channel_token_with_an_activity_without_channelId_is_refused(string? channelId)
    {
        var result = await _harness.AuthenticateAsync(Bearer(Mint(_key.SecurityKey, ChannelClaims())));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal("activity has no channelId", result.Accepts(AuthHarness.TeamsMessage(channelId: channelId!)));
        Assert.Null(result.Accepts(AuthHarness.TeamsMessage()));
    }

    [Fact]
    public void An_activity_without_channelId_is_refused_in_local_mode_too()
    {
        var local = new InboundAuthResult(true, null, InboundCaller.UnauthenticatedLocal);

        Assert.Equal("activity has no channelId", local.Accepts(AuthHarness.TeamsMessage(channelId: null!)));
    }
}
