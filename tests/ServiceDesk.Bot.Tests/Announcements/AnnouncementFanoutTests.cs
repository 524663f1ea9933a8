using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Fanout;

namespace ServiceDesk.Bot.Tests.Announcements;

/// <summary>
/// The announcement fan-out end to end below the agents' handler: a saved version broadcast, the fan-out worker
/// paging reachable employees into the outbox, the outbox worker delivering through a fake connector, observers
/// recording each recipient and the counts.
/// </summary>
public sealed partial class AnnouncementFanoutTests
{
    [Fact]
    public async Task Publish_reaches_every_reachable_employee_once_in_their_language_and_posts_in_the_channel()
    {
        await using var connector = await FanoutConnector.StartAsync();
        await using var harness = new FanoutHarness(connector);
        var users = await harness.EmployeesAsync(20);
        await harness.EmployeesAsync(1, "29:stale-");
        await harness.Profiles.MarkConversationStaleAsync("29:stale-000", CancellationToken.None);
        await harness.StartFanoutWorkerAsync();
        await harness.StartOutboxWorkerAsync();

        var published = await harness.PublishAsync();
        await harness.Broadcaster.BroadcastAsync(published, CancellationToken.None);

        await harness.WaitForCountsAsync(published.Id, new AnnouncementDelivery(0, 20, 0, 0));
        await FanoutHarness.WaitUntilAsync(() => Task.FromResult(connector.To(FanoutHarness.ChannelId).Count == 1), "the channel post");
        foreach (var (user, i) in users.Select((u, i) => (u, i)))
        {
            var call = Assert.Single(connector.To(FanoutHarness.Chat(user)));
            Assert.Equal(("POST", (int?)published.Version), (call.Method, call.Version));
            Assert.Contains(i % 2 == 1 ? "VPN en panne" : "VPN down", call.Card, StringComparison.Ordinal);
        }

        Assert.Empty(connector.To(FanoutHarness.Chat("29:stale-000")));
        Assert.Contains("VPN en panne", Assert.Single(connector.To(FanoutHarness.ChannelId)).Card, StringComparison.Ordinal);
        var recorded = await harness.Fanout.GetRecipientAsync(published.Id, users[3], CancellationToken.None);
        Assert.Equal((RecipientStatus.Delivered, published.Version, connector.To(FanoutHarness.Chat(users[3]))[0].AnsweredId),
            (recorded!.Status, recorded.Version, recorded.ActivityId));
    }

    [Fact]
    public async Task Conversations_gone_403_or_404_are_counted_not_reachable_and_marked_stale()
    {
        await using var connector = await FanoutConnector.StartAsync();
        await using var harness = new FanoutHarness(connector, withChannel: false);
        var users = await harness.EmployeesAsync(6);
        connector.Answer(FanoutHarness.Chat(users[1]), 403);
        connector.Answer(FanoutHarness.Chat(users[4]), 404);
        await harness.StartFanoutWorkerAsync();
        await harness.StartOutboxWorkerAsync();

        var published = await harness.PublishAsync();

        await harness.WaitForCountsAsync(published.Id, new AnnouncementDelivery(0, 4, 0, 2));
        // The outbox parks the record (what the counts read) before it marks the profile stale: wait for the mark.
        foreach (var gone in new[] { users[1], users[4] })
        {
            await FanoutHarness.WaitUntilAsync(async () => (await harness.Profiles.GetAsync(gone, CancellationToken.None))!.ConversationStale, $"{gone} marked stale");
        }

        // The stale mark is two writes (the profile, then its row in the reachable index removed): the count is read
        // once the second has landed, which a loaded machine may delay past the first.
        await FanoutHarness.WaitUntilAsync(
            async () => (await harness.Profiles.ListReachableAsync(null, 100, CancellationToken.None)).Count == 4,
            "the two gone conversations out of the reachable list");
        Assert.Equal(4, (await harness.Profiles.ListReachableAsync(null, 100, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_job_dropped_mid_page_is_resumed_by_another_worker_and_two_workers_share_it_without_duplicates()
    {
        await using var connector = await FanoutConnector.StartAsync();
        await using var harness = new FanoutHarness(connector, pageSize: 4, leaseSeconds: 2);
        var users = await harness.EmployeesAsync(30);
        var published = await harness.PublishAsync();

        // A worker that claims the job, writes its first page's records and dies before its cursor write lands
        // (simulated by a write under an ETag that no longer matches): the records exist, the cursor is still at the start.
        var claimed = Assert.Single(await harness.Runner.ClaimAsync("dead-worker", CancellationToken.None));
        var step = await harness.Runner.StepAsync(claimed with { ETag = "\"stale\"" }, CancellationToken.None);
        Assert.Null(step.Job);
        Assert.Equal(new AnnouncementDelivery(4, 0, 0, 0), await harness.Broadcaster.DeliveryAsync(published.Id, CancellationToken.None));
        Assert.Empty(await harness.Runner.ClaimAsync("other", CancellationToken.None));

        // Two live workers take over once the dead one's lease expires and share the rest.
        await harness.StartFanoutWorkerAsync();
        await harness.StartFanoutWorkerAsync();
        await harness.StartOutboxWorkerAsync();

        await harness.WaitForCountsAsync(published.Id, new AnnouncementDelivery(0, 30, 0, 0));
        Assert.All(users, u => Assert.Single(connector.To(FanoutHarness.Chat(u))));
        Assert.Single(connector.To(FanoutHarness.ChannelId));
        await FanoutHarness.WaitUntilAsync(async () => (await harness.Fanout.GetJobAsync(published.Id, CancellationToken.None))!.Done, "the job done");
    }

    [Fact]
    public async Task A_card_delivered_whose_report_was_lost_is_recorded_when_the_job_is_checked_again()
    {
        await using var connector = await FanoutConnector.StartAsync();
        await using var harness = new FanoutHarness(connector, withChannel: false);
        var users = await harness.EmployeesAsync(4);
        await harness.StartFanoutWorkerAsync();
        var published = await harness.PublishAsync();
        await harness.WaitForCountsAsync(published.Id, new AnnouncementDelivery(4, 0, 0, 0));

        // The outbox recorded one delivery and the process died before telling the observers.
        var claimed = await harness.Outbox.ClaimDueAsync("crashed", DateTimeOffset.UtcNow, TimeSpan.FromSeconds(30), 10, CancellationToken.None);
        var mine = claimed.Single(r => r.IdempotencyKey == AnnouncementPurpose.Key(published.Id, users[2], null));
        await harness.Outbox.CompleteAsync(mine, "act-lost", FanoutHarness.Chat(users[2]), CancellationToken.None);

        await harness.WaitForCountsAsync(published.Id, new AnnouncementDelivery(3, 1, 0, 0));
        var recorded = await harness.Fanout.GetRecipientAsync(published.Id, users[2], CancellationToken.None);
        Assert.Equal((RecipientStatus.Delivered, "act-lost"), (recorded!.Status, recorded.ActivityId));
    }

    private static async Task<ServiceDesk.Dialogs.Outbox.OutboxRecord> WaitForSettledAsync(FanoutHarness harness, string key)
    {
        ServiceDesk.Dialogs.Outbox.OutboxRecord? record = null;
        await FanoutHarness.WaitUntilAsync(async () =>
            (record = await harness.Outbox.GetAsync(key, CancellationToken.None)) is { Status: not ServiceDesk.Dialogs.Outbox.OutboxStatus.Pending }, "record " + key);
        return record!;
    }
}
