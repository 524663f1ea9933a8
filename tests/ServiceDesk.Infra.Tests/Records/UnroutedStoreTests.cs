using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Dialogs;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Records;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Tests.Fixtures;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>The markers of tickets waiting for a queue, run against each backend.</summary>
public abstract class UnroutedStoreTests : RecordsTestBase
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private IUnroutedStore Store => new TableUnroutedStore(Tables);

    [Fact]
    public async Task Held_tickets_are_listed_in_creation_order_once_each_and_released_one_by_one()
    {
        var store = Store;
        var late = new UnroutedTicket(T0.AddMinutes(5), "29:jean", null, "printing");
        var early = new UnroutedTicket(T0.AddTicks(1), "29:odd/id#?", null, "network-vpn");
        var approved = new UnroutedTicket(T0.AddMinutes(1), "29:marie", new TicketNumber(TicketKind.Request, 45), QueueCategories.AccessRequests);
        Assert.Empty(await store.ListAsync(CancellationToken.None));

        await store.HoldAsync(late, CancellationToken.None);
        await store.HoldAsync(early, CancellationToken.None);
        await store.HoldAsync(approved, CancellationToken.None);
        await store.HoldAsync(late, CancellationToken.None);

        Assert.Equal([early, approved, late], await store.ListAsync(CancellationToken.None));

        await store.ReleaseAsync(approved, CancellationToken.None);
        await store.ReleaseAsync(approved, CancellationToken.None);
        Assert.Equal([early, late], await Store.ListAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_unrouted_store_is_the_records_one_whichever_composition_root_runs_first(bool recordsFirst)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(Tables);
        if (recordsFirst)
        {
            services.AddServiceDeskRecords().AddServiceDeskCore();
        }
        else
        {
            services.AddServiceDeskCore().AddServiceDeskRecords();
        }

        using var provider = services.BuildServiceProvider();

        Assert.IsType<TableUnroutedStore>(Assert.Single(provider.GetServices<IUnroutedStore>()));
    }
}

public sealed class SqliteUnroutedStoreTests : UnroutedStoreTests
{
    private readonly SqliteBackend backend = new();

    protected override ITableService Tables => backend.Service;

    protected override void DisposeBackend() => backend.Dispose();
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteUnroutedStoreTests(AzuriteFixture azurite) : UnroutedStoreTests
{
    private readonly ITableService tables = AzuriteBackend.FreshTables(azurite);

    protected override ITableService Tables => tables;
}
