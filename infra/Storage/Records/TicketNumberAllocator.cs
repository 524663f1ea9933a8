using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Resilience;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Allocates ticket numbers unique across instances: a counter entity per kind holds the next unreserved number;
/// an instance reserves a block of <see cref="RecordsOptions.NumberBlockSize"/> by advancing it under its ETag
/// (retried on conflict) and hands numbers out from memory. Numbers are unique but may be sparse: a block reserved by
/// an instance that stops, or a creation that fails after allocating, leaves numbers never used.
/// </summary>
internal sealed class TicketNumberAllocator(RecordTables tables, IOptions<RecordsOptions> options)
{
    public const string CounterPartition = "ticket-numbers";
    private const string NextProperty = "Next";

    private readonly Block[] blocks = [new(), new()];

    public async Task<TicketNumber> NextAsync(TicketKind kind, CancellationToken cancellationToken)
    {
        var block = blocks[(int)kind];
        while (true)
        {
            Task<(long From, long To)> refill;
            lock (block)
            {
                if (block.Next < block.End)
                {
                    return new TicketNumber(kind, block.Next++);
                }

                // One refill at a time per kind; concurrent callers wait for it instead of each reserving a block.
                block.Refill ??= ReserveAsync(kind, options.Value.NumberBlockSize, CancellationToken.None);
                refill = block.Refill;
            }

            (long From, long To) reserved;
            try
            {
                reserved = await refill.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception) when (refill.IsFaulted)
            {
                lock (block)
                {
                    // A failed reservation must not poison the next caller: the next one tries again.
                    if (ReferenceEquals(block.Refill, refill))
                    {
                        block.Refill = null;
                    }
                }

                throw;
            }

            var (from, to) = reserved;
            lock (block)
            {
                if (ReferenceEquals(block.Refill, refill))
                {
                    block.Refill = null;
                    block.Next = from;
                    block.End = to;
                }
            }
        }
    }

    /// <summary>The next number the counter would reserve: every number below it was reserved by some instance.</summary>
    public async Task<long> ReservedUpToAsync(TicketKind kind, CancellationToken cancellationToken)
    {
        var got = await tables.Counters.GetAsync(CounterPartition, TicketNumber.PrefixOf(kind), cancellationToken).ConfigureAwait(false);
        return got.Status == TableStatus.NotFound ? 1 : got.OrThrow("ticket counter").GetInt64(NextProperty) ?? 1;
    }

    private async Task<(long From, long To)> ReserveAsync(TicketKind kind, int size, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var rowKey = TicketNumber.PrefixOf(kind);
        for (var attempt = 0; ; attempt++)
        {
            var got = await tables.Counters.GetAsync(CounterPartition, rowKey, cancellationToken).ConfigureAwait(false);
            if (got.Status == TableStatus.NotFound)
            {
                var added = await tables.Counters.AddAsync(Counter(rowKey, 1 + size), cancellationToken).ConfigureAwait(false);
                if (added.IsOk)
                {
                    return (1, 1 + size);
                }

                if (added.Status != TableStatus.Conflict)
                {
                    throw TableResultExtensions.Unavailable(added, "ticket counter");
                }
            }
            else
            {
                var current = got.OrThrow("ticket counter");
                var next = current.GetInt64(NextProperty) ?? 1;
                var updated = await tables.Counters.UpdateAsync(Counter(rowKey, next + size), current.ETag!, cancellationToken).ConfigureAwait(false);
                if (updated.IsOk)
                {
                    return (next, next + size);
                }

                if (updated.Status is not (TableStatus.PreconditionFailed or TableStatus.NotFound))
                {
                    throw TableResultExtensions.Unavailable(updated, "ticket counter");
                }
            }

            // Another instance reserved at the same time: back off a little, with jitter, and read again.
            await Backoff.AfterConflictAsync(attempt + 1, 100, cancellationToken).ConfigureAwait(false);
        }
    }

    private static TableEntity Counter(string rowKey, long next) => new(CounterPartition, rowKey) { [NextProperty] = next };

    private sealed class Block
    {
        public long Next;
        public long End;
        public Task<(long From, long To)>? Refill;
    }
}
