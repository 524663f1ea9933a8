using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Completes or discards the ticket changes a crash left in the journal (see <see cref="TableTicketStore"/>): an
/// intent whose history event exists with the intent's change id committed, so its work is applied again; one whose
/// event does not exist never committed and is dropped. Intents younger than <see cref="RecordsOptions.RecoveryAge"/>
/// are left alone, as another instance may still be working on them.
/// </summary>
internal sealed partial class TicketRecovery(
    RecordTables tables, TicketJournal journal, TicketWorkApplier applier, TimeProvider clock,
    IOptions<RecordsOptions> options, ILogger<TicketRecovery> logger)
{
    /// <returns>How many committed changes were completed.</returns>
    public async Task<int> RecoverAsync(TimeSpan? minimumAge, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var age = minimumAge ?? options.Value.RecoveryAge;
        var completed = 0;
        var discarded = 0;
        for (var shard = 0; shard < TicketJournal.Shards; shard++)
        {
            await foreach (var (key, work, writtenAt) in journal.ReadAsync(shard, cancellationToken).ConfigureAwait(false))
            {
                if (clock.GetUtcNow() - writtenAt < age)
                {
                    continue;
                }

                var got = await tables.Tickets.GetAsync(TicketKeys.Partition(work.Number), TicketKeys.EventRow(work.Version), cancellationToken)
                    .ConfigureAwait(false);
                if (got.IsOk && got.Value!.GetGuid("OpId") == work.OpId)
                {
                    await applier.ApplyAsync(work, cancellationToken).ConfigureAwait(false);
                    completed++;
                }
                else if (got.Status == TableStatus.NotFound || got.IsOk)
                {
                    discarded++;
                }
                else
                {
                    throw TableResultExtensions.Unavailable(got, "recovery");
                }

                await journal.DeleteAsync(key, cancellationToken).ConfigureAwait(false);
            }
        }

        if (completed + discarded > 0)
        {
            LogRecovered(completed, discarded);
        }

        return completed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ticket recovery completed {Completed} committed changes and discarded {Discarded} that never committed")]
    private partial void LogRecovered(int completed, int discarded);
}
