using Moq;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Agents;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Outbox;
using static ServiceDesk.Dialogs.Tests.Announcements.AnnouncementSamples;

namespace ServiceDesk.Dialogs.Tests.Announcements.Agents;

public sealed class AnnouncementWatchTests
{
    private readonly AnnouncementDeskParts parts = new();

    [Fact]
    public async Task The_control_card_is_replaced_when_the_counts_change_and_not_while_they_stay_the_same()
    {
        parts.Published();
        var watch = parts.Watch();

        await watch.RunOnceAsync(default);
        await watch.RunOnceAsync(default);
        parts.Delivery = new AnnouncementDelivery(40, 55, 3, 2);
        await watch.RunOnceAsync(default);
        await watch.RunOnceAsync(default);

        var puts = parts.Outbox.Drafts.Where(d => d.Purpose == ControlCardOutbox.UpdatePurpose).ToList();
        Assert.Equal(2, puts.Count);
        Assert.All(puts, p => Assert.Equal((OutboxKind.UpdateActivity, "control-1"), (p.Kind, p.ActivityId)));
        var card = OutboxMessage.Card(puts[1].Payload)!;
        var text = Cards.CardJson.Serialize(card);
        Assert.Contains("\"55\"", text, StringComparison.Ordinal);
        Assert.Contains("Distribués", text, StringComparison.Ordinal); // the channel's language (whoever declared it)
    }

    [Fact]
    public async Task A_late_update_is_reminded_once_in_the_control_cards_thread_and_not_before_its_time()
    {
        parts.Published();
        var watch = parts.Watch();

        await watch.RunOnceAsync(default);
        Assert.DoesNotContain(parts.Outbox.Drafts, d => d.Purpose == ControlCardOutbox.ReminderPurpose);

        parts.Clock.Advance(TimeSpan.FromHours(1));
        await watch.RunOnceAsync(default);
        await watch.RunOnceAsync(default);

        var reminder = Assert.Single(parts.Outbox.Drafts, d => d.Purpose == ControlCardOutbox.ReminderPurpose);
        Assert.Equal((OutboxKind.Send, AnnouncementDeskParts.Post.Thread.ConversationId), (reminder.Kind, reminder.Target.ConversationId));
        Assert.Contains("MAJ-000012", reminder.Payload, StringComparison.Ordinal);
        Assert.Contains("22/11/2026 10:00 UTC", reminder.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_update_with_a_new_promise_is_reminded_again_when_that_one_passes()
    {
        var published = parts.Published();
        var watch = parts.Watch();
        parts.Clock.Advance(TimeSpan.FromHours(1));
        await watch.RunOnceAsync(default);

        var now = parts.Clock.GetUtcNow();
        parts.Store.Put(AnnouncementRules.PostUpdate(published, Agent, "Still on it.", null, now.AddMinutes(30), now).Announcement);
        await watch.RunOnceAsync(default);
        parts.Clock.Advance(TimeSpan.FromMinutes(31));
        await watch.RunOnceAsync(default);

        Assert.Equal(2, parts.Outbox.Drafts.Count(d => d.Purpose == ControlCardOutbox.ReminderPurpose));
    }

    [Fact]
    public async Task A_resolved_announcement_keeps_its_counts_refreshed_for_half_an_hour_then_is_left_alone()
    {
        var published = parts.Published();
        var watch = parts.Watch();
        await watch.RunOnceAsync(default);
        parts.Store.Put(AnnouncementRules.Resolve(published, Agent, null, null, parts.Clock.GetUtcNow()).Announcement);

        parts.Delivery = new AnnouncementDelivery(10, 90, 0, 0);
        await watch.RunOnceAsync(default);
        parts.Clock.Advance(AnnouncementWatch.KeepWatchingClosed + TimeSpan.FromMinutes(1));
        parts.Delivery = new AnnouncementDelivery(0, 100, 0, 0);
        await watch.RunOnceAsync(default);

        var puts = parts.Outbox.Drafts.Where(d => d.Purpose == ControlCardOutbox.UpdatePurpose).ToList();
        Assert.Equal(2, puts.Count);
        Assert.Contains("/v3/control/10.90.", puts[1].IdempotencyKey, StringComparison.Ordinal);
        Assert.DoesNotContain(parts.Outbox.Drafts, d => d.Purpose == ControlCardOutbox.ReminderPurpose);
    }

    [Fact]
    public async Task An_announcement_without_a_known_control_card_is_skipped()
    {
        parts.Store.Put(Published());

        Assert.Equal(0, await parts.Watch().RunOnceAsync(default));
        Assert.Empty(parts.Outbox.Drafts);
    }

    [Fact]
    public async Task A_version_saved_over_a_minute_ago_is_handed_to_the_broadcaster_once_and_a_resolution_to_the_links_once()
    {
        var published = parts.Published(); // five minutes ago
        var watch = parts.Watch();
        await watch.RunOnceAsync(default);
        await watch.RunOnceAsync(default);
        parts.Store.Put(AnnouncementRules.Resolve(published, Agent, "Fixed.", null, parts.Clock.GetUtcNow()).Announcement);
        await watch.RunOnceAsync(default);
        parts.Broadcaster.Verify(b => b.BroadcastAsync(It.Is<Announcement>(a => a.Status == AnnouncementStatus.Resolved), It.IsAny<CancellationToken>()), Times.Never);

        parts.Clock.Advance(AnnouncementWatch.SettleTime);
        await watch.RunOnceAsync(default);
        await watch.RunOnceAsync(default);

        parts.Broadcaster.Verify(b => b.BroadcastAsync(It.Is<Announcement>(a => a.Version == published.Version), It.IsAny<CancellationToken>()), Times.Once);
        parts.Broadcaster.Verify(b => b.BroadcastAsync(It.Is<Announcement>(a => a.Status == AnnouncementStatus.Resolved), It.IsAny<CancellationToken>()), Times.Once);
        parts.Links.Verify(l => l.ResolveLinkedAsync(It.Is<Announcement>(a => a.Status == AnnouncementStatus.Resolved), Agent, It.IsAny<CancellationToken>()), Times.Once);
    }
}
