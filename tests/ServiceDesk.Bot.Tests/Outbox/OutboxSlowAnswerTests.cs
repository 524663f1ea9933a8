using ServiceDesk.Dialogs.Outbox;

namespace ServiceDesk.Bot.Tests.Outbox;

/// <summary>
/// A post Teams takes but answers slowly (after the connector's per-request timeout, within the outbox's delivery
/// timeout) is delivered once. Cut at the per-request timeout, it was recorded as a timeout and posted again: the
/// recipient got the card twice (an announcement reached one of its three people twice on a loaded machine).
/// </summary>
public sealed class OutboxSlowAnswerTests : IAsyncLifetime
{
    private OutboxFakeConnector connector = null!;

    public async Task InitializeAsync() => connector = await OutboxFakeConnector.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    [Theory]
    [InlineData(OutboxKind.Send)]
    [InlineData(OutboxKind.CreatePersonalConversation)]
    public async Task APostAnsweredAfterThePerRequestTimeout_ButWithinTheDeliveryTimeout_IsPostedOnce(OutboxKind kind)
    {
        await using var harness = new OutboxHarness(settings: new Dictionary<string, string?>
        {
            ["Connector:RequestTimeoutSeconds"] = "1",
            ["Outbox:DeliveryTimeoutSeconds"] = "10",
            ["Outbox:LeaseSeconds"] = "30",
        });
        var key = "slow-answer-" + kind;
        connector.Script(key, new ScriptedReply(200, Delay: TimeSpan.FromSeconds(2.5)));
        var worker = await harness.StartWorkerAsync();
        await harness.EnqueueAsync(new OutboxDraft(key, kind, OutboxHarness.Chat(connector), OutboxHarness.Message(key), RecipientUserId: "29:ana"));
        harness.Signal.Trigger();

        var delivered = await harness.WaitForStatusAsync(key, OutboxStatus.Delivered, seconds: 30);
        // Time for a second post, had the first been taken for a timeout (the backoff is at most a second here).
        await OutboxHarness.WaitForRoundsAsync(worker);

        Assert.Equal([200], connector.CallsFor(key).Where(c => c.Method == "POST").Select(c => c.Status));
        Assert.Null(delivered.LastError);
    }
}
