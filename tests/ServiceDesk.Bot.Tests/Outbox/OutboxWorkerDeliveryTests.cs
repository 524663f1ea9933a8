using ServiceDesk.Dialogs.Outbox;

namespace ServiceDesk.Bot.Tests.Outbox;

/// <summary>Each kind of record reaches the connector route it belongs to and is completed with the ids Teams gave back.</summary>
public sealed class OutboxWorkerDeliveryTests : IAsyncLifetime
{
    private OutboxFakeConnector connector = null!;
    private OutboxHarness harness = null!;

    public async Task InitializeAsync()
    {
        connector = await OutboxFakeConnector.StartAsync();
        harness = new OutboxHarness();
    }

    public async Task DisposeAsync()
    {
        await harness.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Send_IsPostedToTheConversation_AndCompletedWithTheActivityId()
    {
        await harness.SendAsync(connector, "send-1", "a:chat-1");
        await harness.StartWorkerAsync();

        var record = await harness.WaitForStatusAsync("send-1", OutboxStatus.Delivered);

        var call = Assert.Single(connector.CallsFor("send-1"));
        Assert.Equal("POST", call.Method);
        Assert.Equal("/v3/conversations/a:chat-1/activities", call.Path);
        Assert.Equal("message", call.Body.GetProperty("type").GetString());
        Assert.Equal(OutboxHarness.Bot, call.Body.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("AdaptiveCard", call.Body.GetProperty("attachments")[0].GetProperty("content").GetProperty("type").GetString());
        Assert.StartsWith("act-", record.DeliveredActivityId);
        Assert.Equal("a:chat-1", record.DeliveredConversationId);
        Assert.Null(record.Lease);
    }

    [Fact]
    public async Task UpdateActivity_IsPutOverTheStoredActivity()
    {
        await harness.EnqueueAsync(new OutboxDraft("update-1", OutboxKind.UpdateActivity, OutboxHarness.Chat(connector, "a:chat-2"),
            OutboxHarness.Message("update-1"), ActivityId: "act-77"));
        await harness.StartWorkerAsync();

        var record = await harness.WaitForStatusAsync("update-1", OutboxStatus.Delivered);

        var call = Assert.Single(connector.CallsFor("update-1"));
        Assert.Equal("PUT", call.Method);
        Assert.Equal("/v3/conversations/a:chat-2/activities/act-77", call.Path);
        Assert.Equal("act-77", call.Body.GetProperty("id").GetString());
        Assert.Equal("act-77", record.DeliveredActivityId);
        Assert.Equal("a:chat-2", record.DeliveredConversationId);
    }

    [Fact]
    public async Task CreatePersonalConversation_CreatesTheChatThenSends_AndKeepsTheNewConversationId()
    {
        var target = OutboxHarness.Chat(connector, string.Empty);
        await harness.EnqueueAsync(new OutboxDraft("approval-1", OutboxKind.CreatePersonalConversation, target,
            OutboxHarness.Message("approval-1"), RecipientUserId: "29:approver"));
        await harness.StartWorkerAsync();

        var record = await harness.WaitForStatusAsync("approval-1", OutboxStatus.Delivered);

        var create = Assert.Single(connector.CallsFor("29:approver"));
        Assert.Equal("/v3/conversations", create.Path);
        Assert.False(create.Body.GetProperty("isGroup").GetBoolean());
        Assert.Equal(OutboxHarness.Tenant, create.Body.GetProperty("tenantId").GetString());
        Assert.Equal(OutboxHarness.Bot, create.Body.GetProperty("bot").GetProperty("id").GetString());
        var send = Assert.Single(connector.CallsFor("approval-1"));
        Assert.Equal("/v3/conversations/a:chat-29:approver/activities", send.Path);
        Assert.True(create.ReceivedAt <= send.ReceivedAt);
        Assert.Equal("a:chat-29:approver", record.DeliveredConversationId);
        Assert.StartsWith("act-", record.DeliveredActivityId);
    }

    [Fact]
    public async Task NewChannelThread_StartsAThreadWithTheMessageAsRootPost()
    {
        await harness.EnqueueAsync(new OutboxDraft("INC-000001/v1/queue-card", OutboxKind.NewChannelThread, OutboxHarness.Channel(connector),
            OutboxHarness.Message("queue-1"), Subject: "INC-000001", Purpose: "queue-card"));
        await harness.StartWorkerAsync();

        var record = await harness.WaitForStatusAsync("INC-000001/v1/queue-card", OutboxStatus.Delivered);

        var call = Assert.Single(connector.CallsFor("queue-1"));
        Assert.Equal("/v3/conversations", call.Path);
        Assert.True(call.Body.GetProperty("isGroup").GetBoolean());
        Assert.Equal("19:queue@thread.tacv2", call.Body.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
        Assert.Equal("AdaptiveCard", call.Body.GetProperty("activity").GetProperty("attachments")[0].GetProperty("content").GetProperty("type").GetString());
        Assert.StartsWith("root-", record.DeliveredActivityId);
        Assert.Equal($"19:queue@thread.tacv2;messageid={record.DeliveredActivityId}", record.DeliveredConversationId);
    }

    [Fact]
    public async Task RecordsOfOneConversation_AreSentInTheOrderTheyWereDue()
    {
        var target = OutboxHarness.Chat(connector, "a:ordered");
        var start = DateTimeOffset.UtcNow.AddSeconds(-10);
        for (var i = 0; i < 6; i++)
        {
            await harness.EnqueueAsync(new OutboxDraft($"ordered-{i}", OutboxKind.Send, target, OutboxHarness.Message($"ordered-{i}"), DueAt: start.AddSeconds(i)));
        }

        await harness.StartWorkerAsync();
        await harness.WaitForStatusAsync("ordered-5", OutboxStatus.Delivered);
        for (var i = 0; i < 6; i++)
        {
            await harness.WaitForStatusAsync($"ordered-{i}", OutboxStatus.Delivered);
        }

        Assert.Equal([.. Enumerable.Range(0, 6).Select(i => $"ordered-{i}")], connector.Calls.Select(c => c.Marker));
    }
}
