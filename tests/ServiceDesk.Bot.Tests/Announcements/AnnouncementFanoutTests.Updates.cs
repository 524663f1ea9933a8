using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Fanout;

namespace ServiceDesk.Bot.Tests.Announcements;

// The fan-out of an announcement's updates and cancellation: cards edited in place, each recipient on the latest version.
public sealed partial class AnnouncementFanoutTests
{
    [Fact]
    public async Task An_update_edits_every_delivered_card_in_place_over_its_recorded_activity_and_cancel_withdraws_them()
    {
        await using var connector = await FanoutConnector.StartAsync();
        await using var harness = new FanoutHarness(connector);
        var users = await harness.EmployeesAsync(12);
        await harness.StartFanoutWorkerAsync();
        await harness.StartOutboxWorkerAsync();
        var published = await harness.PublishAsync();
        await harness.WaitForCountsAsync(published.Id, new AnnouncementDelivery(0, 12, 0, 0));
        await FanoutHarness.WaitUntilAsync(() => Task.FromResult(connector.To(FanoutHarness.ChannelId).Count == 1), "the channel post");

        var updated = await harness.SaveAndBroadcastAsync(published,
            AnnouncementRules.PostUpdate(published, FanoutHarness.Agent, "Fix under way.", "Correctif en cours.", null, DateTimeOffset.UtcNow));

        bool AllEdited(int version, Func<CardCall, bool> shows) => users.All(u => connector.To(FanoutHarness.Chat(u)).Count(c => c.Method == "PUT" && shows(c)) == 1)
            && connector.Calls.Count(c => c.Method == "PUT" && c.Conversation.StartsWith(FanoutHarness.ChannelId, StringComparison.Ordinal) && shows(c)) == 1;
        await FanoutHarness.WaitUntilAsync(() => Task.FromResult(AllEdited(updated.Version, c => c.Version == updated.Version)), "every card edited to the update");
        foreach (var user in users)
        {
            var calls = connector.To(FanoutHarness.Chat(user));
            Assert.Equal(calls.Single(c => c.Method == "POST").AnsweredId, calls.Single(c => c.Method == "PUT").UpdatedActivityId);
            Assert.Contains(users.IndexOf(user) % 2 == 1 ? "Correctif en cours." : "Fix under way.", calls.Single(c => c.Method == "PUT").Card, StringComparison.Ordinal);
        }

        var root = connector.To(FanoutHarness.ChannelId).Single().AnsweredId;
        Assert.Equal(root, connector.Calls.Single(c => c.Method == "PUT" && c.Conversation.StartsWith(FanoutHarness.ChannelId, StringComparison.Ordinal)).UpdatedActivityId);

        var cancelled = await harness.SaveAndBroadcastAsync(updated, AnnouncementRules.Cancel(updated, FanoutHarness.Agent, null, DateTimeOffset.UtcNow));

        await FanoutHarness.WaitUntilAsync(
            () => Task.FromResult(users.All(u => connector.To(FanoutHarness.Chat(u)).Count(c => c.Method == "PUT") == 2)), "every card withdrawn");
        Assert.All(users, u => Assert.Contains(u.EndsWith('1') || u.EndsWith('3') || u.EndsWith('5') || u.EndsWith('7') || u.EndsWith('9') ? "retir" : "withdrawn",
            connector.To(FanoutHarness.Chat(u)).Last(c => c.Method == "PUT").Card, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(AnnouncementStatus.Cancelled, cancelled.Status);
        Assert.Equal(new AnnouncementDelivery(0, 12, 0, 0), await harness.Broadcaster.DeliveryAsync(published.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Recipients_not_yet_reached_when_an_update_is_saved_get_only_the_latest_version()
    {
        await using var connector = await FanoutConnector.StartAsync();
        await using var harness = new FanoutHarness(connector);
        var users = await harness.EmployeesAsync(15);
        var fanout = await harness.StartFanoutWorkerAsync();
        var published = await harness.PublishAsync();
        // Everyone planned (their cards queued in the outbox), nobody reached yet: no outbox worker.
        await harness.WaitForCountsAsync(published.Id, new AnnouncementDelivery(15, 0, 0, 0));

        var updated = await harness.SaveAndBroadcastAsync(published,
            AnnouncementRules.PostUpdate(published, FanoutHarness.Agent, "Fix under way.", null, null, DateTimeOffset.UtcNow));
        // Planned again for the update (every card still queued: nothing to add), then set aside while they leave.
        await FanoutHarness.WaitUntilAsync(async () => await harness.Fanout.GetJobAsync(published.Id, CancellationToken.None) is { Resting: true } job
            && job.Version == updated.Version, "the update planned");
        await harness.StartOutboxWorkerAsync();

        await harness.WaitForCountsAsync(published.Id, new AnnouncementDelivery(0, 15, 0, 0));
        await FanoutHarness.WaitUntilAsync(() => Task.FromResult(connector.To(FanoutHarness.ChannelId).Count == 1), "the channel post");
        Assert.All(users, u => Assert.Equal(("POST", (int?)updated.Version), (connector.To(FanoutHarness.Chat(u)).Single().Method, connector.To(FanoutHarness.Chat(u)).Single().Version)));
        Assert.Equal(updated.Version, connector.To(FanoutHarness.ChannelId).Single().Version);
        Assert.DoesNotContain(connector.Calls, c => c.Method == "PUT");
        Assert.True(fanout.Passes > 0);
    }

    [Fact]
    public async Task A_card_that_left_in_the_old_version_while_an_update_was_saved_is_edited_to_the_latest_at_once()
    {
        await using var connector = await FanoutConnector.StartAsync();
        await using var harness = new FanoutHarness(connector, withChannel: false);
        var users = await harness.EmployeesAsync(3);
        await harness.StartFanoutWorkerAsync();
        var published = await harness.PublishAsync();
        await harness.WaitForCountsAsync(published.Id, new AnnouncementDelivery(3, 0, 0, 0));
        var updated = await harness.SaveAndBroadcastAsync(published,
            AnnouncementRules.PostUpdate(published, FanoutHarness.Agent, "Fix under way.", null, null, DateTimeOffset.UtcNow));

        // The outbox reports a card rendered before the update was saved (in flight while the update's pass saw it queued).
        var sent = (await harness.Outbox.GetAsync(AnnouncementPurpose.Key(published.Id, users[0], null), CancellationToken.None))!;
        Assert.Equal(AnnouncementPurpose.Of(AnnouncementPurpose.Card, published.Version), sent.Draft.Purpose);
        foreach (var observer in harness.Observers)
        {
            await observer.DeliveredAsync(sent, "act-old", FanoutHarness.Chat(users[0]), CancellationToken.None);
        }

        var edit = await harness.Outbox.GetAsync(AnnouncementPurpose.Key(published.Id, users[0], updated.Version), CancellationToken.None);
        Assert.Equal((ServiceDesk.Dialogs.Outbox.OutboxKind.UpdateActivity, "act-old", FanoutHarness.Chat(users[0])),
            (edit!.Draft.Kind, edit.Draft.ActivityId, edit.Draft.Target.ConversationId));
        Assert.Null(await harness.Outbox.GetAsync(AnnouncementPurpose.Key(published.Id, users[1], updated.Version), CancellationToken.None));
        Assert.Equal(new AnnouncementDelivery(2, 1, 0, 0), await harness.Broadcaster.DeliveryAsync(published.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Two_updates_in_a_row_leave_every_card_on_the_second_and_an_edit_already_shown_sends_nothing()
    {
        await using var connector = await FanoutConnector.StartAsync();
        await using var harness = new FanoutHarness(connector, withChannel: false);
        var users = await harness.EmployeesAsync(8);
        await harness.StartFanoutWorkerAsync();
        await harness.StartOutboxWorkerAsync();
        var published = await harness.PublishAsync();
        await harness.WaitForCountsAsync(published.Id, new AnnouncementDelivery(0, 8, 0, 0));

        var first = await harness.SaveAndBroadcastAsync(published,
            AnnouncementRules.PostUpdate(published, FanoutHarness.Agent, "Fix under way.", null, null, DateTimeOffset.UtcNow));
        var second = await harness.SaveAndBroadcastAsync(first,
            AnnouncementRules.PostUpdate(first, FanoutHarness.Agent, "Fix deployed, checking.", null, null, DateTimeOffset.UtcNow));

        await FanoutHarness.WaitUntilAsync(async () =>
        {
            var recorded = await Task.WhenAll(users.Select(u => harness.Fanout.GetRecipientAsync(published.Id, u, CancellationToken.None)));
            return recorded.All(r => r!.Version == second.Version);
        }, "every recipient recorded on the second update");
        await FanoutHarness.WaitUntilAsync(async () => (await harness.Fanout.GetJobAsync(published.Id, CancellationToken.None))!.Done, "the job done");
        foreach (var user in users)
        {
            var edits = connector.To(FanoutHarness.Chat(user)).Where(c => c.Method == "PUT").ToList();
            Assert.InRange(edits.Count, 1, 2);
            Assert.Equal(second.Version, edits[^1].Version);
            Assert.DoesNotContain(edits, e => e.Version != first.Version && e.Version != second.Version);
        }

        // An edit asked for again once the card shows the latest version (e.g. retried by an operator) sends nothing.
        // The first update's edit may already have shown the second version (rendered when it left), in which case no
        // edit was planned for the second: either record is an edit of this card.
        var before = connector.Calls.Count;
        var edit = await harness.Outbox.GetAsync(AnnouncementPurpose.Key(published.Id, users[0], second.Version), CancellationToken.None)
            ?? await harness.Outbox.GetAsync(AnnouncementPurpose.Key(published.Id, users[0], first.Version), CancellationToken.None);
        Assert.NotNull(edit);
        var stale = await harness.Outbox.EnqueueAsync(edit.Draft with { IdempotencyKey = published.Id + "/" + users[0] + "/again" }, CancellationToken.None);
        var done = await WaitForSettledAsync(harness, stale.IdempotencyKey);
        Assert.Equal((ServiceDesk.Dialogs.Outbox.OutboxStatus.Delivered, (string?)null), (done.Status, done.DeliveredActivityId));
        Assert.Equal(before, connector.Calls.Count);
    }
}
