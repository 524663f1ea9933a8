using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Tests.Fixtures;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>Fresh tables per test in the collection's Azurite: a unique table name prefix.</summary>
internal static class AzuriteBackend
{
    public static ITableService FreshTables(AzuriteFixture azurite) =>
        azurite.CreateService(tablePrefix: "r" + Guid.NewGuid().ToString("N")[..10]);
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteTicketStoreTests(AzuriteFixture azurite) : TicketStoreTests
{
    private readonly ITableService tables = AzuriteBackend.FreshTables(azurite);

    protected override ITableService Tables => tables;
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteTicketConcurrencyTests(AzuriteFixture azurite) : TicketConcurrencyTests
{
    private readonly ITableService tables = AzuriteBackend.FreshTables(azurite);

    protected override ITableService Tables => tables;
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteTicketRecoveryTests(AzuriteFixture azurite) : TicketRecoveryTests
{
    private readonly ITableService tables = AzuriteBackend.FreshTables(azurite);

    protected override ITableService Tables => tables;
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteDeferredTicketWorkTests(AzuriteFixture azurite) : DeferredTicketWorkTests
{
    private readonly ITableService tables = AzuriteBackend.FreshTables(azurite);

    protected override ITableService Tables => tables;
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteOutboxStoreTests(AzuriteFixture azurite) : OutboxStoreTests
{
    private readonly ITableService tables = AzuriteBackend.FreshTables(azurite);

    protected override ITableService Tables => tables;
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteOutboxMoveTests(AzuriteFixture azurite) : OutboxMoveTests
{
    private readonly ITableService tables = AzuriteBackend.FreshTables(azurite);

    protected override ITableService Tables => tables;
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteProfileAndDialogStateTests(AzuriteFixture azurite) : ProfileAndDialogStateTests
{
    private readonly ITableService tables = AzuriteBackend.FreshTables(azurite);

    protected override ITableService Tables => tables;
}
