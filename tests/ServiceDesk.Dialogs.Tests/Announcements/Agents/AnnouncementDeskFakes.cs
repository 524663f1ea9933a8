using System.Collections.Concurrent;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Tests.Announcements.Agents;

/// <summary>Announcements in memory, updates conditional on the version read (as the table store).</summary>
internal sealed class InMemoryAnnouncementStore : IAnnouncementStore
{
    private readonly ConcurrentDictionary<string, Announcement> rows = new(StringComparer.Ordinal);
    private int next;

    public Announcement Put(Announcement announcement) => rows[announcement.Id] = announcement;

    public Task<Announcement> CreateAsync(AnnouncementContent content, TicketPerson author, DateTimeOffset at, CancellationToken cancellationToken) =>
        Task.FromResult(Put(Announcement.NewDraft($"MAJ-{Interlocked.Increment(ref next):000000}", content, author, at)));

    public Task<Announcement?> GetAsync(string id, CancellationToken cancellationToken) => Task.FromResult(rows.GetValueOrDefault(id));

    public Task<AnnouncementSave> UpdateAsync(Announcement changed, int expectedVersion, CancellationToken cancellationToken)
    {
        lock (rows)
        {
            if (!rows.TryGetValue(changed.Id, out var stored))
            {
                return Task.FromResult(new AnnouncementSave(AnnouncementSaveStatus.NotFound, null));
            }

            if (stored.Version != expectedVersion)
            {
                return Task.FromResult(new AnnouncementSave(AnnouncementSaveStatus.Stale, stored));
            }

            return Task.FromResult(new AnnouncementSave(AnnouncementSaveStatus.Saved, Put(changed)));
        }
    }

    public Task<IReadOnlyList<Announcement>> ListActiveAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Announcement>>([.. rows.Values.Where(a => a.IsActive).OrderBy(a => a.PublishedAt)]);

    public Task<AnnouncementReaction> ReactAsync(string id, AnnouncementReactionKind kind, TicketPerson employee, DateTimeOffset at, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<AnnouncementReactor>> ListReactorsAsync(string id, AnnouncementReactionKind kind, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}

/// <summary>An outbox that keeps the first draft of each key, as the real one does.</summary>
internal sealed class KeyedOutbox : IOutboxStore
{
    private readonly ConcurrentDictionary<string, OutboxRecord> records = new(StringComparer.Ordinal);

    public IReadOnlyList<OutboxDraft> Drafts => [.. records.Values.OrderBy(r => r.CreatedAt).ThenBy(r => r.IdempotencyKey, StringComparer.Ordinal).Select(r => r.Draft)];

    public Task<OutboxRecord> EnqueueAsync(OutboxDraft draft, CancellationToken cancellationToken) =>
        Task.FromResult(records.GetOrAdd(draft.IdempotencyKey, _ => new OutboxRecord(draft, OutboxStatus.Pending, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, 0, null, null, null, null, "e")));

    public Task<OutboxRecord?> GetAsync(string idempotencyKey, CancellationToken cancellationToken) => Task.FromResult(records.GetValueOrDefault(idempotencyKey));

    public Task<IReadOnlyList<OutboxRecord>> ClaimDueAsync(string workerId, DateTimeOffset now, TimeSpan leaseFor, int max, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<OutboxWriteOutcome> CompleteAsync(OutboxRecord claimed, string? activityId, string? conversationId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<OutboxWriteOutcome> RescheduleAsync(OutboxRecord claimed, DateTimeOffset nextDue, string error, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<OutboxWriteOutcome> ReleaseAsync(OutboxRecord claimed, DateTimeOffset dueAt, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<OutboxWriteOutcome> ParkAsync(OutboxRecord claimed, OutboxStatus status, string error, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<OutboxRecord>> ListFailedAsync(int max, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<OutboxWriteOutcome> RetryAsync(string idempotencyKey, DateTimeOffset now, CancellationToken cancellationToken) => throw new NotSupportedException();
}
