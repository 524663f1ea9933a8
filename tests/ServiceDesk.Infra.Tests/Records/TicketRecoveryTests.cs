using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Records;
using ServiceDesk.Infra.Storage.Tables;
using static ServiceDesk.Infra.Tests.Records.TestTickets;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>
/// The states a crash can leave between the journal intent and its completion, built by hand with the store's own
/// pieces, then recovered.
/// </summary>
public abstract class TicketRecoveryTests : RecordsTestBase
{
    [Fact]
    public async Task Recover_CommittedCreationWithoutIndexOrOutbox_CompletesIt()
    {
        var number = await Records.Numbers.NextAsync(TicketKind.Incident, CancellationToken.None);
        var ticket = Incident().Template with { Number = number, Version = 1, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
        var opId = Guid.NewGuid();
        var work = TicketWork.For(null, ticket, opId, QueueCard(ticket));
        await Records.Journal.WriteAsync(work, CancellationToken.None);
        var batch = await Records.Tables.Tickets.SubmitBatchAsync(
            [TableBatchOperation.Add(TicketEntities.Ticket(ticket, opId)),
             TableBatchOperation.Add(TicketEntities.Event(number, Incident().Created with { Version = 1 }, opId))]);
        Assert.True(batch.IsOk, batch.ToString());
        Assert.Empty((await Records.Tickets.ListByRequesterAsync("29:1employee", 10, null, CancellationToken.None)).Tickets);

        var completed = await Records.Recovery.RecoverAsync(TimeSpan.Zero, CancellationToken.None);

        Assert.Equal(1, completed);
        Assert.Equal(number, Assert.Single((await Records.Tickets.ListByRequesterAsync("29:1employee", 10, null, CancellationToken.None)).Tickets).Number);
        Assert.Equal(number, Assert.Single((await Records.Tickets.ListByStatusAsync(TicketStatus.New, 10, null, CancellationToken.None)).Tickets).Number);
        Assert.NotNull(await Records.Outbox.GetAsync($"{number}/v1/queue-card", CancellationToken.None));
        Assert.Equal(0, await Records.Recovery.RecoverAsync(TimeSpan.Zero, CancellationToken.None));
    }

    [Fact]
    public async Task Recover_IntentThatNeverCommitted_IsDiscardedAndLeavesNothing()
    {
        var number = await Records.Numbers.NextAsync(TicketKind.Incident, CancellationToken.None);
        var ticket = Incident().Template with { Number = number, Version = 1, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
        await Records.Journal.WriteAsync(TicketWork.For(null, ticket, Guid.NewGuid(), QueueCard(ticket)), CancellationToken.None);

        Assert.Equal(0, await Records.Recovery.RecoverAsync(TimeSpan.Zero, CancellationToken.None));

        Assert.Null(await Records.Tickets.GetAsync(number, CancellationToken.None));
        Assert.Empty((await Records.Tickets.ListByStatusAsync(TicketStatus.New, 10, null, CancellationToken.None)).Tickets);
        Assert.Null(await Records.Outbox.GetAsync($"{number}/v1/queue-card", CancellationToken.None));
        Assert.Empty(await ReadJournalAsync());
    }

    [Fact]
    public async Task Recover_YoungIntent_IsLeftForItsOwner()
    {
        var number = await Records.Numbers.NextAsync(TicketKind.Incident, CancellationToken.None);
        var ticket = Incident().Template with { Number = number, Version = 1, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
        await Records.Journal.WriteAsync(TicketWork.For(null, ticket, Guid.NewGuid(), []), CancellationToken.None);

        await Records.Recovery.RecoverAsync(TimeSpan.FromMinutes(5), CancellationToken.None);

        Assert.Single(await ReadJournalAsync());
    }

    [Fact]
    public async Task Recover_StaleReplayOfAnOlderChange_NeverRemovesTheCurrentIndexEntry()
    {
        var ticket = await Records.Tickets.CreateAsync(Incident(), null, CancellationToken.None);
        var v2 = (await Records.Tickets.UpdateAsync(ticket with { Status = TicketStatus.InProgress }, Change("a", TicketEventKind.StatusChanged), null, CancellationToken.None)).Ticket!;
        var v3 = (await Records.Tickets.UpdateAsync(v2 with { Status = TicketStatus.New }, Change("a", TicketEventKind.StatusChanged), null, CancellationToken.None)).Ticket!;

        // The v1 → v2 change applied late (after v3 re-added the New entry): it must not delete it.
        await new TicketWorkApplier(Records.Tables, null!, new OpenTicketWriter(Records.Tables, TimeProvider.System)).ApplyAsync(TicketWork.For(ticket, v2, Guid.NewGuid(), []), CancellationToken.None);

        Assert.Equal(v3.Number, Assert.Single((await Records.Tickets.ListByStatusAsync(TicketStatus.New, 10, null, CancellationToken.None)).Tickets).Number);
        Assert.Empty((await Records.Tickets.ListByStatusAsync(TicketStatus.InProgress, 10, null, CancellationToken.None)).Tickets);
    }

    private async Task<List<string>> ReadJournalAsync()
    {
        var keys = new List<string>();
        for (var shard = 0; shard < TicketJournal.Shards; shard++)
        {
            await foreach (var (key, _, _) in Records.Journal.ReadAsync(shard, CancellationToken.None))
            {
                keys.Add(key.RowKey);
            }
        }

        return keys;
    }
}
