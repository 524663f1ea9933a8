using System.Text.Json;
using ServiceDesk.Bot.Protocol;
using ServiceDesk.Bot.Protocol.Connector;

namespace ServiceDesk.Bot.Tests.Connector;

public sealed class ConnectorClientRouteTests : IAsyncLifetime
{
    private const string ThreadId = "19:abc@thread.tacv2;messageid=123";
    private const string EscapedThreadId = "19%3Aabc%40thread.tacv2%3Bmessageid%3D123";
    private FakeConnector connector = null!;
    private IConnectorClient client = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        client = ConnectorHarness.Build(ConnectorHarness.Authenticated(), new CountingTokenProvider(), new RecordingTimeProvider()).Client();
    }

    public async Task DisposeAsync() => await connector.DisposeAsync();

    private static Activity Message(string text = "hello") => new() { Type = ActivityTypes.Message, Text = text };

    private static JsonElement BodyOf(RecordedRequest request) => JsonDocument.Parse(request.Body).RootElement;

    [Fact]
    public async Task Send_posts_to_the_escaped_conversation_id()
    {
        connector.Then(201, """{"id":"1700000000001"}""");

        var outcome = await client.SendAsync(connector.ServiceUrl, ThreadId, Message(), default);

        Assert.Equal("1700000000001", outcome.Value?.Id);
        var request = Assert.Single(connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedThreadId}/activities", request.RawTarget);
        Assert.Equal("hello", BodyOf(request).GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_serviceUrl_with_a_path_and_trailing_slash_keeps_its_path()
    {
        await client.SendAsync(connector.ServiceUrl + "amer/", "a:1", Message(), default);

        Assert.Equal("/amer/v3/conversations/a%3A1/activities", Assert.Single(connector.Requests).RawTarget);
    }

    [Fact]
    public async Task Reply_posts_under_the_activity_and_sets_replyToId_without_changing_the_callers_activity()
    {
        var activity = Message();

        await client.ReplyAsync(connector.ServiceUrl, ThreadId, "1700000000001", activity, default);

        var request = Assert.Single(connector.Requests);
        Assert.Equal($"/v3/conversations/{EscapedThreadId}/activities/1700000000001", request.RawTarget);
        Assert.Equal("1700000000001", BodyOf(request).GetProperty("replyToId").GetString());
        Assert.Null(activity.ReplyToId);
    }

    [Fact]
    public async Task Update_puts_the_full_activity_with_its_id()
    {
        await client.UpdateAsync(connector.ServiceUrl, ThreadId, "1700000000001", Message("updated"), default);

        var request = Assert.Single(connector.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedThreadId}/activities/1700000000001", request.RawTarget);
        Assert.Equal("1700000000001", BodyOf(request).GetProperty("id").GetString());
        Assert.Equal("updated", BodyOf(request).GetProperty("text").GetString());
    }

    [Fact]
    public async Task Delete_sends_DELETE_and_succeeds_on_an_empty_body()
    {
        connector.Then(200);

        var outcome = await client.DeleteAsync(connector.ServiceUrl, ThreadId, "1700000000001", default);

        Assert.True(outcome.Value);
        var request = Assert.Single(connector.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedThreadId}/activities/1700000000001", request.RawTarget);
    }

    [Fact]
    public async Task Send_accepted_with_an_empty_body_is_a_success_without_id()
    {
        connector.Then(200);

        var outcome = await client.SendAsync(connector.ServiceUrl, "a:1", Message(), default);

        Assert.True(outcome.Succeeded);
        Assert.Null(outcome.Value!.Id);
    }

    [Fact]
    public async Task Create_personal_chat_posts_bot_member_tenant_and_isGroup_false()
    {
        connector.Then(201, """{"id":"a:1newchat"}""");
        var parameters = ConversationParameters.ForPersonalChat("28:bot-app-id", "29:user-1", "tenant-1");

        var outcome = await client.CreateConversationAsync(connector.ServiceUrl, parameters, default);

        Assert.Equal("a:1newchat", outcome.Value?.Id);
        var request = Assert.Single(connector.Requests);
        Assert.Equal("/v3/conversations", request.RawTarget);
        var body = BodyOf(request);
        Assert.Equal("28:bot-app-id", body.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal("29:user-1", Assert.Single(body.GetProperty("members").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("tenant-1", body.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.False(body.GetProperty("isGroup").GetBoolean());
        Assert.Equal("tenant-1", body.GetProperty("tenantId").GetString());
    }

    [Fact]
    public async Task Create_channel_thread_posts_isGroup_true_the_channel_and_the_first_message()
    {
        connector.Then(201, """{"id":"19:ch@thread.tacv2;messageid=42","activityId":"42"}""");
        var parameters = ConversationParameters.ForChannelThread("19:ch@thread.tacv2", Message("New ticket"), "tenant-1");

        var outcome = await client.CreateConversationAsync(connector.ServiceUrl, parameters, default);

        Assert.Equal("19:ch@thread.tacv2;messageid=42", outcome.Value?.Id);
        Assert.Equal("42", outcome.Value?.ActivityId);
        var body = BodyOf(Assert.Single(connector.Requests));
        Assert.True(body.GetProperty("isGroup").GetBoolean());
        Assert.Equal("19:ch@thread.tacv2", body.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
        Assert.Equal("New ticket", body.GetProperty("activity").GetProperty("text").GetString());
        Assert.False(body.TryGetProperty("members", out _));
    }

    [Fact]
    public async Task Paged_members_pass_page_size_and_continuation_and_read_the_next_token()
    {
        connector.Then(200, """{"continuationToken":"page 2/+","members":[{"id":"29:a","name":"Ana"},{"id":"29:b","name":"Ben"}]}""")
            .Then(200, """{"members":[{"id":"29:c","name":"Chloé","aadObjectId":"oid-c"}]}""");

        var first = await client.GetPagedMembersAsync(connector.ServiceUrl, "19:team@thread.tacv2", 2, null, default);
        var second = await client.GetPagedMembersAsync(connector.ServiceUrl, "19:team@thread.tacv2", 2, first.Value!.ContinuationToken, default);

        Assert.Equal(["Ana", "Ben"], first.Value.Members.Select(m => m.Name));
        Assert.Equal("page 2/+", first.Value.ContinuationToken);
        Assert.Null(second.Value!.ContinuationToken);
        Assert.Equal("oid-c", Assert.Single(second.Value.Members).AadObjectId);
        Assert.Equal(
            ["/v3/conversations/19%3Ateam%40thread.tacv2/pagedmembers?pageSize=2",
             "/v3/conversations/19%3Ateam%40thread.tacv2/pagedmembers?pageSize=2&continuationToken=page%202%2F%2B"],
            connector.Requests.Select(r => r.RawTarget));
    }

    [Fact]
    public async Task Member_by_id_escapes_both_ids()
    {
        connector.Then(200, """{"id":"29:u-1","name":"Ana","aadObjectId":"oid-1","email":"ana@contoso.test"}""");

        var outcome = await client.GetMemberAsync(connector.ServiceUrl, "a:1", "29:u-1", default);

        Assert.Equal("oid-1", outcome.Value?.AadObjectId);
        Assert.Equal("/v3/conversations/a%3A1/members/29%3Au-1", Assert.Single(connector.Requests).RawTarget);
    }

    [Fact]
    public async Task Team_details_and_channels_are_read()
    {
        connector.Then(200, """{"id":"19:team@thread.tacv2","name":"Service desk","aadGroupId":"group-1","type":"standard"}""")
            .Then(200, """{"conversations":[{"id":"19:team@thread.tacv2","name":null},{"id":"19:ann@thread.tacv2","name":"Announcements"}]}""");

        var team = await client.GetTeamDetailsAsync(connector.ServiceUrl, "19:team@thread.tacv2", default);
        var channels = await client.GetTeamChannelsAsync(connector.ServiceUrl, "19:team@thread.tacv2", default);

        Assert.Equal(new TeamDetails("19:team@thread.tacv2", "Service desk", "group-1"), team.Value);
        Assert.Equal([new ChannelInfo("19:team@thread.tacv2", null), new ChannelInfo("19:ann@thread.tacv2", "Announcements")], channels.Value);
        Assert.Equal(["/v3/teams/19%3Ateam%40thread.tacv2", "/v3/teams/19%3Ateam%40thread.tacv2/conversations"], connector.Requests.Select(r => r.RawTarget));
    }

    [Fact]
    public async Task Non_standard_error_body_is_read_leniently()
    {
        connector.Then(403, """{"errorCode":"Forbidden","subCode":"MessageWritesBlocked","message":"Thread is blocked from message writes."}""")
            .Then(403, "<html><body>Forbidden</body></html>");

        var blocked = await client.SendAsync(connector.ServiceUrl, "a:1", Message(), default);
        var html = await client.SendAsync(connector.ServiceUrl, "a:1", Message(), default);

        Assert.Equal((ConnectorFailure.Forbidden, "MessageWritesBlocked"), (blocked.Failure, blocked.ErrorCode));
        Assert.Equal((ConnectorFailure.Forbidden, null), (html.Failure, html.ErrorCode));
    }

    [Fact]
    public async Task Unreadable_success_body_on_a_read_is_a_ServerError()
    {
        connector.Then(200, "not json");

        var outcome = await client.GetTeamDetailsAsync(connector.ServiceUrl, "19:team@thread.tacv2", default);

        Assert.Equal((ConnectorFailure.ServerError, "InvalidResponseBody"), (outcome.Failure, outcome.ErrorCode));
    }
}
