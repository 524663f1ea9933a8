using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Dialogs.Tickets;

/// <summary>
/// Creation once per dialog draft. A flow saves its dialog before creating (so a double click conflicts) and again
/// after; a crash between the ticket's commit and that second save leaves the dialog where it was, and the employee's
/// next "create" would make a second ticket. Each ticket carries the dialog instance's id as
/// <see cref="Ticket.DraftKey"/>, and a creation first looks among the requester's newest tickets for one with that
/// key: found, it is the answer, and nothing new is written (its queue card and approval cards went out with it).
/// </summary>
public static class TicketCreation
{
    /// <summary>
    /// How many of the requester's newest tickets are looked at. The ticket of a dialog in progress is the newest, unless
    /// the same person created others since in another chat: a few are enough and keep the look-up to one short page.
    /// </summary>
    internal const int LookBack = 5;

    /// <summary>
    /// The ticket this draft already created (same <paramref name="draftKey"/>, same requester), or a new one made by
    /// <see cref="ITicketStore.CreateAsync"/> with the key stamped on it.
    /// </summary>
    public static async Task<Ticket> CreateOnceAsync(
        this ITicketStore store, string draftKey, TicketDraft draft, OutboxFor? outbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrEmpty(draftKey);
        ArgumentNullException.ThrowIfNull(draft);
        var requester = draft.Template.Requester.Id;
        var newest = await store.ListByRequesterAsync(requester, LookBack, null, cancellationToken).ConfigureAwait(false);
        if (newest.Tickets.FirstOrDefault(t => t.DraftKey == draftKey && t.Kind == draft.Kind) is { } existing)
        {
            return existing;
        }

        var stamped = draft with { Template = draft.Template with { DraftKey = draftKey } };
        return await store.CreateAsync(stamped, outbox, cancellationToken).ConfigureAwait(false);
    }
}
