using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// The writes outside the ticket's partition that one change of a ticket needs: index entries to remove and add,
/// outbox records to enqueue, the days whose metric facts change (<see cref="MetricDayChange"/>; null in intents
/// written before they were kept). Every part is idempotent, so applying it twice (live, then again by recovery) is harmless.
/// </summary>
internal sealed record TicketWork(
    TicketNumber Number,
    long Version,
    Guid OpId,
    IReadOnlyList<IndexKey> Removed,
    IReadOnlyList<IndexKey> Added,
    IReadOnlyList<OutboxDraft> Outbox,
    IReadOnlyList<MetricDayChange>? Metrics = null)
{
    public static TicketWork For(Ticket? before, Ticket after, Guid opId, IReadOnlyList<OutboxDraft> outbox, IReadOnlyList<MetricDayChange>? metrics = null)
    {
        var old = before is null ? [] : TicketKeys.IndexKeysOf(before).ToHashSet();
        var now = TicketKeys.IndexKeysOf(after).ToHashSet();
        return new(after.Number, after.Version, opId, [.. old.Except(now)], [.. now.Except(old)], outbox, metrics);
    }
}
