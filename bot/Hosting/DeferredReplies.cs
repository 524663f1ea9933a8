using System.Globalization;
using System.Text.Json;
using ServiceDesk.Bot.Protocol;
using ServiceDesk.Bot.Protocol.Connector;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Bot.Hosting;

/// <summary>
/// A reply the connector could not take now goes to the outbox instead of being lost: the turn's work (a ticket, the
/// dialog's next step) is already saved, so the person only misses the answer, which the outbox delivers when the
/// connector answers again. Only failures where nothing reached Teams are deferred; after a timeout or a broken
/// connection the message may already be in the chat, and posting it again would show it twice.
/// </summary>
internal static class DeferredReplies
{
    /// <summary>No token (nothing was sent), 429 (refused, not posted), 412/5xx (the connector did not take it).</summary>
    public static bool WorthDeferring<T>(ConnectorOutcome<T> outcome) =>
        outcome.ErrorCode == ConnectorTransport.TokenUnavailable
        || outcome.Failure is ConnectorFailure.Throttled or ConnectorFailure.ServerError;

    /// <summary>The reply as an outbox record: keyed by the activity it answers and its place among the turn's replies.</summary>
    public static OutboxDraft Draft(Turn turn, Activity outgoing, Reply reply, int index)
    {
        var answered = string.IsNullOrEmpty(turn.ActivityId) ? Guid.NewGuid().ToString("N") : turn.ActivityId;
        var key = string.Create(CultureInfo.InvariantCulture, $"reply/{turn.Conversation.ConversationId}/{answered}/{index}");
        var requesterCard = reply.Track is { Slot: TicketCardSlot.RequesterCard } track ? track : null;
        var (subject, purpose) = requesterCard is not null
            ? (requesterCard.Number.ToString(), CardPurposes.RequesterCard)
            : reply.StepCard is { } step ? (CardPurposes.StepCardSubject(step, turn.From.Id), CardPurposes.StepCard) : (null, null);
        return new OutboxDraft(
            key,
            OutboxKind.Send,
            turn.Conversation,
            JsonSerializer.Serialize(outgoing, ProtocolJson.Info<Activity>()),
            RecipientUserId: turn.Conversation.Kind == ConversationKind.Personal ? turn.From.Id : null,
            Subject: subject,
            Purpose: purpose);
    }
}
