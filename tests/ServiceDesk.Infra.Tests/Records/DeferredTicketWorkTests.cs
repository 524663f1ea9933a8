using ServiceDesk.Dialogs.Metrics.Days;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Records;
using ServiceDesk.Infra.Storage.Tables;
using static ServiceDesk.Infra.Tests.Records.TestTickets;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>
/// A creation returns once its ticket, index entries and outbox record are written; its metric facts and the open
/// tickets' copy follow (<see cref="DeferredTicketWork"/>), fed by the journal intent that recovery replays.
/// </summary>
public abstract class DeferredTicketWorkTests : RecordsTestBase
{
    [Fact]
    public async Task A_creation_returns_before_its_metric_writes_and_a_metrics_read_waits_for_them()
    {
        var held = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var records = new RecordsHarness(new MetricsWrites(Tables, async entity =>
        {
            if (entity.PartitionKey == MetricKeys.MetaPartition)
            {
                return true;
            }

            reached.TrySetResult();
            return await held.Task;
        }));
        await records.Tables.EnsureCreatedAsync(default);
        await records.MetricDays.MarkOpenBuiltAsync(default);

        var ticket = await records.Tickets.CreateAsync(Incident(), null, default);
        await reached.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(ticket.Number, Assert.Single((await records.Tickets.ListByRequesterAsync("29:1employee", 10, null, default)).Tickets).Number);

        var read = records.MetricDays.OpenTicketsAsync(default);
        Assert.False(read.IsCompleted, "the read waits for the copy under way");

        held.SetResult(true);
        Assert.Equal(ticket.Number, Assert.Single((await read.WaitAsync(TimeSpan.FromSeconds(10)))!).Number);
        Assert.Contains(await records.MetricDays.FactsAsync(MetricFacts.DayOf(ticket.CreatedAt), default), f => f.Kind == MetricFactKind.Created);
        Assert.Empty(await ReadJournalAsync(records));
    }

    [Fact]
    public async Task A_crash_after_the_ticket_commit_leaves_the_facts_and_open_copy_to_recovery_which_writes_them_once()
    {
        // The first instance dies after its ticket committed: its metric writes never happen.
        var down = new MetricsWrites(Tables, _ => Task.FromResult(false));
        Ticket ticket;
        using (var crashed = new RecordsHarness(down))
        {
            ticket = await crashed.Tickets.CreateAsync(Incident(), QueueCard, default);
            await crashed.Deferred.WrittenAsync(default);
        }

        Assert.Empty(down.Written);
        Assert.Single(await ReadJournalAsync(Records));

        // The restarted instance recovers the change: its facts and its open copy, each written once.
        var restarted = new MetricsWrites(Tables, _ => Task.FromResult(true));
        using var records = new RecordsHarness(restarted);
        Assert.Equal(1, await records.Recovery.RecoverAsync(TimeSpan.Zero, default));
        Assert.Equal(0, await records.Recovery.RecoverAsync(TimeSpan.Zero, default));

        var day = MetricFacts.DayOf(ticket.CreatedAt);
        var rows = restarted.Written.Where(w => w.Partition is not (MetricKeys.MarkPartition or MetricKeys.MetaPartition)).ToList();
        Assert.Equal(
            new[] { (MetricKeys.DayPartition(day), ticket.Number.ToString()), (OpenTicketWriter.Partition, ticket.Number.ToString()) },
            rows.OrderBy(r => r.Partition, StringComparer.Ordinal));
        Assert.Contains(await records.MetricDays.FactsAsync(day, default), f => f.Kind == MetricFactKind.Created);
        var open = (await Tables.GetTable("Metrics").QueryAsync(new TableQuery(OpenTicketWriter.Partition))).Value!.Entities;
        Assert.Equal(1, Assert.Single(open).GetInt64("Version"));
        Assert.NotNull(await records.Outbox.GetAsync($"{ticket.Number}/v1/queue-card", default));
        Assert.Empty(await ReadJournalAsync(records));
    }

    private static async Task<List<string>> ReadJournalAsync(RecordsHarness records)
    {
        var keys = new List<string>();
        for (var shard = 0; shard < TicketJournal.Shards; shard++)
        {
            await foreach (var (key, _, _) in records.Journal.ReadAsync(shard, default))
            {
                keys.Add(key.RowKey);
            }
        }

        return keys;
    }
}
