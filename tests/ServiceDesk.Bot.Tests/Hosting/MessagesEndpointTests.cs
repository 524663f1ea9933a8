using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ServiceDesk.Bot.Tests.Support;

namespace ServiceDesk.Bot.Tests.Hosting;

/// <summary>The host end to end in memory: recorded Teams activities in, what the fake connector receives out.</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private BotHostFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _factory = new BotHostFactory();
        _client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(string json, string? remoteIp = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (remoteIp is not null) request.Headers.Add(BotHostFactory.RemoteIpHeader, remoteIp);
        return _client.SendAsync(request);
    }

    [Fact]
    public async Task Help_in_a_personal_chat_replies_with_the_welcome_card_in_the_users_language()
    {
        var response = await PostAsync(ActivityFixtures.With("personal-message", _connector.BaseUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(await _connector.WaitForAsync(1));
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/v3/conversations/a:1Xy9ZkL_personal-chat-id-with-underscores_and-dashes-0123456789/activities/1763630045452", sent.Path);
        Assert.Equal(string.Empty, sent.Authorization); // local mode: no outbound token
        var body = sent.Body!.Value;
        Assert.Equal("1763630045452", body.GetProperty("replyToId").GetString());
        var attachment = body.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content").GetRawText();
        Assert.Contains("Signaler un incident", card, StringComparison.Ordinal);
        Assert.Contains("\"version\":\"1.5\"", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Installing_the_app_welcomes_the_user_and_remembers_them()
    {
        var response = await PostAsync(ActivityFixtures.With("installation-update-add", _connector.BaseUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(await _connector.WaitForAsync(1));
        Assert.Contains("Report an incident", sent.Body!.Value.GetRawText(), StringComparison.Ordinal);

        var profiles = (ServiceDesk.Dialogs.Ports.IUserProfileStore)_factory.Services.GetService(typeof(ServiceDesk.Dialogs.Ports.IUserProfileStore))!;
        var profile = await profiles.GetAsync("29:1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-abcdefghijklmnopqrstuvwxyzABCDEFG", CancellationToken.None);
        Assert.NotNull(profile);
        Assert.Equal("en-GB", profile.Locale);
        Assert.Equal(_connector.BaseUrl, profile.PersonalConversation!.ServiceUrl);
        Assert.Equal("a:1Xy9ZkL_personal-chat-id-with-underscores_and-dashes-0123456789", profile.PersonalConversation.ConversationId);
    }

    [Fact]
    public async Task Teams_install_events_together_welcome_the_user_once()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(ActivityFixtures.With("conversation-update-bot-added", _connector.BaseUrl))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(ActivityFixtures.With("installation-update-add", _connector.BaseUrl))).StatusCode);
        await _connector.WaitForAsync(1);
        // Both requests have been answered, and replies are sent before the answer: one welcome in all.
        Assert.Single(_connector.Received);
    }

    [Fact]
    public async Task Card_action_invoke_is_answered_with_an_invoke_response()
    {
        var response = await PostAsync(ActivityFixtures.With("adaptive-card-action-invoke", _connector.BaseUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.TryGetProperty("statusCode", out _));
        Assert.True(body.RootElement.TryGetProperty("type", out var type));
        Assert.StartsWith("application/vnd.microsoft.", type.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_with_an_unknown_verb_gets_an_error_response_not_silence()
    {
        var json = ActivityFixtures.With("adaptive-card-action-invoke", _connector.BaseUrl,
            a => a["value"]!["action"]!["verb"] = "forged.verb");
        var response = await PostAsync(json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task An_invoke_nobody_handles_is_answered_501()
    {
        var json = ActivityFixtures.With("adaptive-card-action-invoke", _connector.BaseUrl, a => a["name"] = "composeExtension/query");
        var response = await PostAsync(json);
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Malformed_json_is_400_without_a_stack_trace()
    {
        var response = await PostAsync("{\"type\": \"message\", \"text\": ");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
        Assert.Empty(_connector.Received);
    }

    [Fact]
    public async Task An_activity_without_type_is_400()
    {
        var json = ActivityFixtures.With("personal-message", _connector.BaseUrl, a => a.Remove("type"));
        var response = await PostAsync(json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_connector.Received);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_413()
    {
        var json = ActivityFixtures.With("personal-message", _connector.BaseUrl, a => a["text"] = new string('x', 300 * 1024));
        var response = await PostAsync(json);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_connector.Received);
    }

    [Fact]
    public async Task A_chunked_body_over_the_size_limit_is_413_too()
    {
        var json = ActivityFixtures.With("personal-message", _connector.BaseUrl, a => a["text"] = new string('x', 300 * 1024));
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("somethingNew")]
    public async Task Unknown_and_ignored_activity_types_are_200_and_nothing_is_sent(string type)
    {
        var json = ActivityFixtures.With("personal-message", _connector.BaseUrl, a => a["type"] = type);
        var response = await PostAsync(json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_connector.Received);
    }

    [Fact]
    public async Task Local_mode_refuses_a_request_from_a_non_loopback_address()
    {
        var response = await PostAsync(ActivityFixtures.With("personal-message", _connector.BaseUrl), remoteIp: "10.20.30.40");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.Received);
    }

    [Fact]
    public async Task Health_and_readiness_answer()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/readyz")).StatusCode);
    }
}
