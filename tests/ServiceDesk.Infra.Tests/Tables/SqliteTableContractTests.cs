using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Storage.Tables.Sqlite;

namespace ServiceDesk.Infra.Tests.Tables;

public sealed class SqliteTableContractTests : TableContractTests, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "sd-tables-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteTableService service;

    public SqliteTableContractTests() => service = new SqliteTableService(folder);

    protected override ITableService Service => service;

    public void Dispose()
    {
        service.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
