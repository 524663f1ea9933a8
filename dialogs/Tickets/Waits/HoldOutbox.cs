using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Dialogs.Tickets.Waits;

/// <summary>
/// The hold timer's messages, keyed by the version its step stored: the reminder to the requester (in their language
/// and time zone, with the announced resolution date if any) and the notice in the ticket's thread for the agents.
/// </summary>
internal static class HoldOutbox
{
    public const string ReminderPurpose = "hold-reminder";

    /// <summary>What the messages need besides the stored ticket.</summary>
    public sealed record Context(UserProfile? Requester, QueueChannel? Channel, TimeZoneInfo DeskZone, DateTimeOffset Since, DateTimeOffset? ResolveOn);

    public delegate IEnumerable<OutboxDraft> Builder(Ticket stored, Context context);

    public static IEnumerable<OutboxDraft> Reminder(Ticket stored, Context context)
    {
        if (context.Requester?.PersonalConversation is { } chat)
        {
            var texts = Texts.For(context.Requester.Locale);
            var zone = AccessDisplay.Zone(context.Requester.TimeZone);
            var text = texts.Get(TextKeys.ItilHoldReminder, stored.Number, stored.Title, AccessDisplay.DateTime(context.Since, zone, texts));
            if (context.ResolveOn is { } on)
            {
                text += " " + texts.Get(TextKeys.ItilHoldReminderResolves, AccessDisplay.DateTime(on, zone, texts));
            }

            var (kind, target) = AccessOutbox.PersonalChat(context.Requester, chat);
            yield return new OutboxDraft(QueueOutbox.Key(stored, ReminderPurpose), kind, target, OutboxMessage.Json(texts.Language, text),
                RecipientUserId: stored.Requester.Id, Subject: stored.Number.ToString(), Purpose: ReminderPurpose);
        }

        if (Thread(stored, context) is { } thread)
        {
            var texts = Texts.For(thread.Channel.Locale);
            var text = texts.Get(TextKeys.ItilHoldAgentsReminded, stored.Requester.Name ?? stored.Requester.Id, AccessDisplay.DateTime(context.Since, context.DeskZone, texts));
            if (context.ResolveOn is { } on)
            {
                text += " " + texts.Get(TextKeys.ItilHoldAgentsResolves, AccessDisplay.DateTime(on, context.DeskZone, texts));
            }

            yield return QueueOutbox.ThreadMessage(stored, thread.Posted, thread.Channel, text);
        }
    }

    public static IEnumerable<OutboxDraft> Resolved(Ticket stored, Context context)
    {
        if (Thread(stored, context) is { } thread)
        {
            var texts = Texts.For(thread.Channel.Locale);
            yield return QueueOutbox.ThreadMessage(stored, thread.Posted, thread.Channel,
                texts.Get(TextKeys.ItilHoldAgentsResolved, stored.Requester.Name ?? stored.Requester.Id, AccessDisplay.DateTime(context.Since, context.DeskZone, texts)));
        }
    }

    /// <summary>The resolution note, in the requester's language: it is what they and the agents read on the ticket.</summary>
    public static string ResolutionNote(UserProfile? requester, DateTimeOffset since)
    {
        var texts = Texts.For(requester?.Locale);
        return texts.Get(TextKeys.ItilHoldResolutionNote, AccessDisplay.DateTime(since, AccessDisplay.Zone(requester?.TimeZone), texts));
    }

    private static (PostedCard Posted, QueueChannel Channel)? Thread(Ticket stored, Context context) =>
        stored.Cards.QueueThread is { } posted && context.Channel is { } channel ? (posted, channel) : null;
}
