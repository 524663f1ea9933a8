using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Tests.Fixtures;

namespace ServiceDesk.Infra.Tests.Records;

public sealed class SqliteTicketQueriesTests : TicketQueriesTests
{
    private readonly SqliteBackend backend = new();

    protected override ITableService Tables => backend.Service;

    protected override void DisposeBackend() => backend.Dispose();
}

public sealed class SqliteDeflectionLogTests : DeflectionLogTests
{
    private readonly SqliteBackend backend = new();

    protected override ITableService Tables => backend.Service;

    protected override void DisposeBackend() => backend.Dispose();
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteTicketQueriesTests(AzuriteFixture azurite) : TicketQueriesTests
{
    private readonly ITableService tables = AzuriteBackend.FreshTables(azurite);

    protected override ITableService Tables => tables;
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteDeflectionLogTests(AzuriteFixture azurite) : DeflectionLogTests
{
    private readonly ITableService tables = AzuriteBackend.FreshTables(azurite);

    protected override ITableService Tables => tables;
}
