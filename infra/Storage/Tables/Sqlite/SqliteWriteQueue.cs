using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace ServiceDesk.Infra.Storage.Tables.Sqlite;

/// <summary>
/// Group commit: writes from every caller queue up, and whoever holds the writer drains the queue into ONE
/// transaction, each write inside its own savepoint (a failed batch rolls back to its savepoint only, so batches
/// stay all-or-nothing). Callers are answered only after the commit, so an acknowledged write is as durable as
/// before; the commit (and its WAL append) is paid once per group instead of once per write.
/// </summary>
internal sealed class SqliteWriteQueue(Action? committed = null) : IDisposable
{
    private const int MaxGroup = 256;

    // The savepoint statements as cached commands of the writer's session: SqliteTransaction.Save and its kin build and
    // prepare a new command for each call, three per write.
    private const string Save = "SAVEPOINT w";
    private const string Release = "RELEASE w";
    private const string Undo = "ROLLBACK TO w";

    private readonly ConcurrentQueue<PendingWrite> pending = new();
    private readonly SemaphoreSlim writerLock = new(1, 1);

    /// <summary>
    /// Runs <paramref name="work"/> in the next group. <paramref name="keep"/> false undoes its writes (a batch
    /// that failed). A caller cancelled while waiting may still see its write applied, as with a remote store.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<SqliteSession> writer, Func<SqliteSession, T> work, Func<T, bool>? keep, CancellationToken cancellationToken)
    {
        var write = new PendingWrite<T>(work, keep);
        pending.Enqueue(write);
        while (!write.Task.IsCompleted)
        {
            await writerLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!write.Task.IsCompleted)
                {
                    Drain(writer());
                }
            }
            finally
            {
                writerLock.Release();
            }
        }

        return await write.Task.ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="work"/> while no group is written (the checkpointer's catch-up).</summary>
    public void Exclusive(Action work)
    {
        writerLock.Wait();
        try
        {
            work();
        }
        finally
        {
            writerLock.Release();
        }
    }

    public void Dispose() => writerLock.Dispose();

    private void Drain(SqliteSession session)
    {
        var group = new List<PendingWrite>();
        while (group.Count < MaxGroup && pending.TryDequeue(out var next))
        {
            group.Add(next);
        }

        if (group.Count == 0)
        {
            return;
        }

        try
        {
            using var transaction = session.Connection.BeginTransaction(deferred: false);
            session.Transaction = transaction;
            try
            {
                foreach (var write in group)
                {
                    write.Run(session);
                }

                transaction.Commit();
            }
            finally
            {
                session.Transaction = null;
            }
        }
        catch (Exception e)
        {
            // The group could not begin or commit (file busy, disk full): none of it happened. Every caller is
            // answered, so nobody waits for a write that left the queue.
            foreach (var write in group)
            {
                write.Fail(e);
            }

            return;
        }

        committed?.Invoke();
        foreach (var write in group)
        {
            write.Complete();
        }
    }

    private abstract class PendingWrite
    {
        public abstract void Run(SqliteSession session);

        public abstract void Complete();

        public abstract void Fail(Exception exception);
    }

    private sealed class PendingWrite<T>(Func<SqliteSession, T> work, Func<T, bool>? keep) : PendingWrite
    {
        private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? result;
        private Exception? error;

        public Task<T> Task => completion.Task;

        public override void Run(SqliteSession session)
        {
            session.Command(Save).ExecuteNonQuery();
            try
            {
                result = work(session);
                if (keep is not null && !keep(result))
                {
                    session.Command(Undo).ExecuteNonQuery();
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // This write's own error (no such table, ...): undo it alone and tell its caller after the commit.
                // If SQLite has already abandoned the whole transaction, the rollback throws and the group fails.
                error = e;
                session.Command(Undo).ExecuteNonQuery();
            }

            session.Command(Release).ExecuteNonQuery();
        }

        public override void Complete()
        {
            if (error is null)
            {
                completion.TrySetResult(result!);
            }
            else
            {
                completion.TrySetException(error);
            }
        }

        public override void Fail(Exception exception) => completion.TrySetException(exception);
    }
}
