using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>Ready when a point read answers (found or not): the cheapest request that proves the store is there.</summary>
internal sealed class TableStorageHealth(RecordTables tables) : IStorageHealth
{
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            var got = await tables.Counters.GetAsync(TicketNumberAllocator.CounterPartition, "health", cancellationToken).ConfigureAwait(false);
            return got.Status is TableStatus.Ok or TableStatus.NotFound;
        }
        catch (StorageUnavailableException)
        {
            return false;
        }
    }
}
