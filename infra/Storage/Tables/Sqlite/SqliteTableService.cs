using Microsoft.Extensions.Logging;

namespace ServiceDesk.Infra.Storage.Tables.Sqlite;

/// <summary>Tables in one SQLite file under the data folder (created if missing).</summary>
internal sealed class SqliteTableService : ITableService, IDisposable
{
    public const string FileName = "servicedesk.db";

    private readonly SqliteDatabase database;
    private readonly string prefix;

    /// <param name="clock">Paces the checkpoints (<see cref="SqliteCheckpointer"/>); the system's when null.</param>
    /// <param name="logger">Where a failed checkpoint is told; nowhere when null.</param>
    public SqliteTableService(string dataFolder, string? tablePrefix = null, TimeProvider? clock = null, ILogger? logger = null)
    {
        Directory.CreateDirectory(dataFolder);
        FilePath = Path.Combine(dataFolder, FileName);
        database = new SqliteDatabase(FilePath, clock, logger);
        prefix = tablePrefix ?? "";
    }

    public string FilePath { get; }

    public ITable GetTable(string name)
    {
        var physical = prefix + name;
        OperationValidation.EnsureTableName(physical);
        return new SqliteTable(database, physical);
    }

    public void Dispose() => database.Dispose();
}
