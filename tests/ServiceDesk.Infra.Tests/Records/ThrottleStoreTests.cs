using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Infra.Storage.Records;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Tests.Fixtures;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>The shared throttle (tenant pauses, instance heartbeats), run against each backend.</summary>
public abstract class ThrottleStoreTests : RecordsTestBase
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private IThrottleStore? store;

    private IThrottleStore Store => store ??= new TableThrottleStore(Tables);

    [Fact]
    public async Task An_empty_store_reads_as_no_pause_and_no_instance()
    {
        var snapshot = await Store.ReadAsync(CancellationToken.None);

        Assert.Empty(snapshot.PausedUntil);
        Assert.Empty(snapshot.Instances);
    }

    [Fact]
    public async Task A_tenant_pause_only_moves_later_and_each_tenant_has_its_own()
    {
        await Store.PauseTenantAsync("tenant-1", T0.AddSeconds(5), CancellationToken.None);
        await Store.PauseTenantAsync("tenant-1", T0.AddSeconds(2), CancellationToken.None);
        await Store.PauseTenantAsync("odd/tenant#?", T0.AddSeconds(1), CancellationToken.None);
        await Store.PauseTenantAsync(string.Empty, T0.AddSeconds(3), CancellationToken.None);

        var paused = (await Store.ReadAsync(CancellationToken.None)).PausedUntil;
        Assert.Equal(T0.AddSeconds(5), paused["tenant-1"]);
        Assert.Equal(T0.AddSeconds(1), paused["odd/tenant#?"]);
        Assert.Equal(T0.AddSeconds(3), paused[string.Empty]);

        await Store.PauseTenantAsync("tenant-1", T0.AddSeconds(9), CancellationToken.None);
        Assert.Equal(T0.AddSeconds(9), (await Store.ReadAsync(CancellationToken.None)).PausedUntil["tenant-1"]);
    }

    [Fact]
    public async Task Racing_pauses_of_one_tenant_keep_the_latest_time()
    {
        await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Store.PauseTenantAsync("tenant-1", T0.AddSeconds(i), CancellationToken.None)));

        Assert.Equal(T0.AddSeconds(8), (await Store.ReadAsync(CancellationToken.None)).PausedUntil["tenant-1"]);
    }

    [Fact]
    public async Task Heartbeats_are_read_back_replaced_by_the_next_beat_and_removed()
    {
        var first = new InstanceBeat("host-a/12/abcd", T0.AddSeconds(10), 46, 0, T0);
        var second = new InstanceBeat("host/b?#", T0.AddSeconds(11), 23, 46, T0.AddSeconds(1));
        await Store.BeatAsync(first, CancellationToken.None);
        await Store.BeatAsync(second, CancellationToken.None);
        await Store.PauseTenantAsync("tenant-1", T0, CancellationToken.None);

        Assert.Equal([first, second], (await Store.ReadAsync(CancellationToken.None)).Instances.OrderBy(b => b.Share).Reverse());

        var later = first with { ExpiresAt = T0.AddSeconds(20), Share = 23, PreviousShare = 46, ChangedAt = T0.AddSeconds(2) };
        await Store.BeatAsync(later, CancellationToken.None);
        await Store.RemoveAsync(second.InstanceId, CancellationToken.None);
        await Store.RemoveAsync("never-there", CancellationToken.None);

        var snapshot = await Store.ReadAsync(CancellationToken.None);
        Assert.Equal([later], snapshot.Instances);
        Assert.Single(snapshot.PausedUntil);
    }
}

public sealed class SqliteThrottleStoreTests : ThrottleStoreTests
{
    private readonly SqliteBackend backend = new();

    protected override ITableService Tables => backend.Service;

    protected override void DisposeBackend() => backend.Dispose();
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteThrottleStoreTests(AzuriteFixture azurite) : ThrottleStoreTests
{
    private readonly ITableService tables = AzuriteBackend.FreshTables(azurite);

    protected override ITableService Tables => tables;
}
