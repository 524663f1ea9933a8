using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Resilience;

namespace ServiceDesk.Infra.Storage.Records;

// Where a ticket's cards are posted: bookkeeping beside the ticket, not a change (no version, no history event).
internal sealed partial class TableTicketStore
{
    private const int MaxRecordAttempts = 50;

    public async Task<Ticket?> RecordCardAsync(TicketNumber number, TicketCardSlot slot, PostedCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        for (var attempt = 0; attempt < MaxRecordAttempts; attempt++)
        {
            var entity = await GetEntityAsync(number, cancellationToken).ConfigureAwait(false);
            if (entity is null)
            {
                return null;
            }

            var current = TicketEntities.Ticket(entity);
            var recorded = current with { Cards = With(current.Cards, slot, card) };
            if (recorded.Cards == current.Cards)
            {
                await IndexThreadAsync(recorded, slot, card, cancellationToken).ConfigureAwait(false);
                return current;
            }

            var written = await tables.Tickets.UpdateAsync(TicketEntities.Ticket(recorded, entity.GetGuid("OpId") ?? Guid.Empty), entity.ETag!, cancellationToken)
                .ConfigureAwait(false);
            if (written.IsOk)
            {
                await IndexThreadAsync(recorded, slot, card, cancellationToken).ConfigureAwait(false);
                if (slot == TicketCardSlot.QueueThread)
                {
                    // The open tickets' copy is read for the queue thread's link (the desk's view of now); where the
                    // requester's or the approver's card sits is nobody's business there, and refreshing the copy for
                    // it cost every creation two reads and two writes more.
                    await applier.RefreshOpenAsync(number, cancellationToken).ConfigureAwait(false);
                }

                return recorded;
            }

            if (written.Status is not (TableStatus.PreconditionFailed or TableStatus.Conflict))
            {
                throw TableResultExtensions.Unavailable(written, "ticket card record");
            }

            await Backoff.AfterConflictAsync(attempt + 1, 100, cancellationToken).ConfigureAwait(false);
        }

        throw new Dialogs.Ports.StorageUnavailableException("The ticket kept changing while a posted card was recorded.");
    }

    public async Task<TicketNumber?> FindByThreadAsync(string threadConversationId, CancellationToken cancellationToken)
    {
        if (ChannelThread.Split(threadConversationId) is not { } thread)
        {
            return null;
        }

        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var got = await tables.Index.GetAsync(TicketKeys.ThreadPartition, TicketKeys.ThreadRow(thread.Channel, thread.Root), cancellationToken).ConfigureAwait(false);
        if (got.Status == TableStatus.NotFound)
        {
            return null;
        }

        return TicketNumber.TryParse(got.OrThrow("ticket by thread").GetString("Number"), out var number) ? number : null;
    }

    private async Task IndexThreadAsync(Ticket ticket, TicketCardSlot slot, PostedCard card, CancellationToken cancellationToken)
    {
        if (slot != TicketCardSlot.QueueThread || ChannelThread.Split(ChannelThread.Of(card.ConversationId, card.ActivityId)) is not { } thread)
        {
            return;
        }

        var row = new TableEntity(TicketKeys.ThreadPartition, TicketKeys.ThreadRow(thread.Channel, thread.Root)) { ["Number"] = ticket.Number.ToString() };
        (await tables.Index.UpsertAsync(row, cancellationToken).ConfigureAwait(false)).OrThrow("thread index");
    }

    private static TicketCards With(TicketCards cards, TicketCardSlot slot, PostedCard card) => slot switch
    {
        TicketCardSlot.QueueThread => cards with { QueueThread = card },
        TicketCardSlot.RequesterCard => cards with { RequesterCard = card },
        _ => cards with { ApprovalCard = card },
    };
}
