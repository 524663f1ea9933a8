using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ServiceDesk.Infra.Storage.Tables.Sqlite;

/// <summary>
/// Copies the write-ahead log back into the database file on its own connection, mostly off the write path. SQLite's
/// automatic checkpoint runs inside the commit that crosses its threshold, on the single writer: every write queued
/// behind that commit waited for the copy of the whole log and its two fsyncs (with <c>synchronous=NORMAL</c> the only
/// syncs there are). Here a passive checkpoint, which needs no writer lock, copies and syncs while commits go on; it
/// starts after a commit when none runs and the interval has passed. Once the log holds <see cref="RestartFrames"/>,
/// a second checkpoint runs while the writer is held (<c>exclusive</c>): it copies only the frames appended during the
/// first, and with every frame copied the next write starts the log again from its beginning (a passive checkpoint
/// racing a steady writer never catches up, and the log would grow without end). A checkpoint that fails (file busy,
/// failing disk) is logged, at Warning the first time only: the writer's own automatic checkpoint is the fallback and the
/// writes report their own errors, so a failing disk must not add a warning every 100 ms.
/// </summary>
internal sealed partial class SqliteCheckpointer(
    Func<SqliteConnection> open, Action<Action> exclusive, TimeSpan? interval = null, TimeProvider? clock = null, ILogger? logger = null)
    : IDisposable
{
    /// <summary>The least time between two checkpoints.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>The log size (frames, one per page written) from which it is started again: SQLite's default threshold.</summary>
    public const int RestartFrames = 1_000;

    private const long Never = long.MinValue;

    private readonly long intervalTicks = (long)((interval ?? DefaultInterval).TotalSeconds * (clock ?? TimeProvider.System).TimestampFrequency);
    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private readonly ILogger logger = logger ?? NullLogger.Instance;
    private readonly Lock gate = new();
    private SqliteConnection? connection;
    private long lastStarted = Never;
    private int running;
    private int failures;
    private bool disposed;

    /// <summary>After a commit: starts a checkpoint on its own thread unless one runs or the last is too recent.</summary>
    public void Committed()
    {
        var now = clock.GetTimestamp();
        var last = Volatile.Read(ref lastStarted);
        if ((last != Never && now - last < intervalTicks) || Interlocked.CompareExchange(ref running, 1, 0) != 0)
        {
            return;
        }

        Volatile.Write(ref lastStarted, now);
        // A thread of its own, not a thread-pool item: the writes run their groups synchronously on pool threads, and
        // under a steady writer on two cores a queued item waited until the pool grew (measured: two checkpoints in a
        // whole run, the log at the writer's 10,000-page fallback). At most one per interval: the thread costs little.
        _ = Task.Factory.StartNew(
            static self => ((SqliteCheckpointer)self!).Run(), this, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Waits for a running checkpoint, then closes the connection (the writer may close after this).</summary>
    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            connection?.Dispose();
            connection = null;
        }
    }

    private void Run()
    {
        try
        {
            lock (gate)
            {
                if (disposed)
                {
                    return;
                }

                connection ??= open();
                if (Checkpoint(connection) >= RestartFrames)
                {
                    exclusive(() => Checkpoint(connection));
                }
            }
        }
        catch (SqliteException e)
        {
            if (Interlocked.Increment(ref failures) == 1)
            {
                LogFirstFailure(e);
            }
            else
            {
                LogFailure(e);
            }
        }
        finally
        {
            Volatile.Write(ref running, 0);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A checkpoint of the SQLite log failed; the writer's own checkpoint is the fallback (later failures are logged at Debug)")]
    private partial void LogFirstFailure(Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A checkpoint of the SQLite log failed again")]
    private partial void LogFailure(Exception exception);

    /// <returns>The frames in the log (all of them copied unless another checkpoint was running).</returns>
    private static long Checkpoint(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        using var reader = command.ExecuteReader();
        return reader.Read() ? reader.GetInt64(1) : 0;
    }
}
