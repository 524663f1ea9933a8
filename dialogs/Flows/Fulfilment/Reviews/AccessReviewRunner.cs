using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.Fulfilment.Reviews;

/// <summary>
/// One pass of the access reviews: for each catalogue entry with <c>ReviewEveryDays</c>, a new review when the last
/// one is that old (or there is none): its owners found, the people who hold the access through the service desk
/// listed in pages, the pages stored before the head that names them, then one card to each owner (the outbox keys
/// make a repeated pass one card). A review past its due date with people left to decide reminds its owners, once.
/// Each pass carries out the review's decisions again (<see cref="AccessReviewDecisions"/>: nothing is done twice).
/// </summary>
public sealed partial class AccessReviewRunner
{
    private const int ListPage = 100;

    private readonly AccessReviewStore store;
    private readonly AccessCatalogue catalogue;
    private readonly ITicketStore tickets;
    private readonly AccessReviewOwners owners;
    private readonly AccessReviewCards cards;
    private readonly AccessReviewDecisions decisions;
    private readonly TimeProvider clock;
    private readonly IOptions<FulfilmentOptions> options;
    private readonly ILogger<AccessReviewRunner> logger;

    internal AccessReviewRunner(
        AccessReviewStore store, AccessCatalogue catalogue, ITicketStore tickets, AccessReviewOwners owners, AccessReviewCards cards,
        AccessReviewDecisions decisions, TimeProvider clock, IOptions<FulfilmentOptions> options, ILogger<AccessReviewRunner> logger) =>
        (this.store, this.catalogue, this.tickets, this.owners, this.cards, this.decisions, this.clock, this.options, this.logger) =
        (store, catalogue, tickets, owners, cards, decisions, clock, options, logger);

    /// <summary>Runs one pass; returns how many reviews it started.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var started = 0;
        foreach (var resource in catalogue.Resources.Where(r => r is { ReviewEveryDays: > 0, AutoFulfil: true, GroupId: not null }))
        {
            var head = await store.HeadAsync(resource.Id, cancellationToken).ConfigureAwait(false);
            var now = clock.GetUtcNow();
            if (head is null || now >= head.Value.StartedAt.AddDays(resource.ReviewEveryDays))
            {
                head = await StartAsync(resource, head, now, cancellationToken).ConfigureAwait(false);
                started += head is null ? 0 : 1;
            }

            if (head is { Value.CardsSent: false })
            {
                await cards.SendAsync(head, cancellationToken).ConfigureAwait(false);
            }
            else if (head is { Value: { Finished: false, Reminded: false, Holders: > 0 } open } && now >= open.DueAt)
            {
                await cards.RemindAsync(head, cancellationToken).ConfigureAwait(false);
            }

            // What each decision owes, again: a crash between an owner's click and its job or history line loses neither.
            if (head is { Value.DecisionsCarriedOut: false } && await store.HeadAsync(resource.Id, cancellationToken).ConfigureAwait(false) is { } current)
            {
                await decisions.SweepAsync(current, cancellationToken).ConfigureAwait(false);
            }
        }

        return started;
    }

    /// <summary>The new review as stored; null when it cannot start now (no owner, directory unavailable, another instance).</summary>
    private async Task<Versioned<AccessReviewHead>?> StartAsync(
        AccessResource resource, Versioned<AccessReviewHead>? last, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var found = await owners.ForAsync(resource, cancellationToken).ConfigureAwait(false);
        if (found is null or { Count: 0 })
        {
            NoOwner(logger, resource.Id, found is null);
            return null;
        }

        var holders = await HoldersAsync(resource, cancellationToken).ConfigureAwait(false);
        var size = options.Value.ReviewPageSize;
        var cycle = (last?.Value.Cycle ?? 0) + 1;
        var pages = holders.Chunk(size).Select((chunk, i) => new AccessReviewPage(i + 1, chunk)).ToList();
        foreach (var page in pages)
        {
            // A page left by a pass that stopped before its head: the same review, written again.
            var existing = await store.PageAsync(resource.Id, cycle, page.Number, cancellationToken).ConfigureAwait(false);
            if (await store.SavePageAsync(resource.Id, cycle, page, existing?.ETag, cancellationToken).ConfigureAwait(false) == SaveOutcome.Conflict)
            {
                return null;
            }
        }

        var head = new AccessReviewHead(resource.Id, cycle, now, now.AddDays(options.Value.ReviewDueDays), found, holders.Count, pages.Count,
            CardsSent: holders.Count == 0);
        if (await store.SaveHeadAsync(head, last?.ETag, cancellationToken).ConfigureAwait(false) == SaveOutcome.Conflict)
        {
            return null;
        }

        Started(logger, resource.Id, cycle, holders.Count, pages.Count, found.Count);
        return await store.HeadAsync(resource.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The requests for <paramref name="resource"/> the service desk fulfilled itself and did not remove since, oldest first.</summary>
    private async Task<List<AccessReviewHolder>> HoldersAsync(AccessResource resource, CancellationToken cancellationToken)
    {
        var found = new List<AccessReviewHolder>();
        foreach (var status in new[] { TicketStatus.Fulfilled, TicketStatus.Closed })
        {
            string? continuation = null;
            do
            {
                var page = await tickets.ListByStatusAsync(status, ListPage, continuation, cancellationToken).ConfigureAwait(false);
                foreach (var ticket in page.Tickets.Where(t => t is { Access: { } a, Requester.AadObjectId: not null }
                    && string.Equals(a.ResourceId, resource.Id, StringComparison.OrdinalIgnoreCase)))
                {
                    if (await LeaverCheck.StillGrantedAsync(tickets, ticket.Number, cancellationToken).ConfigureAwait(false))
                    {
                        found.Add(new AccessReviewHolder(ticket.Number.ToString(), ticket.Requester.Name ?? ticket.Requester.Id,
                            ticket.Access!.Level, ticket.ResolvedAt ?? ticket.UpdatedAt));
                    }
                }

                continuation = page.Continuation;
            }
            while (continuation is not null);
        }

        return [.. found.OrderBy(h => h.GrantedAt).ThenBy(h => h.Ticket, StringComparer.Ordinal)];
    }

    [LoggerMessage(EventId = 4170, Level = LogLevel.Information, Message = "Access review of {Resource} #{Cycle} started: {Holders} holders on {Pages} pages, {Owners} owners")]
    private static partial void Started(ILogger logger, string resource, int cycle, int holders, int pages, int owners);

    [LoggerMessage(EventId = 4171, Level = LogLevel.Warning, Message = "Access review of {Resource} not started: no owner to ask (directory unavailable: {Unavailable})")]
    private static partial void NoOwner(ILogger logger, string resource, bool unavailable);
}
