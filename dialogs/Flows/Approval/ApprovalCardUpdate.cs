using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Flows.Approval;

/// <summary>
/// The approval card replaced in place after a change nobody made on it (the request withdrawn, sent to the next
/// approver, expired), in the language of the approver whose chat holds it: its buttons go, so nobody approves a
/// request that no longer waits for them, and a click on another copy is answered from the ticket's state.
/// </summary>
internal static class ApprovalCardUpdate
{
    /// <summary>The approver whose chat holds the posted card (else the first approver) and their profile.</summary>
    public static async Task<UserProfile?> HolderAsync(Ticket ticket, IUserProfileStore? profiles, CancellationToken cancellationToken)
    {
        if (profiles is null || ticket.Access is not { } access)
        {
            return null;
        }

        UserProfile? first = null;
        foreach (var person in access.Approvers ?? [])
        {
            var profile = await profiles.GetAsync(person.Id, cancellationToken).ConfigureAwait(false);
            first ??= profile;
            if (profile?.PersonalConversation?.ConversationId is { } chat && chat == ticket.Cards.ApprovalCard?.ConversationId)
            {
                return profile;
            }
        }

        return first;
    }

    public static IEnumerable<OutboxDraft> For(Ticket stored, UserProfile? holder, AccessCatalogue? catalogue, ConversationReference origin) =>
        catalogue is null ? [] : For(stored, catalogue, Texts.For(holder?.Locale), AccessDisplay.Zone(holder?.TimeZone), origin);

    /// <summary>The posted card replaced by the ticket's current one, in <paramref name="texts"/>' language; nothing if it was never recorded.</summary>
    public static IEnumerable<OutboxDraft> For(Ticket stored, AccessCatalogue catalogue, Texts texts, TimeZoneInfo zone, ConversationReference origin)
    {
        if (stored.Cards.ApprovalCard is not { } posted || stored.Access is null)
        {
            yield break;
        }

        var card = AccessApprovalCards.Build(stored, catalogue, texts, zone);
        yield return new OutboxDraft(
            $"{stored.Number}/v{stored.Version}/approval-update",
            OutboxKind.UpdateActivity,
            origin with { ConversationId = posted.ConversationId, Kind = ConversationKind.Personal },
            OutboxMessage.Json(texts.Language, null, card),
            ActivityId: posted.ActivityId,
            Subject: stored.Number.ToString(),
            Purpose: AccessOutbox.ApprovalCardPurpose);
    }
}
