using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.Fulfilment.Reviews;

/// <summary>
/// What a stored review decision owes, done so that doing it again changes nothing: Remove, the removal job (keyed by
/// the review and the request: one job); Keep, one event on the request's history (looked for first, written under
/// the request's version, so two instances write it once). The owner's click does it at once; each pass of the
/// runner does it again for the whole review, so a crash between the decision and what it owes loses neither, and
/// once a finished review has been gone through ("Keep all" keeps everyone not decided), it is not read again.
/// </summary>
internal sealed class AccessReviewDecisions(
    AccessReviewStore store, AccessCatalogue catalogue, ITicketStore tickets, AccessFulfilment fulfilment, IMembershipJobStore jobs, IAgentQueue queue,
    TimeProvider clock)
{
    private const int MaxRaces = 5;

    /// <summary>The change on a request's history that says it was kept at review <c>n</c>.</summary>
    private static FieldChange KeptChange(int cycle) => new("accessReview", null, $"kept #{cycle}");

    public async Task CarryOutAsync(AccessReviewHead head, AccessReviewHolder holder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(holder);
        var decision = holder.Decision ?? (head.Finished ? ReviewDecision.Keep : (ReviewDecision?)null);
        if (decision is null || !TicketNumber.TryParse(holder.Ticket, out var number))
        {
            return;
        }

        if (decision == ReviewDecision.Remove)
        {
            if (await tickets.GetAsync(number, cancellationToken).ConfigureAwait(false) is { } ticket
                && fulfilment.Job(ticket, MembershipChange.Review, $"review-{head.Cycle}") is { } job)
            {
                await jobs.EnqueueAsync(job, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        await RecordKeptAsync(head, holder, number, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every decision of the review carried out; a finished review is then marked so the next passes skip it.</summary>
    public async Task SweepAsync(Versioned<AccessReviewHead> head, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(head);
        for (var number = 1; number <= head.Value.Pages; number++)
        {
            var page = await store.PageAsync(head.Value.ResourceId, head.Value.Cycle, number, cancellationToken).ConfigureAwait(false);
            foreach (var holder in page?.Value.Holders ?? [])
            {
                await CarryOutAsync(head.Value, holder, cancellationToken).ConfigureAwait(false);
            }
        }

        if (head.Value.Finished)
        {
            // Lost to a concurrent change of the head: the next pass goes through it again, which changes nothing.
            await store.SaveHeadAsync(head.Value with { DecisionsCarriedOut = true }, head.ETag, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RecordKeptAsync(AccessReviewHead head, AccessReviewHolder holder, TicketNumber number, CancellationToken cancellationToken)
    {
        var change = KeptChange(head.Cycle);
        for (var race = 0; race < MaxRaces; race++)
        {
            var ticket = await tickets.GetAsync(number, cancellationToken).ConfigureAwait(false);
            if (ticket?.Access is null)
            {
                return;
            }

            var history = await tickets.GetHistoryAsync(number, cancellationToken).ConfigureAwait(false);
            if (history.Any(e => e.Changes.Contains(change)))
            {
                return;
            }

            var channel = await queue.ForCategoryAsync(QueueCategories.AccessRequests, cancellationToken).ConfigureAwait(false);
            var texts = Texts.For(channel?.Locale);
            var by = holder.Decision is null ? head.KeptAllBy : holder.DecidedBy;
            var now = clock.GetUtcNow();
            var text = texts.Get(AccessReviewTextKeys.HistoryKept, AccessDisplay.Resource(catalogue, head.ResourceId, texts), head.Cycle, by ?? string.Empty);
            var kept = new TicketEvent(now, new TicketPerson("service-desk:access-review", null, by), TicketEventKind.Updated, [change], text);
            var result = await tickets.UpdateAsync(ticket with { UpdatedAt = now }, kept, null, cancellationToken).ConfigureAwait(false);
            if (result.Outcome != TicketUpdateOutcome.Conflict)
            {
                return;
            }
        }

        throw new StorageUnavailableException($"Request {number} kept changing while its access review was recorded.");
    }
}
