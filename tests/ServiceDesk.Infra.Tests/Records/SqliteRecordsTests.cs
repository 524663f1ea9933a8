using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Storage.Tables.Sqlite;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>A fresh SQLite file per test.</summary>
internal sealed class SqliteBackend : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "sd-records-" + Guid.NewGuid().ToString("N"));

    public SqliteBackend() => Service = new SqliteTableService(folder);

    public SqliteTableService Service { get; }

    public void Dispose()
    {
        Service.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}

public sealed class SqliteTicketStoreTests : TicketStoreTests
{
    private readonly SqliteBackend backend = new();

    protected override ITableService Tables => backend.Service;

    protected override void DisposeBackend() => backend.Dispose();
}

public sealed class SqliteTicketConcurrencyTests : TicketConcurrencyTests
{
    private readonly SqliteBackend backend = new();

    protected override ITableService Tables => backend.Service;

    protected override void DisposeBackend() => backend.Dispose();
}

public sealed class SqliteTicketRecoveryTests : TicketRecoveryTests
{
    private readonly SqliteBackend backend = new();

    protected override ITableService Tables => backend.Service;

    protected override void DisposeBackend() => backend.Dispose();
}

public sealed class SqliteOutboxStoreTests : OutboxStoreTests
{
    private readonly SqliteBackend backend = new();

    protected override ITableService Tables => backend.Service;

    protected override void DisposeBackend() => backend.Dispose();
}

public sealed class SqliteProfileAndDialogStateTests : ProfileAndDialogStateTests
{
    private readonly SqliteBackend backend = new();

    protected override ITableService Tables => backend.Service;

    protected override void DisposeBackend() => backend.Dispose();
}

public sealed class SqliteOutboxMoveTests : OutboxMoveTests
{
    private readonly SqliteBackend backend = new();

    protected override ITableService Tables => backend.Service;

    protected override void DisposeBackend() => backend.Dispose();
}

public sealed class SqliteDeferredTicketWorkTests : DeferredTicketWorkTests
{
    private readonly SqliteBackend backend = new();

    protected override ITableService Tables => backend.Service;

    protected override void DisposeBackend() => backend.Dispose();
}
