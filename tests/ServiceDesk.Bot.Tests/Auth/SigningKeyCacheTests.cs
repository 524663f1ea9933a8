using ServiceDesk.Bot.Protocol.Auth;
using static ServiceDesk.Bot.Tests.Auth.TestTokens;

namespace ServiceDesk.Bot.Tests.Auth;

/// <summary>Key rotation: periodic refresh, and one rate-limited forced refresh on an unknown key id.</summary>
public sealed class SigningKeyCacheTests : IAsyncLifetime
{
    private readonly TestSigningKey _first = new("bf-key-1", 0, "msteams");
    private readonly TestSigningKey _second = new("bf-key-2", 1, "msteams");
    private readonly TestSigningKey _third = new("bf-key-3", 2, "msteams");
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private AuthHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await AuthHarness.StartAsync(time: _time);
        _harness.Server.PublishBotFrameworkKeys(_first);
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
    }

    private Task<InboundAuthResult> SendAsync(TestSigningKey key) =>
        _harness.AuthenticateAsync(Bearer(Mint(key.SecurityKey, ChannelClaims())));

    [Fact]
    public async Task UnknownKeyId_RefreshesOnce_ThenNotAgainWithinTheRateLimitWindow()
    {
        Assert.True((await SendAsync(_first)).Succeeded);
        Assert.Equal(1, _harness.Server.BotFrameworkKeyFetches);
        _harness.Server.PublishBotFrameworkKeys(_first, _second);

        var rotated = await SendAsync(_second);

        Assert.True(rotated.Succeeded, rotated.FailureReason);
        Assert.Equal(2, _harness.Server.BotFrameworkKeyFetches);

        _harness.Server.PublishBotFrameworkKeys(_first, _second, _third);
        _time.Advance(TimeSpan.FromMinutes(4));
        var tooSoon = await SendAsync(_third);

        Assert.False(tooSoon.Succeeded);
        Assert.Equal("unknown signing key", tooSoon.FailureReason);
        Assert.Equal(2, _harness.Server.BotFrameworkKeyFetches);
    }

    [Fact]
    public async Task UnknownKeyId_AfterTheRateLimitWindow_RefreshesAgain()
    {
        Assert.True((await SendAsync(_first)).Succeeded);
        Assert.False((await SendAsync(_second)).Succeeded);
        Assert.Equal(2, _harness.Server.BotFrameworkKeyFetches);
        _harness.Server.PublishBotFrameworkKeys(_first, _second);

        _time.Advance(TimeSpan.FromMinutes(5));
        var result = await SendAsync(_second);

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(3, _harness.Server.BotFrameworkKeyFetches);
    }

    [Fact]
    public async Task UnknownKeyId_OnTheFirstFetch_DoesNotFetchTwice()
    {
        var result = await SendAsync(_second);

        Assert.False(result.Succeeded);
        Assert.Equal(1, _harness.Server.BotFrameworkKeyFetches);
    }

    [Fact]
    public async Task Keys_AreRefreshedAfterTwelveHours()
    {
        Assert.True((await SendAsync(_first)).Succeeded);
        _time.Advance(TimeSpan.FromHours(11));
        Assert.True((await SendAsync(_first)).Succeeded);
        Assert.Equal(1, _harness.Server.BotFrameworkKeyFetches);

        _time.Advance(TimeSpan.FromHours(1));
        Assert.True((await SendAsync(_first)).Succeeded);

        Assert.Equal(2, _harness.Server.BotFrameworkKeyFetches);
    }

    [Fact]
    public async Task Keys_WhenARefreshFails_TheLastGoodKeysStayInUse()
    {
        Assert.True((await SendAsync(_first)).Succeeded);
        _harness.Server.Failing = true;
        _time.Advance(TimeSpan.FromHours(13));

        var result = await SendAsync(_first);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task ForcedRefreshInterval_IsASetting()
    {
        await using var harness = await AuthHarness.StartAsync(
            new Dictionary<string, string?> { ["Bot:SigningKeyForcedRefreshInterval"] = "00:00:00" });
        harness.Server.PublishBotFrameworkKeys(_first);
        Assert.True((await harness.AuthenticateAsync(Bearer(Mint(_first.SecurityKey, ChannelClaims())))).Succeeded);

        Assert.False((await harness.AuthenticateAsync(Bearer(Mint(_second.SecurityKey, ChannelClaims())))).Succeeded);
        Assert.False((await harness.AuthenticateAsync(Bearer(Mint(_third.SecurityKey, ChannelClaims())))).Succeeded);

        Assert.Equal(3, harness.Server.BotFrameworkKeyFetches);
    }
}
