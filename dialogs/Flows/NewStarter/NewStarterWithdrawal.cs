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
/// A new starter's request withdrawn while items await a decision: every approval card of those items that reached an
/// approver is replaced in place by the request as it now is (withdrawn, no button). The cards are found by the keys
/// they were sent under (the request's version, the item, the approver: the first post and every reminder), whose
/// delivered activity the outbox keeps; a card never delivered needs nothing, and a click on one is answered "withdrawn".
/// </summary>
internal static class NewStarterWithdrawal
{
    /// <summary>One delivered card of a pending item: where it is and whose language it speaks.</summary>
    internal sealed record PostedItemCard(int Index, string ApproverId, string ConversationId, string ActivityId, UserProfile? Approver);

    public static async Task<IReadOnlyList<PostedItemCard>> FindAsync(
        Ticket ticket, IOutboxStore outbox, IUserProfileStore profiles, CancellationToken cancellationToken)
    {
        var found = new List<PostedItemCard>();
        if (ticket.NewStarter is not { } starter)
        {
            return found;
        }

        for (var index = 0; index < starter.Items.Count; index++)
        {
            var item = starter.Items[index];
            if (item.Decision != ItemDecision.Pending)
            {
                continue;
            }

            foreach (var approver in item.Approvers)
            {
                UserProfile? profile = null;
                for (var version = 1; version <= ticket.Version; version++)
                {
                    var record = await outbox.GetAsync($"{ticket.Number}/v{version}/approval/{index}/{approver.Id}", cancellationToken).ConfigureAwait(false);
                    if (record is { Status: OutboxStatus.Delivered, DeliveredActivityId: { } activity })
                    {
                        profile ??= await profiles.GetAsync(approver.Id, cancellationToken).ConfigureAwait(false);
                        found.Add(new PostedItemCard(index, approver.Id, record.DeliveredConversationId ?? record.Draft.Target.ConversationId, activity, profile));
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The updates, built from the request as stored (withdrawn), each in its approver's language and time zone.</summary>
    public static IEnumerable<OutboxDraft> Updates(Ticket stored, IReadOnlyList<PostedItemCard> posted, AccessCatalogue catalogue, ConversationReference origin) =>
        posted.Select(card =>
        {
            var texts = Texts.For(card.Approver?.Locale);
            var built = NewStarterApprovalCards.Build(stored, card.Index, catalogue, texts, AccessDisplay.Zone(card.Approver?.TimeZone));
            return new OutboxDraft(
                $"{stored.Number}/v{stored.Version}/approval-update/{card.Index}/{card.ApproverId}/{card.ActivityId}",
                OutboxKind.UpdateActivity,
                origin with { ConversationId = card.ConversationId, Kind = ConversationKind.Personal },
                OutboxMessage.Json(texts.Language, null, built),
                ActivityId: card.ActivityId,
                Subject: stored.Number.ToString(),
                Purpose: AccessOutbox.ApprovalCardPurpose);
        });
}
