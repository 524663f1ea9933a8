using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Infra.Tests.Records;

namespace ServiceDesk.Bot.Tests.Outbox;

/// <summary>
/// Two workers over storage slow to write a record's move (as under heavy disk I/O): a failed record's next due time
/// is written as a hint first and the record 300 ms later, so the other worker's claims fall between the two writes.
/// Each record must still come back for every attempt and end parked, none left Pending with nothing pointing at it.
/// </summary>
public sealed class OutboxSlowStorageTests : IAsyncLifetime
{
    private const int Records = 40;
    private const int MaxAttempts = 4;
    private static readonly TimeSpan SlowMove = TimeSpan.FromMilliseconds(300);
    private OutboxFakeConnector connector = null!;

    public async Task InitializeAsync() => connector = await OutboxFakeConnector.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    [Fact]
    public async Task SlowRecordMoves_TwoWorkers_EveryFailingRecordGetsAllItsAttemptsAndIsParked()
    {
        await using var harness = new OutboxHarness(
            settings: new Dictionary<string, string?>
            {
                ["Outbox:BatchSize"] = "10",
                ["Outbox:MaxAttempts"] = OutboxHarness.Seconds(MaxAttempts),
                ["Outbox:BaseBackoffMilliseconds"] = "20",
                ["Outbox:MaxBackoffSeconds"] = "1",
            },
            storage: tables => new OutboxRecordWrites(tables, SlowMovesAsync));
        var keys = Enumerable.Range(0, Records).Select(i => $"slow-{i:D2}").ToList();
        foreach (var (key, i) in keys.Select((k, i) => (k, i)))
        {
            connector.Always(key, new ScriptedReply(503, Code: "ServiceError"));
            await harness.SendAsync(connector, key, $"a:chat-{i % 10}");
        }

        await harness.StartWorkerAsync();
        await harness.StartWorkerAsync();

        foreach (var key in keys)
        {
            var parked = await harness.WaitForAsync(key, r => r.Status != OutboxStatus.Pending, seconds: 120);
            Assert.Equal(OutboxStatus.Failed, parked.Status);
            Assert.EndsWith($"gave up after {MaxAttempts} attempts", parked.LastError, StringComparison.Ordinal);
            Assert.Equal(MaxAttempts, connector.CallsFor(key).Count);
        }
    }

    private static Task SlowMovesAsync(Infra.Storage.Tables.TableEntity record, CancellationToken cancellationToken) =>
        OutboxRecordWrites.IsMove(record) ? Task.Delay(SlowMove, cancellationToken) : Task.CompletedTask;
}
