using ServiceDesk.Bot.Protocol;
using ServiceDesk.Bot.Protocol.Connector;

namespace ServiceDesk.Bot.Tests.Connector;

public sealed partial class ConnectorClientRetryTests : IAsyncLifetime
{
    private const string ConversationId = "a:1personal";
    private FakeConnector connector = null!;
    private readonly RecordingTimeProvider time = new();
    private readonly CountingTokenProvider tokens = new();

    public async Task InitializeAsync() => connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    private IConnectorClient Client(Dictionary<string, string?>? settings = null, TimeProvider? clock = null) =>
        ConnectorHarness.Build(settings ?? ConnectorHarness.Authenticated(), tokens, clock ?? time).Client();

    private Task<ConnectorOutcome<ResourceResponse>> SendAsync(IConnectorClient client, CancellationToken cancellationToken = default) =>
        client.SendAsync(connector.ServiceUrl, ConversationId, new Activity { Type = ActivityTypes.Message, Text = "hello" }, cancellationToken);

    [Fact]
    public async Task Throttled_request_is_retried_no_earlier_than_Retry_After()
    {
        connector.Then(429, """{"error":{"code":"Throttled","message":"slow down"}}""", retryAfter: "1").Then(201, """{"id":"sent-1"}""");

        var outcome = await SendAsync(Client(clock: TimeProvider.System));

        Assert.True(outcome.Succeeded);
        Assert.Equal("sent-1", outcome.Value!.Id);
        var requests = connector.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(990),
            $"second attempt came {(requests[1].ReceivedAt - requests[0].ReceivedAt).TotalMilliseconds} ms after the first");
    }

    [Fact]
    public async Task Retry_After_as_an_HTTP_date_is_waited_until_that_date()
    {
        var at = DateTimeOffset.UtcNow.AddSeconds(10);
        connector.Then(429, retryAfter: at.ToString("R")).Then(201, """{"id":"sent-1"}""");

        var outcome = await SendAsync(Client());

        Assert.True(outcome.Succeeded);
        var delay = Assert.Single(time.Delays);
        Assert.InRange(delay, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Retry_After_beyond_the_bound_is_handed_back_without_waiting()
    {
        connector.Then(429, retryAfter: "120");

        var outcome = await SendAsync(Client());

        Assert.Equal(ConnectorFailure.Throttled, outcome.Failure);
        Assert.Equal(TimeSpan.FromSeconds(120), outcome.RetryAfter);
        Assert.Single(connector.Requests);
        Assert.Empty(time.Delays);
    }

    [Fact]
    public async Task Throttling_without_Retry_After_backs_off_then_gives_up_as_Throttled()
    {
        connector.Fallback = FakeConnector.Json(429);

        var outcome = await SendAsync(Client());

        Assert.Equal(ConnectorFailure.Throttled, outcome.Failure);
        Assert.Equal(4, connector.Requests.Count);
        Assert.Equal(3, time.Delays.Count);
    }

    [Fact]
    public async Task Service_unavailable_backs_off_then_succeeds()
    {
        connector.Then(503).Then(201, """{"id":"sent-2"}""");

        var outcome = await SendAsync(Client());

        Assert.Equal("sent-2", outcome.Value?.Id);
        Assert.Equal(2, connector.Requests.Count);
        Assert.InRange(Assert.Single(time.Delays), TimeSpan.Zero, TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public async Task Service_unavailable_forever_ends_as_ServerError_after_MaxAttempts_with_growing_bounded_delays()
    {
        connector.Fallback = FakeConnector.Json(503);

        var outcome = await SendAsync(Client());

        Assert.Equal(ConnectorFailure.ServerError, outcome.Failure);
        Assert.Equal(503, outcome.StatusCode);
        Assert.Equal(4, connector.Requests.Count);
        var delays = time.Delays;
        Assert.Equal(3, delays.Count);
        for (var i = 0; i < delays.Count; i++)
        {
            Assert.InRange(delays[i], TimeSpan.Zero, TimeSpan.FromMilliseconds(100 * Math.Pow(2, i)));
        }
    }

    [Theory]
    [InlineData(412)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Transient_statuses_are_retried(int status)
    {
        connector.Then(status).Then(201, """{"id":"ok"}""");

        var outcome = await SendAsync(Client());

        Assert.True(outcome.Succeeded);
        Assert.Equal(2, connector.Requests.Count);
    }

    [Fact]
    public async Task Forbidden_is_not_retried_and_carries_the_Teams_error_code()
    {
        connector.Fallback = FakeConnector.Json(403, """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""");

        var outcome = await SendAsync(Client());

        Assert.Equal(ConnectorFailure.Forbidden, outcome.Failure);
        Assert.Equal(403, outcome.StatusCode);
        Assert.Equal("ConversationBlockedByUser", outcome.ErrorCode);
        Assert.Single(connector.Requests);
        Assert.Empty(time.Delays);
    }

    [Theory]
    [InlineData(400, ConnectorFailure.BadRequest)]
    [InlineData(404, ConnectorFailure.NotFound)]
    [InlineData(413, ConnectorFailure.TooLarge)]
    public async Task Permanent_failures_are_sent_once(int status, ConnectorFailure expected)
    {
        connector.Fallback = FakeConnector.Json(status, """{"error":{"code":"Whatever","message":"no"}}""");

        var outcome = await SendAsync(Client());

        Assert.Equal(expected, outcome.Failure);
        Assert.Equal(status, outcome.StatusCode);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task Unauthorized_refreshes_the_token_once_and_retries_with_the_new_one()
    {
        connector.Then(401, """{"error":{"code":"BotNotRegistered","message":"no"}}""").Then(201, """{"id":"ok"}""");

        var outcome = await SendAsync(Client());

        Assert.True(outcome.Succeeded);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], connector.Requests.Select(r => r.Authorization));
        Assert.Equal(1, tokens.ForcedRefreshes);
    }

    [Fact]
    public async Task Unauthorized_twice_ends_as_Unauthorized_after_one_refresh()
    {
        connector.Fallback = FakeConnector.Json(401, """{"error":{"code":"BotNotRegistered","message":"no"}}""");

        var outcome = await SendAsync(Client());

        Assert.Equal(ConnectorFailure.Unauthorized, outcome.Failure);
        Assert.Equal("BotNotRegistered", outcome.ErrorCode);
        Assert.Equal(2, connector.Requests.Count);
        Assert.Equal(1, tokens.ForcedRefreshes);
    }

    [Fact]
    public async Task Token_failure_is_an_Unauthorized_outcome_and_nothing_is_sent()
    {
        var client = ConnectorHarness.Build(ConnectorHarness.Authenticated(), new FailingTokenProvider(), time).Client();

        var outcome = await SendAsync(client);

        Assert.Equal((ConnectorFailure.Unauthorized, "TokenUnavailable"), (outcome.Failure, outcome.ErrorCode));
        Assert.Empty(connector.Requests);
    }

    private sealed class FailingTokenProvider : IConnectorTokenProvider
    {
        public Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) =>
            throw new Azure.Identity.AuthenticationFailedException("AADSTS7000215: invalid client secret");
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
