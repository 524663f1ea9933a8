using ServiceDesk.Dialogs.Flows.NewStarter;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Tickets.Waits;

namespace ServiceDesk.Dialogs.Flows.Approval;

// A new starter's request against the same clock: the items still awaiting a decision are reminded, then sent to the
// fallback approvers, then expire; what was decided stays, and the request goes on with what is left to prepare. Its
// card is in the agents' queue since it was made, so each step updates that card too, as an approver's decision does.
internal sealed partial class ApprovalTimer
{
    private async Task<WaitOutcome> StarterAsync(Ticket ticket, NewStarterDetails starter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var wait = ticket.Wait ?? new WaitTimer(ticket.CreatedAt, 0, ticket.CreatedAt);
        var (remindAt, endAt) = (At(wait.Since, Settings.RemindAfterHours), At(wait.Since, Settings.ExpireAfterHours));
        var ended = endAt <= now;
        var pending = starter.Items.Select((item, index) => (Item: item, Index: index)).Where(p => p.Item.Decision == ItemDecision.Pending).ToList();
        if (pending.Count == 0 || (!ended && (wait.Step % 2 == 1 || !(remindAt <= now))))
        {
            return WaitOutcome.NotDue;
        }

        var requester = await profiles.GetAsync(ticket.Requester.Id, cancellationToken).ConfigureAwait(false);
        if (!ended)
        {
            var asked = pending.SelectMany(p => p.Item.Approvers).DistinctBy(a => a.Id).ToList();
            var cards = await CardsAsync(pending.Select(p => (p.Index, (IEnumerable<TicketPerson>)p.Item.Approvers)), cancellationToken).ConfigureAwait(false);
            var reminded = ticket with { Wait = wait with { Step = wait.Step + 1, DueAt = endAt ?? now } };
            var remind = Event(now, TicketEventKind.Reminded, new("Approvers", null, Names(asked)));
            var remindQueue = await notifier.ForAsync(ticket, remind, cancellationToken).ConfigureAwait(false);
            return await StoreAsync(reminded, remind, stored =>
            [
                .. remindQueue(stored),
                .. StarterCards(stored, cards, requester, (texts, zone) => texts.Get(TextKeys.ItilApprovalReminderNotice, AccessDisplay.DateTime(wait.Since, zone, texts))),
                .. ApprovalTimerOutbox.ToRequester(stored, requester, [], texts => texts.Get(TextKeys.ItilApprovalRemindedRequester, stored.Number, Names(asked))),
            ], WaitOutcome.Reminded, cancellationToken).ConfigureAwait(false);
        }

        var fallback = Settings.FallbackApprovers.Select(f => new TicketPerson(f.Id, f.AadObjectId, f.Name)).ToList();
        if (wait.Step < 2 && fallback.Count > 0)
        {
            var added = pending.Select(p => (p.Index, New: fallback.Where(f => !p.Item.ApproverIds.Contains(f.Id, StringComparer.OrdinalIgnoreCase)).ToList())).ToList();
            var items = starter.Items.Select((item, index) => added.FirstOrDefault(a => a.Index == index) is { New.Count: > 0 } a
                ? item with { Approvers = [.. item.Approvers, .. a.New], ApproverIds = [.. item.ApproverIds, .. a.New.SelectMany(f => new[] { f.Id, f.AadObjectId }).OfType<string>()] }
                : item).ToList();
            var cards = await CardsAsync(added.Select(a => (a.Index, (IEnumerable<TicketPerson>)a.New)), cancellationToken).ConfigureAwait(false);
            var escalated = ticket with { NewStarter = starter with { Items = items }, Wait = new WaitTimer(now, 2, At(now, Settings.RemindAfterHours) ?? now) };
            var escalate = Event(now, TicketEventKind.Escalated, new("Approvers", null, Names(fallback)));
            var escalateQueue = await notifier.ForAsync(ticket, escalate, cancellationToken).ConfigureAwait(false);
            return await StoreAsync(escalated, escalate, stored =>
            [
                .. escalateQueue(stored),
                .. StarterCards(stored, cards, requester, (texts, _) => texts.Get(TextKeys.ItilApprovalEscalatedNotice, texts.Count(CountKeys.BusinessHours, Settings.ExpireAfterHours))),
                .. ApprovalTimerOutbox.ToRequester(stored, requester, [], texts => texts.Get(
                    TextKeys.ItilApprovalEscalatedRequester, stored.Number, Names(fallback), texts.Count(CountKeys.BusinessHours, Settings.ExpireAfterHours))),
            ], WaitOutcome.Escalated, cancellationToken).ConfigureAwait(false);
        }

        // Nobody decided in time: those items expire; the request goes on with what was approved, or is cancelled.
        var details = starter with
        {
            Items = [.. starter.Items.Select(i => i.Decision == ItemDecision.Pending ? i with { Decision = ItemDecision.Expired, DecidedBy = Actor.Id, DecidedByName = Actor.Name, DecidedAt = now } : i)],
        };
        var status = details.AnyToFulfil ? TicketStatus.Approved : TicketStatus.Cancelled;
        var expired = ticket with { Status = status, NewStarter = details, Wait = null, UpdatedAt = now, ClosedAt = status == TicketStatus.Cancelled ? now : ticket.ClosedAt };
        var expiry = Event(now, TicketEventKind.Expired, new("Status", ticket.Status.ToString(), status.ToString()));
        var expiryQueue = await notifier.ForAsync(ticket, expiry, cancellationToken).ConfigureAwait(false);
        return await StoreAsync(expired, expiry, stored =>
            [.. expiryQueue(stored), .. ApprovalTimerOutbox.ToRequester(stored, requester, [], texts => texts.Get(TextKeys.ItilApprovalExpiredRequester, stored.Number, texts.Count(CountKeys.BusinessHours, Settings.ExpireAfterHours)))],
            WaitOutcome.Expired, cancellationToken).ConfigureAwait(false);
    }

    private async Task<List<(int Index, ApproverRecipient Recipient)>> CardsAsync(IEnumerable<(int Index, IEnumerable<TicketPerson> People)> items, CancellationToken cancellationToken)
    {
        var cards = new List<(int, ApproverRecipient)>();
        foreach (var (index, people) in items)
        {
            foreach (var recipient in await RecipientsAsync(people, cancellationToken).ConfigureAwait(false))
            {
                cards.Add((index, recipient));
            }
        }

        return cards;
    }

    /// <summary>Each item's card again to its approver, with why; sent through the requester's chat's bot and tenant.</summary>
    private IEnumerable<OutboxDraft> StarterCards(
        Ticket stored, List<(int Index, ApproverRecipient Recipient)> cards, UserProfile? requester, Func<Localization.Texts, TimeZoneInfo, string> notice)
    {
        foreach (var (index, approver) in cards)
        {
            if ((requester?.PersonalConversation ?? approver.Profile?.PersonalConversation) is not { } origin)
            {
                continue;
            }

            var texts = Localization.Texts.For(approver.Profile?.Locale);
            var zone = AccessDisplay.Zone(approver.Profile?.TimeZone);
            var card = NewStarterApprovalCards.Build(stored, index, catalogue, texts, zone, notice(texts, zone));
            var (kind, target) = AccessOutbox.PersonalChat(approver.Profile, origin);
            yield return new OutboxDraft(
                $"{stored.Number}/v{stored.Version}/approval/{index}/{approver.Person.Id}", kind, target, OutboxMessage.Json(texts.Language, null, card),
                RecipientUserId: approver.Person.Id, Subject: stored.Number.ToString(), Purpose: AccessOutbox.ApprovalCardPurpose);
        }
    }
}
