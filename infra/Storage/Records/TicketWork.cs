using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// The writes outside the ticket's partition that one change of a ticket needs: index entries to remove and add,
/// outbox records to enqueue. Every part is idempotent, so applying it twice (live, then again by recovery) is harmless.
/// </summary>
internal sealed record TicketWork(
    TicketNumber Number,
    long Version,
    Guid OpId,
    IReadOnlyList<IndexKey> Removed,
    IReadOnlyList<IndexKey> Added,
    IReadOnlyList<OutboxDraft> Outbox)
{
    public static TicketWork For(Ticket? before, Ticket after, Guid opId, IReadOnlyList<OutboxDraft> outbox)
    {
        var old = before is null ? [] : TicketKeys.IndexKeysOf(before).ToHashSet();
        var now = TicketKeys.IndexKeysOf(after).ToHashSet();
        return new(after.Number, after.Version, opId, [.. old.Except(now)], [.. now.Except(old)], outbox);
    }
}
