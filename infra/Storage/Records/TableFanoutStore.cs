using ServiceDesk.Dialogs.Announcements.Fanout;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// The fan-out in table <c>Fanout</c>. Partition <c>jobs</c>: one row per announcement (version, cursor, done, lease),
/// a few a month, so "open jobs" reads that partition. Partition <c>d|{id}</c>: a row per recipient (<c>u|{user}</c>,
/// in the listing's key order, so a page of recipients is one range read) and counters (see the Recipients part).
/// Every write of a job is conditional on the ETag read.
/// </summary>
internal sealed partial class TableFanoutStore(ITableService service) : IFanoutStore
{
    private const string JobsPartition = "jobs";
    private const int MaxAttempts = 50;

    private readonly CreatedTable store = new(service.GetTable("Fanout"));

    public async Task<bool> StartAsync(string announcementId, int version, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(announcementId);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await GetJobAsync(announcementId, cancellationToken).ConfigureAwait(false);
            if (stored is not null && stored.Version >= version)
            {
                return false;
            }

            // A newer version starts from the first recipient again, at once if the job was resting; a worker's lease stays.
            var job = new FanoutJob(announcementId, version, null, false, stored is { Resting: false } ? stored.Lease : null, string.Empty);
            var written = stored is null
                ? await store.Table.AddAsync(JobEntity(job), cancellationToken).ConfigureAwait(false)
                : await store.Table.UpdateAsync(JobEntity(job), stored.ETag, cancellationToken).ConfigureAwait(false);
            if (written.IsOk)
            {
                return true;
            }

            if (written.Status is not (TableStatus.Conflict or TableStatus.PreconditionFailed) || attempt == MaxAttempts)
            {
                throw TableResultExtensions.Unavailable(written, "fan-out start");
            }
        }
    }

    public async Task<FanoutJob?> GetJobAsync(string announcementId, CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await store.Table.GetAsync(JobsPartition, TableKey.Encode(announcementId), cancellationToken).ConfigureAwait(false);
        return row.Status == TableStatus.NotFound ? null : Job(row.OrThrow("fan-out job"));
    }

    public async Task<IReadOnlyList<FanoutJob>> ListOpenAsync(CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var rows = await ReadAllAsync(new TableQuery(JobsPartition), cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(Job).Where(j => !j.Done)];
    }

    public async Task<FanoutJob?> ClaimAsync(FanoutJob job, string owner, DateTimeOffset now, TimeSpan leaseFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.Lease is { } lease && lease.Owner != owner && lease.ExpiresAt > now)
        {
            return null;
        }

        return await WriteAsync(job with { Lease = new OutboxLease(owner, now + leaseFor) }, job.ETag, cancellationToken).ConfigureAwait(false);
    }

    public Task<FanoutJob?> AdvanceAsync(FanoutJob claimed, string? cursor, bool done, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        var lease = claimed.Lease is { } held ? held with { ExpiresAt = leaseUntil } : null;
        return WriteAsync(claimed with { Cursor = cursor, Done = done, Lease = done ? null : lease }, claimed.ETag, cancellationToken);
    }

    public Task<FanoutJob?> RestAsync(FanoutJob claimed, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        return WriteAsync(claimed with { Cursor = null, Done = false, Lease = new OutboxLease(FanoutJob.RestingOwner, until) }, claimed.ETag, cancellationToken);
    }

    private async Task<FanoutJob?> WriteAsync(FanoutJob job, string etag, CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var written = await store.Table.UpdateAsync(JobEntity(job), etag, cancellationToken).ConfigureAwait(false);
        if (written.Status is TableStatus.PreconditionFailed or TableStatus.NotFound)
        {
            return null;
        }

        return job with { ETag = written.OrThrow("fan-out job write") };
    }

    private static TableEntity JobEntity(FanoutJob job)
    {
        var entity = new TableEntity(JobsPartition, TableKey.Encode(job.AnnouncementId))
        {
            ["AnnouncementId"] = job.AnnouncementId,
            ["Version"] = job.Version,
            ["Done"] = job.Done,
        };
        if (job.Cursor is not null)
        {
            entity["Cursor"] = job.Cursor;
        }

        if (job.Lease is { } lease)
        {
            entity["LeaseOwner"] = lease.Owner;
            entity["LeaseUntil"] = lease.ExpiresAt;
        }

        return entity;
    }

    private static FanoutJob Job(TableEntity entity) => new(
        entity.GetString("AnnouncementId") ?? TableKey.Decode(entity.RowKey) ?? entity.RowKey,
        entity.GetInt32("Version") ?? 0,
        entity.GetString("Cursor"),
        entity.GetBoolean("Done") ?? false,
        entity.GetString("LeaseOwner") is { } owner && entity.GetDateTimeOffset("LeaseUntil") is { } until ? new OutboxLease(owner, until) : null,
        entity.ETag!);

    private Task<List<TableEntity>> ReadAllAsync(TableQuery query, CancellationToken cancellationToken) =>
        store.ReadAllAsync(query, "fan-out query", cancellationToken);
}
