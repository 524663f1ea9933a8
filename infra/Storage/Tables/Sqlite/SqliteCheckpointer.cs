using Microsoft.Data.Sqlite;

namespace ServiceDesk.Infra.Storage.Tables.Sqlite;

/// <summary>
/// Copies the write-ahead log back into the database file on its own connection, mostly off the write path. SQLite's
/// automatic checkpoint runs inside the commit that crosses its threshold, on the single writer: every write queued
/// behind that commit waited for the copy of the whole log and its two fsyncs (with <c>synchronous=NORMAL</c> the only
/// syncs there are). Here a passive checkpoint, which needs no writer lock, copies and syncs while commits go on; it
/// starts after a commit when none runs and the interval has passed. Once the log holds <see cref="RestartFrames"/>,
/// a second checkpoint runs while the writer is held (<c>exclusive</c>): it copies only the frames appended during the
/// first, and with every frame copied the next write starts the log again from its beginning (a passive checkpoint
/// racing a steady writer never catches up, and the log would grow without end).
/// </summary>
internal sealed class SqliteCheckpointer(Func<SqliteConnection> open, Action<Action> exclusive, TimeSpan? interval = null) : IDisposable
{
    /// <summary>The least time between two checkpoints.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>The log size (frames, one per page written) from which it is started again: SQLite's default threshold.</summary>
    public const int RestartFrames = 1_000;

    private readonly long intervalMs = (long)(interval ?? DefaultInterval).TotalMilliseconds;
    private readonly Lock gate = new();
    private SqliteConnection? connection;
    private long lastStarted;
    private int running;
    private bool disposed;

    /// <summary>After a commit: starts a checkpoint on the thread pool unless one runs or the last is too recent.</summary>
    public void Committed()
    {
        var now = Environment.TickCount64;
        if (now - Volatile.Read(ref lastStarted) < intervalMs || Interlocked.CompareExchange(ref running, 1, 0) != 0)
        {
            return;
        }

        Volatile.Write(ref lastStarted, now);
        ThreadPool.UnsafeQueueUserWorkItem(static self => self.Run(), this, preferLocal: false);
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
        catch (SqliteException)
        {
            // Busy or failing disk: the writer's own automatic checkpoint is the fallback; the writes report their errors.
        }
        finally
        {
            Volatile.Write(ref running, 0);
        }
    }

    /// <returns>The frames in the log (all of them copied unless another checkpoint was running).</returns>
    private static long Checkpoint(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        using var reader = command.ExecuteReader();
        return reader.Read() ? reader.GetInt64(1) : 0;
    }
}
