using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>Each test gets fresh tables on the backend the concrete class names (SQLite, Azurite).</summary>
public abstract class RecordsTestBase : IDisposable
{
    private RecordsHarness? records;

    internal RecordsHarness Records => records ??= new RecordsHarness(Wrap(Tables), NumberBlockSize, Clock);

    protected abstract ITableService Tables { get; }

    protected virtual int NumberBlockSize => 20;

    /// <summary>The records' clock: the system's unless a test sets one.</summary>
    protected virtual TimeProvider? Clock => null;

    /// <summary>What the records see of the backend: the backend itself unless a test puts something between.</summary>
    protected virtual ITableService Wrap(ITableService tables) => tables;

    public void Dispose()
    {
        records?.Dispose();
        DisposeBackend();
        GC.SuppressFinalize(this);
    }

    protected virtual void DisposeBackend()
    {
    }
}
