using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Infra.Storage.Tables.Sqlite;

/// <summary>
/// One SQLite file shared by all tables. Writes go through one connection, group-committed: SQLite admits one
/// writer at a time anyway, and queuing in process is far cheaper than SQLite's busy-wait between connections.
/// Reads use a pool of open connections, which WAL lets run alongside the writer.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    private const int MaxIdleReaders = 8;

    private readonly string connectionString;
    /// <summary>
    /// The log size (pages) at which the writer checkpoints on its own after all: only if <see cref="SqliteCheckpointer"/>
    /// falls that far behind (SQLite's default is 1,000 pages, checkpointed on the writer's commit path).
    /// </summary>
    private const int WriterCheckpointPages = 10 * SqliteCheckpointer.RestartFrames;

    private readonly SqliteWriteQueue writes;
    private readonly SqliteCheckpointer checkpoints;
    // A queue, not a ConcurrentBag: the idle count is read on every read, and a bag's Count freezes the whole bag
    // (takes every thread's lock), a few per cent of a turn's CPU under load. The count is kept beside it.
    private readonly ConcurrentQueue<SqliteSession> readers = new();
    private int idleReaders;
    private readonly Lazy<SqliteSession> writer;

    public SqliteDatabase(string filePath, TimeProvider? clock = null, ILogger? logger = null)
    {
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = filePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            // We keep our own sessions open; the driver's pool would only keep files open after disposal.
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
        writer = new Lazy<SqliteSession>(OpenWriter, LazyThreadSafetyMode.ExecutionAndPublication);
        writes = new SqliteWriteQueue(() => checkpoints!.Committed());
        checkpoints = new SqliteCheckpointer(OpenConnection, writes.Exclusive, clock: clock, logger: logger);
    }

    /// <summary>Runs <paramref name="work"/> on the writer, group-committed with concurrent writes (see <see cref="SqliteWriteQueue"/>).</summary>
    public Task<T> WriteAsync<T>(Func<SqliteSession, T> work, CancellationToken cancellationToken, Func<T, bool>? keep = null) =>
        writes.WriteAsync(() => writer.Value, work, keep, cancellationToken);

    public T Read<T>(Func<SqliteSession, T> work)
    {
        SqliteSession session;
        if (readers.TryDequeue(out var idle))
        {
            Interlocked.Decrement(ref idleReaders);
            session = idle;
        }
        else
        {
            session = Open();
        }

        try
        {
            return work(session);
        }
        finally
        {
            if (Interlocked.Increment(ref idleReaders) <= MaxIdleReaders)
            {
                readers.Enqueue(session);
            }
            else
            {
                Interlocked.Decrement(ref idleReaders);
                session.Dispose();
            }
        }
    }

    public void Dispose()
    {
        checkpoints.Dispose();
        if (writer.IsValueCreated)
        {
            writer.Value.Dispose();
        }

        while (readers.TryDequeue(out var session))
        {
            session.Dispose();
        }

        writes.Dispose();
    }

    private SqliteSession OpenWriter()
    {
        var session = Open();
        using var pragma = session.Connection.CreateCommand();
        pragma.CommandText = $"PRAGMA wal_autocheckpoint={WriterCheckpointPages}";
        pragma.ExecuteNonQuery();
        return session;
    }

    private SqliteSession Open() => new(OpenConnection());

    private SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        // WAL: readers never block the writer. synchronous=NORMAL in WAL mode syncs at checkpoints, not at every
        // commit: a committed transaction survives the process being killed (the WAL is in the OS page cache);
        // only a power loss or OS crash can lose the last commits, never corrupt the file.
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=OFF;";
        pragma.ExecuteNonQuery();
        return connection;
    }
}
