using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Agents;

/// <summary>
/// The agents' channel's outbox records of a ticket change: the card's first post (a new thread), its replacement in
/// place, and messages in its thread. Keys <c>{number}/v{version}/{purpose}</c>: a retried change never sends twice.
/// </summary>
internal static class QueueOutbox
{
    public const string NewThreadPurpose = "queue-card";
    public const string UpdatePurpose = "queue-card-update";
    public const string RepostPurpose = "queue-card-repost";
    public const string ThreadPurpose = "thread";

    public static OutboxDraft NewThread(Ticket stored, QueueChannel queue, Cards.AdaptiveCard card, string purpose = NewThreadPurpose) =>
        new(Key(stored, purpose), OutboxKind.NewChannelThread, queue.Channel, OutboxMessage.Json(Texts.For(queue.Locale).Language, null, card),
            Subject: stored.Number.ToString(), Purpose: purpose);

    /// <summary>Replaces the posted card for everyone (the invoke answer only changes the clicking agent's view).</summary>
    public static OutboxDraft Update(Ticket stored, PostedCard posted, QueueChannel queue, Cards.AdaptiveCard card) =>
        new(Key(stored, UpdatePurpose), OutboxKind.UpdateActivity, Thread(queue.Channel, posted), OutboxMessage.Json(Texts.For(queue.Locale).Language, null, card),
            ActivityId: posted.ActivityId, Subject: stored.Number.ToString(), Purpose: UpdatePurpose);

    public static OutboxDraft ThreadMessage(Ticket stored, PostedCard posted, QueueChannel queue, string text) =>
        new(Key(stored, ThreadPurpose), OutboxKind.Send, Thread(queue.Channel, posted), OutboxMessage.Json(Texts.For(queue.Locale).Language, text),
            Subject: stored.Number.ToString(), Purpose: ThreadPurpose);

    public static string Key(Ticket stored, string purpose) => $"{stored.Number}/v{stored.Version}/{purpose}";

    /// <summary>The thread's conversation (<c>19:…;messageid=root</c>) through the queue's service URL, tenant and bot.</summary>
    private static ConversationReference Thread(ConversationReference via, PostedCard posted) =>
        via with { ConversationId = posted.ConversationId, Kind = ConversationKind.Channel };
}
