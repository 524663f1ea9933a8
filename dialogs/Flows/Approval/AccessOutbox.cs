using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Flows.Approval;

/// <summary>An approver and what the service desk knows of them (language, time zone, 1:1 chat), if they ever talked to it.</summary>
internal sealed record ApproverRecipient(TicketPerson Person, UserProfile? Profile);

/// <summary>
/// The outbox records of an access request, built from the ticket as stored (number and version known) so they are
/// written with the change and keyed by it: a retried change never sends twice.
/// </summary>
internal static class AccessOutbox
{
    public const string ApprovalCardPurpose = "approval-card";
    public const string DecisionPurpose = "requester-decision";

    /// <summary>One approval card per approver, in their language, to their 1:1 chat (created if they never talked to the bot).</summary>
    public static IReadOnlyList<OutboxDraft> ApprovalCards(
        Ticket stored, IReadOnlyList<ApproverRecipient> approvers, AccessCatalogue catalogue, ConversationReference origin) =>
    [
        .. approvers.Select(a =>
        {
            var texts = Texts.For(a.Profile?.Locale);
            var card = AccessApprovalCards.Build(stored, catalogue, texts, AccessDisplay.Zone(a.Profile?.TimeZone));
            var (kind, target) = PersonalChat(a.Profile, origin);
            return new OutboxDraft(
                $"{stored.Number}/v{stored.Version}/approval/{a.Person.Id}",
                kind,
                target,
                OutboxMessage.Json(texts.Language, null, card),
                RecipientUserId: a.Person.Id,
                Subject: stored.Number.ToString(),
                Purpose: ApprovalCardPurpose);
        }),
    ];

    /// <summary>The decision, told to the requester in their language; replaces the approval card posted earlier, if known.</summary>
    public static IReadOnlyList<OutboxDraft> Decision(
        Ticket stored, UserProfile? requester, AccessCatalogue catalogue, ConversationReference origin, Texts approverTexts, TimeZoneInfo approverZone)
    {
        var access = stored.Access!;
        var texts = Texts.For(requester?.Locale);
        var resource = AccessDisplay.Resource(catalogue, access.ResourceId, texts);
        var level = AccessDisplay.Level(access.Level, texts);
        var who = access.DecidedByName ?? access.DecidedBy;
        var approved = stored.Status == TicketStatus.Approved;
        var text = access.IsItem
            ? approved
                ? texts.Get(TextKeys.CatalogueNotifyApproved, stored.Number, resource, who)
                : texts.Get(TextKeys.CatalogueNotifyRejected, stored.Number, resource, who, access.DecisionComment)
            : approved
                ? texts.Get(ApprovalTextKeys.NotifyApproved, stored.Number, resource, level, who)
                : texts.Get(ApprovalTextKeys.NotifyRejected, stored.Number, resource, level, who, access.DecisionComment);
        var (kind, target) = PersonalChat(requester, origin);
        var drafts = new List<OutboxDraft>
        {
            new(
                $"{stored.Number}/v{stored.Version}/requester",
                kind,
                target,
                OutboxMessage.Json(texts.Language, text),
                RecipientUserId: stored.Requester.Id,
                Subject: stored.Number.ToString(),
                Purpose: DecisionPurpose),
        };

        // The invoke answer replaces the card for the approver's client only; the posted message changes for everyone.
        drafts.AddRange(ApprovalCardUpdate.For(stored, catalogue, approverTexts, approverZone, origin));
        return drafts;
    }

    /// <summary>
    /// The person's 1:1 chat if known and not stale; otherwise the worker creates it (docs/protocol.md §3) for the
    /// record's RecipientUserId, through the service URL, tenant and bot of <paramref name="origin"/>.
    /// </summary>
    internal static (OutboxKind Kind, ConversationReference Target) PersonalChat(UserProfile? profile, ConversationReference origin) =>
        profile is { PersonalConversation: { } chat, ConversationStale: false }
            ? (OutboxKind.Send, chat)
            : (OutboxKind.CreatePersonalConversation,
                new ConversationReference(origin.ServiceUrl, string.Empty, origin.TenantId, origin.ChannelId, ConversationKind.Personal, origin.BotId));
}
