using System.Collections.Concurrent;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Employees;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.TestKit.Ports;

/// <summary>
/// The announcement store's contract in memory (the infra contract tests check the real one): updates conditional on the
/// version read, reactions once per employee and counted from them, major incident links once per ticket.
/// </summary>
internal sealed class InMemoryAnnouncements : IAnnouncementStore, IMajorIncidentLinkStore
{
    private readonly ConcurrentDictionary<(string Id, TicketNumber Ticket), MajorIncidentLink> _links = new();
    private readonly ConcurrentDictionary<string, Announcement> _all = new();
    private readonly ConcurrentDictionary<(string Id, AnnouncementReactionKind Kind, string User), AnnouncementReactor> _reactions = new();
    private int _next;

    /// <summary>Stores an announcement as it is (its counts come from the reactions recorded here).</summary>
    public Announcement Put(Announcement announcement) => WithCounts(_all[announcement.Id] = announcement with { Counts = AnnouncementCounts.None });

    public Task<Announcement> CreateAsync(AnnouncementContent content, TicketPerson author, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var created = Announcement.NewDraft($"MAJ-{Interlocked.Increment(ref _next):000000}", content, author, at);
        Put(created);
        return Task.FromResult(created);
    }

    public Task<Announcement?> GetAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(_all.TryGetValue(id, out var a) ? WithCounts(a) : null);

    public Task<AnnouncementSave> UpdateAsync(Announcement changed, int expectedVersion, CancellationToken cancellationToken)
    {
        lock (_all)
        {
            if (!_all.TryGetValue(changed.Id, out var stored))
            {
                return Task.FromResult(new AnnouncementSave(AnnouncementSaveStatus.NotFound, null));
            }

            if (stored.Version != expectedVersion)
            {
                return Task.FromResult(new AnnouncementSave(AnnouncementSaveStatus.Stale, WithCounts(stored)));
            }

            return Task.FromResult(new AnnouncementSave(AnnouncementSaveStatus.Saved, Put(changed)));
        }
    }

    public Task<IReadOnlyList<Announcement>> ListActiveAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Announcement>>([.. _all.Values.Where(a => a.IsActive).OrderBy(a => a.PublishedAt).Select(WithCounts)]);

    public Task<AnnouncementReaction> ReactAsync(string id, AnnouncementReactionKind kind, TicketPerson employee, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var recorded = _reactions.TryAdd((id, kind, employee.Id), new AnnouncementReactor(employee, at));
        return Task.FromResult(new AnnouncementReaction(recorded, Counts(id)));
    }

    public Task<IReadOnlyList<AnnouncementReactor>> ListReactorsAsync(string id, AnnouncementReactionKind kind, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AnnouncementReactor>>([.. _reactions.Where(r => r.Key.Id == id && r.Key.Kind == kind).Select(r => r.Value).OrderBy(r => r.At)]);

    public Task<bool> AddLinkAsync(string announcementId, MajorIncidentLink link, CancellationToken cancellationToken) =>
        Task.FromResult(_links.TryAdd((announcementId, link.Ticket), link));

    public Task<IReadOnlyList<MajorIncidentLink>> ListLinksAsync(string announcementId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MajorIncidentLink>>([.. _links.Where(l => l.Key.Id == announcementId).Select(l => l.Value).OrderBy(l => l.At)]);

    private Announcement WithCounts(Announcement a) => a with { Counts = Counts(a.Id) };

    private AnnouncementCounts Counts(string id) => new(
        _reactions.Keys.Count(k => k.Id == id && k.Kind == AnnouncementReactionKind.Affected),
        _reactions.Keys.Count(k => k.Id == id && k.Kind == AnnouncementReactionKind.Acknowledged));
}
