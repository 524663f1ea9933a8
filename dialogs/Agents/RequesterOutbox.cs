using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Agents;

/// <summary>
/// What the requester is told of a change someone else made, in their own language, in their 1:1 chat: assigned,
/// a reply, on hold awaiting them, resolved (with their ticket card: It's fixed / Still broken and a rating),
/// reopened, fulfilled, cancelled (with the reason); and their ticket card replaced in place after any other change.
/// </summary>
internal static class RequesterOutbox
{
    public const string NoticePurpose = "requester";
    public const string CardPurpose = CardPurposes.RequesterCard;
    public const string CardUpdatePurpose = "requester-card-update";

    public static IEnumerable<OutboxDraft> For(Ticket stored, TicketEvent change, UserProfile? profile, ConversationReference? origin)
    {
        if (change.Actor.Id == stored.Requester.Id || (profile?.PersonalConversation ?? origin) is not { } via)
        {
            // Their own change (they saw the answer), or nowhere to write to.
            yield break;
        }

        var texts = Texts.For(profile?.Locale);
        var who = change.Actor.Name ?? change.Actor.Id;
        var (kind, target) = AccessOutbox.PersonalChat(profile, via);
        var notice = change.Kind switch
        {
            TicketEventKind.Assigned => texts.Get(TextKeys.AgentsNotifyAssigned, stored.Number, stored.Title, stored.Assignee?.Name ?? who),
            TicketEventKind.ReplyToRequester => texts.Get(TextKeys.AgentsNotifyReply, stored.Number, stored.Title, who, change.Text),
            TicketEventKind.StatusChanged when stored.Status == TicketStatus.Cancelled =>
                texts.Get(TextKeys.AgentsNotifyCancelled, stored.Number, stored.Title, who, change.Text),
            TicketEventKind.StatusChanged when stored is { Status: TicketStatus.OnHold, OnHoldReason: OnHoldReason.AwaitingRequester } =>
                texts.Get(TextKeys.AgentsNotifyAwaitingYou, stored.Number, stored.Title, who),
            TicketEventKind.Reopened => texts.Get(TextKeys.AgentsNotifyReopened, stored.Number, stored.Title, who),
            TicketEventKind.Fulfilled => texts.Get(TextKeys.AgentsNotifyFulfilled, stored.Number, stored.Title, who),
            _ => null,
        };

        if (change.Kind == TicketEventKind.Resolved)
        {
            var text = texts.Get(TextKeys.AgentsNotifyResolved, stored.Number, stored.Title, who);
            // The card alone: a text beside it said the same sentence a second time (the card's fallback text serves notifications).
            yield return Draft(stored, CardPurpose, kind, target, OutboxMessage.Json(texts.Language, null, RequesterTicketCard.Build(stored, texts, text)));
            yield break;
        }

        if (notice is not null)
        {
            yield return Draft(stored, NoticePurpose, kind, target, OutboxMessage.Json(texts.Language, notice));
        }

        if (stored.Cards.RequesterCard is { } posted)
        {
            var card = RequesterTicketCard.Build(stored, texts, notice);
            yield return new OutboxDraft(
                QueueOutbox.Key(stored, CardUpdatePurpose), OutboxKind.UpdateActivity,
                via with { ConversationId = posted.ConversationId, Kind = ConversationKind.Personal },
                OutboxMessage.Json(texts.Language, null, card),
                ActivityId: posted.ActivityId, RecipientUserId: stored.Requester.Id, Subject: stored.Number.ToString(), Purpose: CardUpdatePurpose);
        }
    }

    private static OutboxDraft Draft(Ticket stored, string purpose, OutboxKind kind, ConversationReference target, string payload) =>
        new(QueueOutbox.Key(stored, purpose), kind, target, payload,
            RecipientUserId: stored.Requester.Id, Subject: stored.Number.ToString(), Purpose: purpose);
}
