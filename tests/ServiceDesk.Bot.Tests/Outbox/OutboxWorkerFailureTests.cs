using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Bot.Tests.Outbox;

/// <summary>What the worker does with each kind of connector failure: retry later, or park (and mark stale), never lose.</summary>
public sealed class OutboxWorkerFailureTests : IAsyncLifetime
{
    private OutboxFakeConnector connector = null!;

    public async Task InitializeAsync() => connector = await OutboxFakeConnector.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    [Fact]
    public async Task Throttled429_IsRescheduledNotBeforeRetryAfter_ThenDeliveredOnce()
    {
        var clock = new TestClock();
        await using var harness = new OutboxHarness(clock);
        connector.Script("throttled", new ScriptedReply(429, RetryAfter: "120", Code: "Throttled"));
        var enqueued = await harness.SendAsync(connector, "throttled");
        var worker = await harness.StartWorkerAsync();

        var waiting = await harness.WaitForAsync("throttled", r => r.Attempts == 1 && r.Lease is null);
        Assert.Equal(OutboxStatus.Pending, waiting.Status);
        Assert.True(waiting.DueAt >= enqueued.DueAt.AddSeconds(120), $"due {waiting.DueAt:O}, enqueued {enqueued.DueAt:O}");
        Assert.Contains("Throttled", waiting.LastError);
        Assert.True(harness.Gate.PausedFor(OutboxHarness.Tenant) > TimeSpan.FromSeconds(100), "the tenant is paused until Retry-After");

        clock.Advance(TimeSpan.FromSeconds(119));
        harness.Signal.Trigger();
        await OutboxHarness.WaitForRoundsAsync(worker);
        Assert.Single(connector.CallsFor("throttled"));

        clock.Advance(TimeSpan.FromSeconds(2));
        harness.Signal.Trigger();
        var delivered = await harness.WaitForStatusAsync("throttled", OutboxStatus.Delivered);

        Assert.Equal([429, 200], connector.CallsFor("throttled").Select(c => c.Status));
        Assert.StartsWith("act-", delivered.DeliveredActivityId);
        await OutboxHarness.WaitForRoundsAsync(worker);
        Assert.Equal(2, connector.CallsFor("throttled").Count);
    }

    [Fact]
    public async Task ServiceUnavailable503_IsRetriedAfterBackoff_ThenDelivered()
    {
        await using var harness = new OutboxHarness();
        connector.Script("flaky", new ScriptedReply(503, Code: "ServiceError"));
        await harness.SendAsync(connector, "flaky");
        await harness.StartWorkerAsync();

        var delivered = await harness.WaitForStatusAsync("flaky", OutboxStatus.Delivered);

        Assert.Equal([503, 200], connector.CallsFor("flaky").Select(c => c.Status));
        Assert.Equal(1, delivered.Attempts);
        Assert.NotNull(delivered.DeliveredActivityId);
    }

    [Fact]
    public async Task Forbidden403_ParksUnreachable_MarksTheRecipientStale_AndIsNotRetried()
    {
        await using var harness = new OutboxHarness();
        var chat = OutboxHarness.Chat(connector, "a:blocked");
        await harness.Profiles.SaveAsync(new UserProfile("29:blocker", null, "Blocker", "en-US", null, DateTimeOffset.UtcNow, chat), CancellationToken.None);
        connector.Always("blocked", new ScriptedReply(403, Code: "ConversationBlockedByUser"));
        await harness.SendAsync(connector, "blocked", "a:blocked", recipient: "29:blocker");
        var worker = await harness.StartWorkerAsync();

        var parked = await harness.WaitForStatusAsync("blocked", OutboxStatus.Unreachable);
        await OutboxHarness.WaitUntilAsync(
            async () => (await harness.Profiles.GetAsync("29:blocker", CancellationToken.None))!.ConversationStale, "the profile is marked stale");

        Assert.Contains("Forbidden", parked.LastError);
        harness.Signal.Trigger();
        await OutboxHarness.WaitForRoundsAsync(worker);
        Assert.Single(connector.CallsFor("blocked"));
    }

    [Fact]
    public async Task BadRequest400_ParksFailed_IsListedForOperators_AndIsNotRetried()
    {
        await using var harness = new OutboxHarness();
        connector.Always("bad", new ScriptedReply(400, Code: "BadArgument"));
        await harness.SendAsync(connector, "bad");
        var worker = await harness.StartWorkerAsync();

        var parked = await harness.WaitForStatusAsync("bad", OutboxStatus.Failed);

        Assert.Equal(1, parked.Attempts);
        Assert.Contains(await harness.Store.ListFailedAsync(10, CancellationToken.None), r => r.IdempotencyKey == "bad");
        await OutboxHarness.WaitForRoundsAsync(worker);
        Assert.Single(connector.CallsFor("bad"));
    }

    [Fact]
    public async Task TransientFailures_UpToMaxAttempts_ParkTheRecordAsFailed()
    {
        await using var harness = new OutboxHarness(settings: new Dictionary<string, string?> { ["Outbox:MaxAttempts"] = "3" });
        connector.Always("down", new ScriptedReply(503, Code: "ServiceError"));
        await harness.SendAsync(connector, "down");
        await harness.StartWorkerAsync();

        var parked = await harness.WaitForStatusAsync("down", OutboxStatus.Failed);

        Assert.Equal(3, parked.Attempts);
        Assert.Contains("gave up after 3 attempts", parked.LastError);
        Assert.Equal(3, connector.CallsFor("down").Count);
        var listed = Assert.Single(await harness.Store.ListFailedAsync(10, CancellationToken.None));
        Assert.Equal("down", listed.IdempotencyKey);
    }

    [Fact]
    public async Task UpdateOfADeletedActivity_ParksUnreachable_SaysTheActivityIsGone_AndLeavesTheChatAlone()
    {
        await using var harness = new OutboxHarness();
        var chat = OutboxHarness.Chat(connector, "a:approver");
        await harness.Profiles.SaveAsync(new UserProfile("29:approver", null, null, "en-US", null, DateTimeOffset.UtcNow, chat), CancellationToken.None);
        connector.Always("gone", new ScriptedReply(404, Code: "ActivityNotFound"));
        await harness.EnqueueAsync(new OutboxDraft("gone", OutboxKind.UpdateActivity, chat, OutboxHarness.Message("gone"),
            ActivityId: "act-deleted", RecipientUserId: "29:approver"));
        var worker = await harness.StartWorkerAsync();

        var parked = await harness.WaitForStatusAsync("gone", OutboxStatus.Unreachable);
        await OutboxHarness.WaitForRoundsAsync(worker);

        Assert.Contains("activity gone", parked.LastError);
        Assert.False((await harness.Profiles.GetAsync("29:approver", CancellationToken.None))!.ConversationStale);
    }

    [Fact]
    public async Task UnreadablePayload_ParksFailed_WithoutCallingTheConnector()
    {
        await using var harness = new OutboxHarness();
        await harness.EnqueueAsync(new OutboxDraft("garbled", OutboxKind.Send, OutboxHarness.Chat(connector), "{not json"));
        await harness.StartWorkerAsync();

        var parked = await harness.WaitForStatusAsync("garbled", OutboxStatus.Failed);

        Assert.Contains("PayloadUnreadable", parked.LastError);
        Assert.Empty(connector.Calls);
    }
}
