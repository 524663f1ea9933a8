using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Flows.Approval;

/// <summary>
/// The messages of the approval timer's steps, keyed by the version the step stored (so a retried step sends nothing
/// twice): the approval card again to each approver asked, with why; the requester told in their language. The bot's
/// service URL and tenant come from the requester's chat (the request was made there), else from an approver's.
/// </summary>
internal static class ApprovalTimerOutbox
{
    public const string RequesterPurpose = "approval-timer";

    public static IReadOnlyList<OutboxDraft> Reminded(
        Ticket stored, IReadOnlyList<ApproverRecipient> approvers, UserProfile? requester, AccessCatalogue catalogue, DateTimeOffset since)
    {
        var drafts = Cards(stored, approvers, requester, catalogue, (texts, zone) => texts.Get(TextKeys.ItilApprovalReminderNotice, AccessDisplay.DateTime(since, zone, texts)));
        drafts.AddRange(ToRequester(stored, requester, approvers, texts => texts.Get(TextKeys.ItilApprovalRemindedRequester, stored.Number, Names(approvers))));
        return drafts;
    }

    public static IReadOnlyList<OutboxDraft> Escalated(
        Ticket stored, IReadOnlyList<ApproverRecipient> fallback, UserProfile? requester, AccessCatalogue catalogue, int hours)
    {
        var drafts = Cards(stored, fallback, requester, catalogue, (texts, _) => texts.Get(TextKeys.ItilApprovalEscalatedNotice, texts.Count(CountKeys.BusinessHours, hours)));
        drafts.AddRange(ToRequester(stored, requester, fallback, texts => texts.Get(TextKeys.ItilApprovalEscalatedRequester, stored.Number, Names(fallback), texts.Count(CountKeys.BusinessHours, hours))));
        return drafts;
    }

    public static IReadOnlyList<OutboxDraft> Expired(Ticket stored, UserProfile? holder, UserProfile? requester, AccessCatalogue catalogue, int hours)
    {
        var drafts = new List<OutboxDraft>();
        if ((requester?.PersonalConversation ?? holder?.PersonalConversation) is { } origin)
        {
            drafts.AddRange(ApprovalCardUpdate.For(stored, holder, catalogue, origin));
        }

        drafts.AddRange(ToRequester(stored, requester, [], texts => texts.Get(TextKeys.ItilApprovalExpiredRequester, stored.Number, texts.Count(CountKeys.BusinessHours, hours))));
        return drafts;
    }

    private static List<OutboxDraft> Cards(
        Ticket stored, IReadOnlyList<ApproverRecipient> approvers, UserProfile? requester, AccessCatalogue catalogue, Func<Texts, TimeZoneInfo, string> notice)
    {
        var drafts = new List<OutboxDraft>();
        foreach (var approver in approvers)
        {
            if ((requester?.PersonalConversation ?? approver.Profile?.PersonalConversation) is not { } origin)
            {
                continue;
            }

            var texts = Texts.For(approver.Profile?.Locale);
            var zone = AccessDisplay.Zone(approver.Profile?.TimeZone);
            var card = AccessApprovalCards.Build(stored, catalogue, texts, zone, notice(texts, zone));
            var (kind, target) = AccessOutbox.PersonalChat(approver.Profile, origin);
            drafts.Add(new OutboxDraft(
                $"{stored.Number}/v{stored.Version}/approval/{approver.Person.Id}", kind, target, OutboxMessage.Json(texts.Language, null, card),
                RecipientUserId: approver.Person.Id, Subject: stored.Number.ToString(), Purpose: AccessOutbox.ApprovalCardPurpose));
        }

        return drafts;
    }

    internal static IEnumerable<OutboxDraft> ToRequester(Ticket stored, UserProfile? requester, IReadOnlyList<ApproverRecipient> approvers, Func<Texts, string> text)
    {
        if ((requester?.PersonalConversation ?? approvers.Select(a => a.Profile?.PersonalConversation).FirstOrDefault(c => c is not null)) is not { } origin)
        {
            yield break;
        }

        var texts = Texts.For(requester?.Locale);
        var (kind, target) = AccessOutbox.PersonalChat(requester, origin);
        yield return new OutboxDraft(
            $"{stored.Number}/v{stored.Version}/{RequesterPurpose}", kind, target, OutboxMessage.Json(texts.Language, text(texts)),
            RecipientUserId: stored.Requester.Id, Subject: stored.Number.ToString(), Purpose: RequesterPurpose);
    }

    private static string Names(IReadOnlyList<ApproverRecipient> people) => string.Join(", ", people.Select(p => p.Person.Name ?? p.Person.Id));
}
