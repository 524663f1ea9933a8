using System.Globalization;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Outbox;

namespace ServiceDesk.Dialogs.Announcements.Agents;

/// <summary>
/// The outbox records of the agents' control card: the card replaced in place for everyone, and the reminder in its
/// thread. Keys name what the card shows (version and counts) and the promised time: the same refresh or reminder
/// written twice, by a retry or by two instances, is sent once, and an unchanged card is not sent again.
/// </summary>
internal static class ControlCardOutbox
{
    public const string UpdatePurpose = "announcement-control";
    public const string ReminderPurpose = "announcement-reminder";

    public static OutboxDraft Update(Announcement announcement, AnnouncementControlPost post, AnnouncementDelivery delivery, int linked, AdaptiveCard card)
    {
        var counts = string.Join('.', delivery.Queued, delivery.Delivered, delivery.Failed, delivery.NotReachable, announcement.Counts.Affected, announcement.Counts.Acknowledged, linked);
        return new OutboxDraft(
            $"{announcement.Id}/v{announcement.Version}/control/{counts}", OutboxKind.UpdateActivity, post.Thread,
            OutboxMessage.Json(Texts.For(post.Locale).Language, null, card), ActivityId: post.ActivityId, Subject: announcement.Id, Purpose: UpdatePurpose);
    }

    /// <summary>The promised time passed without an update: one message in the control card's thread per promised time.</summary>
    public static OutboxDraft Reminder(Announcement announcement, AnnouncementControlPost post, DateTimeOffset promised)
    {
        var texts = Texts.For(post.Locale);
        var text = texts.Get(TextKeys.AnnouncementsAgentsReminder, announcement.Id, announcement.Content.English.Title, AnnouncementCard.When(promised, texts, TimeZoneInfo.Utc));
        return new OutboxDraft(
            $"{announcement.Id}/remind/{promised.UtcTicks.ToString(CultureInfo.InvariantCulture)}", OutboxKind.Send, post.Thread,
            OutboxMessage.Json(texts.Language, text), Subject: announcement.Id, Purpose: ReminderPurpose);
    }
}
