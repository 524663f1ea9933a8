using ServiceDesk.Dialogs.Flows.Fulfilment;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Membership jobs on the table contract, the outbox's way (layout in <see cref="MembershipJobEntity"/>): the job
/// entity is the truth and every change after a claim is conditional on its ETag; a due hint is written before the
/// job it points to changes, so a crash between two writes leaves at worst a stale hint, never a lost job.
/// </summary>
internal sealed class TableMembershipJobStore(ITableService service, TimeProvider clock) : IMembershipJobStore
{
    /// <summary>A move's job write follows its hint within one storage call: one this late past its due time never will.</summary>
    private static readonly TimeSpan MoveLandsWithin = TimeSpan.FromMinutes(5);

    /// <summary>When a hint was written, on this store's clock: an orphan's age is judged on it.</summary>
    private const string WrittenProperty = "Written";

    private readonly CreatedTable store = new(service.GetTable("MembershipJobs"));

    private ITable Table => store.Table;

    public async Task<MembershipJobRecord> EnqueueAsync(MembershipJob job, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(job.Key);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var record = new MembershipJobRecord(job, MembershipJobStatus.Pending, clock.GetUtcNow(), dueAt, 0, null, null, TableEntity.AnyETag);
        await UpsertHintAsync(job.Key, dueAt, cancellationToken).ConfigureAwait(false);
        var added = await Table.AddAsync(MembershipJobEntity.From(record), cancellationToken).ConfigureAwait(false);
        if (added.IsOk)
        {
            return record with { ETag = added.Value! };
        }

        if (added.Status != TableStatus.Conflict)
        {
            throw TableResultExtensions.Unavailable(added, "membership job enqueue");
        }

        // The same key again (a second click of one approval): the first job stands.
        var existing = await GetAsync(job.Key, cancellationToken).ConfigureAwait(false)
            ?? throw new StorageUnavailableException("Membership job vanished after a conflicting add.");
        if (existing.Status != MembershipJobStatus.Pending || existing.DueAt != dueAt)
        {
            await DeleteHintAsync(MembershipJobEntity.DueRow(job.Key, dueAt), cancellationToken).ConfigureAwait(false);
        }

        return existing;
    }

    public async Task<MembershipJobRecord?> GetAsync(string key, CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var got = await Table.GetAsync(MembershipJobEntity.JobPartition, MembershipJobEntity.Row(key), cancellationToken).ConfigureAwait(false);
        return got.Status == TableStatus.NotFound ? null : MembershipJobEntity.To(got.OrThrow("membership job get"));
    }

    public async Task<IReadOnlyList<MembershipJobRecord>> ClaimDueAsync(
        string workerId, DateTimeOffset now, TimeSpan leaseFor, int max, CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var claimed = new List<MembershipJobRecord>();
        string? continuation = null;
        do
        {
            // Jobs leased by other workers stay at the head of the due order: page past them.
            var query = new TableQuery(MembershipJobEntity.DuePartition)
            {
                RowKeyTo = TicketKeys.Ticks(now.UtcTicks + 1),
                Take = Math.Min(TableQuery.MaxTake, Math.Max(max * 2, 16)),
                ContinuationToken = continuation,
            };
            var page = (await Table.QueryAsync(query, cancellationToken).ConfigureAwait(false)).OrThrow("membership jobs due");
            foreach (var hint in page.Entities.TakeWhile(_ => claimed.Count < max))
            {
                if (await TryClaimAsync(hint, workerId, now, leaseFor, cancellationToken).ConfigureAwait(false) is { } job)
                {
                    claimed.Add(job);
                }
            }

            continuation = page.ContinuationToken;
        }
        while (continuation is not null && claimed.Count < max);
        return claimed;
    }

    public async Task<bool> RescheduleAsync(
        MembershipJobRecord claimed, DateTimeOffset nextDue, bool attempt, string? error, CancellationToken cancellationToken)
    {
        var again = claimed with { DueAt = nextDue, Attempts = claimed.Attempts + (attempt ? 1 : 0), Lease = null, LastError = error ?? claimed.LastError };
        await UpsertHintAsync(claimed.Key, nextDue, cancellationToken).ConfigureAwait(false);
        var done = await ReplaceAsync(claimed, again, cancellationToken).ConfigureAwait(false);
        if (done && nextDue != claimed.DueAt)
        {
            await DeleteHintAsync(MembershipJobEntity.DueRow(claimed.Key, claimed.DueAt), cancellationToken).ConfigureAwait(false);
        }

        return done;
    }

    public async Task<bool> FinishAsync(MembershipJobRecord claimed, MembershipJobStatus status, string? error, CancellationToken cancellationToken)
    {
        if (status == MembershipJobStatus.Pending)
        {
            throw new ArgumentOutOfRangeException(nameof(status), "A job ends Done, Cancelled or Parked.");
        }

        var done = await ReplaceAsync(claimed, claimed with { Status = status, Lease = null, LastError = error }, cancellationToken).ConfigureAwait(false);
        if (done)
        {
            await DeleteHintAsync(MembershipJobEntity.DueRow(claimed.Key, claimed.DueAt), cancellationToken).ConfigureAwait(false);
        }

        return done;
    }

    private async Task<MembershipJobRecord?> TryClaimAsync(
        TableEntity hint, string workerId, DateTimeOffset now, TimeSpan leaseFor, CancellationToken cancellationToken)
    {
        var bar = hint.RowKey.IndexOf('|', StringComparison.Ordinal);
        var key = bar < 0 ? null : TableKey.Decode(hint.RowKey[(bar + 1)..]);
        var job = key is null ? null : await GetAsync(key, cancellationToken).ConfigureAwait(false);
        if (job is null)
        {
            // Hints are written before their job: only an old orphan is removed, a young one may be mid-enqueue. Its age
            // is read on the clock the claim's now comes from (the one that stamped it), never the storage server's: the
            // two can disagree by more than the margin. A hint stamped by no clock counts from its due time.
            var written = hint.GetDateTimeOffset(WrittenProperty) ?? OutboxKeys.DueOf(hint.RowKey);
            if (now - written > MoveLandsWithin)
            {
                await DeleteHintAsync(hint.RowKey, cancellationToken).ConfigureAwait(false);
            }

            return null;
        }

        if (MembershipJobEntity.DueRow(job.Key, job.DueAt) != hint.RowKey)
        {
            if (LeftBehind(hint.RowKey, job, now))
            {
                await DeleteHintAsync(hint.RowKey, cancellationToken).ConfigureAwait(false);
            }

            return null;
        }

        if (job.Status != MembershipJobStatus.Pending)
        {
            await DeleteHintAsync(hint.RowKey, cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (job.Lease is { } lease && lease.ExpiresAt > now)
        {
            return null;
        }

        var leased = job with { Lease = new MembershipJobLease(workerId, now + leaseFor) };
        var updated = await Table.UpdateAsync(MembershipJobEntity.From(leased), job.ETag, cancellationToken).ConfigureAwait(false);
        return updated.IsOk ? leased with { ETag = updated.Value! }
            : updated.Status is TableStatus.PreconditionFailed or TableStatus.NotFound ? null
            : throw TableResultExtensions.Unavailable(updated, "membership job claim");
    }

    /// <summary>
    /// Whether a hint that does not match its job can go. A reschedule writes the hint of its later due time before the
    /// job: a hint ahead of a pending job may be that move with its job write on its way (removing it would leave the
    /// job Pending with nothing pointing at it, never claimed again), so it stays until it is
    /// <see cref="MoveLandsWithin"/> past due. A hint at or before the job's due time, or of a finished job, was left
    /// behind.
    /// </summary>
    private static bool LeftBehind(string hintRow, MembershipJobRecord job, DateTimeOffset now)
    {
        var due = OutboxKeys.DueOf(hintRow);
        return job.Status != MembershipJobStatus.Pending || due <= job.DueAt || now - due > MoveLandsWithin;
    }

    private async Task<bool> ReplaceAsync(MembershipJobRecord read, MembershipJobRecord next, CancellationToken cancellationToken)
    {
        var updated = await Table.UpdateAsync(MembershipJobEntity.From(next), read.ETag, cancellationToken).ConfigureAwait(false);
        return updated.Status switch
        {
            TableStatus.Ok => true,
            TableStatus.PreconditionFailed or TableStatus.NotFound => false,
            _ => throw TableResultExtensions.Unavailable(updated, "membership job update"),
        };
    }

    private async Task UpsertHintAsync(string key, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        (await Table.UpsertAsync(
            new TableEntity(MembershipJobEntity.DuePartition, MembershipJobEntity.DueRow(key, dueAt)) { [WrittenProperty] = clock.GetUtcNow() },
            cancellationToken).ConfigureAwait(false)).OrThrow("membership job hint");

    private async Task DeleteHintAsync(string row, CancellationToken cancellationToken) =>
        (await Table.DeleteAsync(MembershipJobEntity.DuePartition, row, TableEntity.AnyETag, cancellationToken).ConfigureAwait(false))
            .DeletedOrGone("membership job hint");
}
