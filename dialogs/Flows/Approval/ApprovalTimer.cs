using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Tickets.Sla;
using ServiceDesk.Dialogs.Tickets.Waits;

namespace ServiceDesk.Dialogs.Flows.Approval;

/// <summary>
/// An access request awaiting approval, against the clock (section <c>Waits:Approvals</c>, business hours counted
/// from the request, then again from an escalation). At RemindAfterHours the approvers get the card again with a
/// reminder; at ExpireAfterHours the request goes to the fallback approvers not yet asked (once), who get the same
/// treatment, and when nobody is left it expires (cancelled, its approval card without buttons). The requester is
/// told each time, in their language; each step is a history event. A step is stored under the version read, with its
/// messages, so two instances (or a retry after a crash) take it once; a worker down for a while skips a reminder
/// whose deadline has passed too.
/// </summary>
internal sealed partial class ApprovalTimer(
    ITicketStore tickets, IUserProfileStore profiles, AccessCatalogue catalogue, SlaClock clock, IOptions<WaitOptions> options,
    Agents.ITicketNotifier notifier)
{
    /// <summary>Who the history shows for the timer's own changes.</summary>
    public static readonly TicketPerson Actor = new("service-desk:approvals", null, "Approval timer");

    private ApprovalWaitOptions Settings => options.Value.Approvals;

    public async Task<WaitOutcome> CheckAsync(Ticket ticket, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ticket is { Status: TicketStatus.AwaitingApproval, NewStarter: { } starter })
        {
            return await StarterAsync(ticket, starter, now, cancellationToken).ConfigureAwait(false);
        }

        if (ticket is not { Status: TicketStatus.AwaitingApproval, Access: { } access })
        {
            return WaitOutcome.NotDue;
        }

        var wait = ticket.Wait ?? new WaitTimer(ticket.CreatedAt, 0, ticket.CreatedAt);
        var (remindAt, endAt) = (At(wait.Since, Settings.RemindAfterHours), At(wait.Since, Settings.ExpireAfterHours));
        var ended = endAt <= now;
        if (!ended && (wait.Step % 2 == 1 || !(remindAt <= now)))
        {
            return WaitOutcome.NotDue;
        }

        var requester = await profiles.GetAsync(ticket.Requester.Id, cancellationToken).ConfigureAwait(false);
        var fallback = Settings.FallbackApprovers
            .Where(f => !access.ApproverIds.Contains(f.Id, StringComparer.OrdinalIgnoreCase))
            .Select(f => new TicketPerson(f.Id, f.AadObjectId, f.Name)).ToList();
        if (!ended)
        {
            var reminded = ticket with { Wait = wait with { Step = wait.Step + 1, DueAt = endAt ?? now } };
            var change = Event(now, TicketEventKind.Reminded, new("Approvers", null, Names(access.Approvers)));
            var recipients = await RecipientsAsync(access.Approvers ?? [], cancellationToken).ConfigureAwait(false);
            return await StoreAsync(reminded, change, stored => ApprovalTimerOutbox.Reminded(stored, recipients, requester, catalogue, wait.Since),
                WaitOutcome.Reminded, cancellationToken).ConfigureAwait(false);
        }

        if (wait.Step < 2 && fallback.Count > 0)
        {
            var approvers = (IReadOnlyList<TicketPerson>)[.. access.Approvers ?? [], .. fallback];
            var ids = access.ApproverIds.Concat(fallback.SelectMany(f => new[] { f.Id, f.AadObjectId }).OfType<string>()).ToList();
            var escalated = ticket with { Access = access with { Approvers = approvers, ApproverIds = ids }, Wait = new WaitTimer(now, 2, At(now, Settings.RemindAfterHours) ?? now) };
            var change = Event(now, TicketEventKind.Escalated, new("Approvers", Names(access.Approvers), Names(approvers)));
            var recipients = await RecipientsAsync(fallback, cancellationToken).ConfigureAwait(false);
            return await StoreAsync(escalated, change, stored => ApprovalTimerOutbox.Escalated(stored, recipients, requester, catalogue, Settings.ExpireAfterHours),
                WaitOutcome.Escalated, cancellationToken).ConfigureAwait(false);
        }

        var expired = ticket with
        {
            Status = TicketStatus.Cancelled,
            ClosedAt = now,
            UpdatedAt = now,
            Wait = null,
            Access = access with { DecidedBy = Actor.Id, DecidedByName = Actor.Name, DecidedAt = now },
        };
        var expiry = Event(now, TicketEventKind.Expired, new("Status", ticket.Status.ToString(), nameof(TicketStatus.Cancelled)));
        var holder = await ApprovalCardUpdate.HolderAsync(ticket, profiles, cancellationToken).ConfigureAwait(false);
        return await StoreAsync(expired, expiry, stored => ApprovalTimerOutbox.Expired(stored, holder, requester, catalogue, Settings.ExpireAfterHours),
            WaitOutcome.Expired, cancellationToken).ConfigureAwait(false);
    }

    private DateTimeOffset? At(DateTimeOffset since, int hours) => hours > 0 ? clock.Business.Add(since, TimeSpan.FromHours(hours)) : null;

    private static TicketEvent Event(DateTimeOffset now, TicketEventKind kind, FieldChange change) => new(now, Actor, kind, [change]);

    private static string Names(IReadOnlyList<TicketPerson>? people) => string.Join(", ", (people ?? []).Select(p => p.Name ?? p.Id));

    private async Task<List<ApproverRecipient>> RecipientsAsync(IEnumerable<TicketPerson> people, CancellationToken cancellationToken)
    {
        var recipients = new List<ApproverRecipient>();
        foreach (var person in people)
        {
            recipients.Add(new(person, await profiles.GetAsync(person.Id, cancellationToken).ConfigureAwait(false)));
        }

        return recipients;
    }

    private async Task<WaitOutcome> StoreAsync(Ticket changed, TicketEvent change, OutboxFor outbox, WaitOutcome done, CancellationToken cancellationToken)
    {
        var result = await tickets.UpdateAsync(changed, change, outbox, cancellationToken).ConfigureAwait(false);

        // Someone (the approver, the requester, another instance) changed it since it was read: the next pass sees it.
        return result.Outcome == TicketUpdateOutcome.Updated ? done : WaitOutcome.Skipped;
    }
}
