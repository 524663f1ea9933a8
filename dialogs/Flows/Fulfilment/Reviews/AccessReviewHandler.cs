using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Flows.Fulfilment.Reviews;

/// <summary>
/// The review card's buttons. The card is untrusted: the review is reloaded, only its owners may decide, a decision
/// is stored on its page under the version read (two clicks, two owners: one decision, the first), and a removal
/// becomes a membership job whose key names the review and the request, so it is one job however often it is
/// clicked. The answer is the page as stored now, which replaces the clicked card.
/// </summary>
internal sealed class AccessReviewHandler(
    AccessReviewStore store, AccessCatalogue catalogue, AccessReviewDecisions decisions, TimeProvider clock)
    : ICardActionHandler
{
    private const int MaxRaces = 5;

    public IReadOnlyCollection<string> Verbs => [AccessReviewVerbs.Keep, AccessReviewVerbs.Remove, AccessReviewVerbs.KeepAll, AccessReviewVerbs.Page];

    public async Task<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var action = turn.Action ?? throw new ArgumentException("Not a card action.", nameof(turn));
        var texts = Texts.For(turn.Locale);
        var zone = AccessDisplay.Zone(turn.TimeZone);
        var click = AccessReviewClick.Read(action.Data);
        var head = click is null ? null : await store.HeadAsync(click.ResourceId, cancellationToken).ConfigureAwait(false);
        if (click is null || head is null || click.Page > head.Value.Pages)
        {
            return TurnResult.Refused(action, texts.Get(AccessReviewTextKeys.NotFound));
        }

        if (!ApprovalClick.IsApprover(head.Value.Owners.SelectMany(o => new[] { o.Id, o.AadObjectId ?? o.Id }), turn.From))
        {
            return TurnResult.Refused(action, texts.Get(AccessReviewTextKeys.NotOwner, AccessDisplay.Resource(catalogue, click.ResourceId, texts)));
        }

        if (head.Value.Cycle != click.Cycle)
        {
            // A card of an earlier review: that review is over, a newer one has its own card.
            return TurnResult.Refused(action, texts.Get(AccessReviewTextKeys.Closed));
        }

        string? notice = null;
        if (action.Verb == AccessReviewVerbs.KeepAll)
        {
            head = await KeepAllAsync(head, turn.From, cancellationToken).ConfigureAwait(false);
        }
        else if (action.Verb is AccessReviewVerbs.Keep or AccessReviewVerbs.Remove && click.Ticket is { } ticket)
        {
            notice = head.Value.Finished
                ? texts.Get(AccessReviewTextKeys.Closed)
                : await DecideAsync(head.Value, click.Page, ticket, action.Verb == AccessReviewVerbs.Remove ? ReviewDecision.Remove : ReviewDecision.Keep,
                    turn.From, texts, cancellationToken).ConfigureAwait(false);
        }

        var page = await store.PageAsync(click.ResourceId, click.Cycle, click.Page, cancellationToken).ConfigureAwait(false);
        return page is null
            ? TurnResult.Refused(action, texts.Get(AccessReviewTextKeys.NotFound))
            : ApprovalClick.Show(action, AccessReviewCard.Build(head.Value, page.Value, catalogue, texts, zone, notice));
    }

    private async Task<Versioned<AccessReviewHead>> KeepAllAsync(Versioned<AccessReviewHead> head, Person by, CancellationToken cancellationToken)
    {
        for (var race = 0; race < MaxRaces && !head.Value.Finished; race++)
        {
            var kept = head.Value with { KeptAllBy = by.Name ?? by.Id, KeptAllAt = clock.GetUtcNow() };
            if (await store.SaveHeadAsync(kept, head.ETag, cancellationToken).ConfigureAwait(false) == SaveOutcome.Saved)
            {
                break;
            }

            head = await store.HeadAsync(head.Value.ResourceId, cancellationToken).ConfigureAwait(false) ?? head;
        }

        return await store.HeadAsync(head.Value.ResourceId, cancellationToken).ConfigureAwait(false) ?? head;
    }

    /// <summary>
    /// Stores the decision unless one was made first, then what it owes (a removal's job, "kept" on the request's
    /// history; again on a later click and at the runner's next pass: once). Returns a notice or null.
    /// </summary>
    private async Task<string?> DecideAsync(
        AccessReviewHead head, int pageNumber, string ticket, ReviewDecision decision, Person by, Texts texts, CancellationToken cancellationToken)
    {
        for (var race = 0; race < MaxRaces; race++)
        {
            var page = await store.PageAsync(head.ResourceId, head.Cycle, pageNumber, cancellationToken).ConfigureAwait(false);
            var holder = page?.Value.Holders.FirstOrDefault(h => h.Ticket == ticket);
            if (page is null || holder is null)
            {
                return texts.Get(AccessReviewTextKeys.NotFound);
            }

            if (holder.Decision is not null)
            {
                // Decided already (a double click, a crash before what it owes was done): done again, which changes nothing.
                await decisions.CarryOutAsync(head, holder, cancellationToken).ConfigureAwait(false);
                return null;
            }

            var decided = holder with { Decision = decision, DecidedBy = by.Name ?? by.Id, DecidedAt = clock.GetUtcNow() };
            var changed = page.Value with { Holders = [.. page.Value.Holders.Select(h => h == holder ? decided : h)] };
            if (await store.SavePageAsync(head.ResourceId, head.Cycle, changed, page.ETag, cancellationToken).ConfigureAwait(false) == SaveOutcome.Saved)
            {
                await decisions.CarryOutAsync(head, decided, cancellationToken).ConfigureAwait(false);
                return null;
            }
        }

        throw new StorageUnavailableException($"The access review of {head.ResourceId} kept changing while a decision was stored.");
    }
}
