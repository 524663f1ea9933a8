using System.Collections.Concurrent;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Infra.Tests.Records.TestTickets;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>Optimistic concurrency and number allocation under contention, run against each backend.</summary>
public abstract class TicketConcurrencyTests : RecordsTestBase
{
    [Fact]
    public async Task SixteenConcurrentUpdates_FromStaleReads_OneWinsPerVersionAndNothingIsLost()
    {
        var ticket = await Records.Tickets.CreateAsync(Incident(), null, CancellationToken.None);
        var winsPerVersion = new ConcurrentDictionary<long, int>();
        var conflicts = 0;
        using var start = new ManualResetEventSlim();

        async Task WriterAsync(int writer)
        {
            var read = ticket;
            start.Wait();
            while (true)
            {
                // Each writer adds its own tag to the description: a lost update would drop another writer's tag.
                var changed = read with { Description = read.Description + $" [w{writer}]" };
                var result = await Records.Tickets.UpdateAsync(changed, Change($"29:w{writer}", TicketEventKind.Updated, $"w{writer}"), null, CancellationToken.None);
                if (result.Outcome == TicketUpdateOutcome.Updated)
                {
                    winsPerVersion.AddOrUpdate(result.Ticket!.Version, 1, (_, n) => n + 1);
                    return;
                }

                Assert.Equal(TicketUpdateOutcome.Conflict, result.Outcome);
                Assert.True(result.Ticket!.Version > read.Version);
                Interlocked.Increment(ref conflicts);
                read = result.Ticket;
            }
        }

        var writers = Enumerable.Range(0, 16).Select(w => Task.Run(() => WriterAsync(w))).ToArray();
        start.Set();
        await WithinAsync(Task.WhenAll(writers).ContinueWith(_ => true, TaskScheduler.Default), 120);
        await Task.WhenAll(writers);

        var stored = await Records.Tickets.GetAsync(ticket.Number, CancellationToken.None);
        Assert.Equal(1 + 16, stored!.Version);
        Assert.All(Enumerable.Range(2, 16), v => Assert.Equal(1, winsPerVersion[v]));
        Assert.All(Enumerable.Range(0, 16), w => Assert.Contains($"[w{w}]", stored.Description, StringComparison.Ordinal));
        Assert.True(conflicts > 0, "stale writers must have been told of conflicts");
        var history = await Records.Tickets.GetHistoryAsync(ticket.Number, CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, 17).Select(v => (long)v), history.Select(e => e.Version));
        Assert.Equal(16, history.Skip(1).Select(e => e.Text).Distinct().Count());
    }

    [Fact]
    public async Task EightConcurrentCreators_GetUniqueNumbers()
    {
        var creators = Enumerable.Range(0, 8).Select(c => Task.Run(async () =>
        {
            // A separate harness per creator: separate allocators, as separate instances would have.
            using var instance = new RecordsHarness(Tables, numberBlockSize: 5);
            var numbers = new List<TicketNumber>();
            for (var i = 0; i < 12; i++)
            {
                numbers.Add((await instance.Tickets.CreateAsync(Incident($"29:c{c}"), null, CancellationToken.None)).Number);
            }

            return numbers;
        })).ToArray();

        var all = (await WithinAsync(Task.WhenAll(creators), 120)).SelectMany(n => n).ToList();

        Assert.Equal(96, all.Count);
        Assert.Equal(96, all.Distinct().Count());
        // Blocks make numbers possibly sparse (documented): every number is within what the counter reserved.
        var reservedUpTo = await Records.Numbers.ReservedUpToAsync(TicketKind.Incident, CancellationToken.None);
        Assert.All(all, n => Assert.InRange(n.Sequence, 1, reservedUpTo - 1));
        Assert.Equal(8 * 15 + 1, reservedUpTo);
    }

    [Fact]
    public async Task ConcurrentCreators_WithBlocksOfOne_AreGapFree()
    {
        using var instanceA = new RecordsHarness(Tables, numberBlockSize: 1);
        using var instanceB = new RecordsHarness(Tables, numberBlockSize: 1);
        var creations = Enumerable.Range(0, 20)
            .Select(i => (i % 2 == 0 ? instanceA : instanceB).Tickets.CreateAsync(Incident(), null, CancellationToken.None));

        var numbers = (await WithinAsync(Task.WhenAll(creations), 120)).Select(t => t.Number.Sequence).Order();

        Assert.Equal(Enumerable.Range(1, 20).Select(n => (long)n), numbers);
    }
}
