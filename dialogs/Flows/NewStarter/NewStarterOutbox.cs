using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Flows.NewStarter;

/// <summary>
/// The outbox records of a new starter's request, built from the ticket as stored and keyed by its version: an
/// approval card per item awaiting a decision and per approver, then the requester told of each decision.
/// </summary>
internal static class NewStarterOutbox
{
    public const string DecisionPurpose = "requester-item-decision";

    /// <summary><paramref name="approvers"/>: for each item (same order), who to send its card to.</summary>
    public static IEnumerable<OutboxDraft> ApprovalCards(
        Ticket stored, IReadOnlyList<IReadOnlyList<ApproverRecipient>> approvers, AccessCatalogue catalogue, ConversationReference origin) =>
        stored.NewStarter!.Items.SelectMany((item, index) => item.Decision != ItemDecision.Pending ? [] : approvers[index].Select(a =>
        {
            var texts = Texts.For(a.Profile?.Locale);
            var card = NewStarterApprovalCards.Build(stored, index, catalogue, texts, AccessDisplay.Zone(a.Profile?.TimeZone));
            var (kind, target) = AccessOutbox.PersonalChat(a.Profile, origin);
            return new OutboxDraft(
                $"{stored.Number}/v{stored.Version}/approval/{index}/{a.Person.Id}",
                kind,
                target,
                OutboxMessage.Json(texts.Language, null, card),
                RecipientUserId: a.Person.Id,
                Subject: stored.Number.ToString(),
                Purpose: AccessOutbox.ApprovalCardPurpose);
        }));

    /// <summary>One item decided, told to the requester in their language.</summary>
    public static OutboxDraft Decision(Ticket stored, int index, UserProfile? requester, AccessCatalogue catalogue, ConversationReference origin)
    {
        var starter = stored.NewStarter!;
        var item = starter.Items[index];
        var texts = Texts.For(requester?.Locale);
        var what = NewStarterCards.Item(item.ResourceId, item.Level, catalogue, texts);
        var who = item.DecidedByName ?? item.DecidedBy;
        var text = item.Decision == ItemDecision.Approved
            ? texts.Get(TextKeys.StarterNotifyApproved, stored.Number, what, starter.Name, who)
            : texts.Get(TextKeys.StarterNotifyRejected, stored.Number, what, starter.Name, who, item.Comment);
        var (kind, target) = AccessOutbox.PersonalChat(requester, origin);
        return new OutboxDraft(
            $"{stored.Number}/v{stored.Version}/requester",
            kind,
            target,
            OutboxMessage.Json(texts.Language, text),
            RecipientUserId: stored.Requester.Id,
            Subject: stored.Number.ToString(),
            Purpose: DecisionPurpose);
    }
}
