using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Tests.Conversation;

/// <summary>The ticket store port with its contract's rules: numbers allocated in order, updates only at the version read.</summary>
internal sealed class InMemoryTickets : ITicketStore
{
    private readonly Dictionary<TicketNumber, Ticket> _tickets = [];
    private readonly Dictionary<TicketNumber, List<TicketEvent>> _history = [];
    private long _incidents;

    public IReadOnlyCollection<Ticket> All => _tickets.Values;

    /// <summary>The outbox records written with creations.</summary>
    public List<OutboxDraft> Outbox { get; } = [];

    public Ticket Add(Ticket ticket)
    {
        _tickets[ticket.Number] = ticket;
        _history[ticket.Number] = [new TicketEvent(ticket.CreatedAt, ticket.Requester, TicketEventKind.Created, []) { Version = ticket.Version }];
        return ticket;
    }

    public Task<Ticket> CreateAsync(TicketDraft draft, OutboxFor? outbox, CancellationToken cancellationToken)
    {
        var number = new TicketNumber(draft.Kind, ++_incidents);
        var ticket = draft.Template with { Number = number, Version = 1, Status = TicketStatus.New };
        _tickets[number] = ticket;
        _history[number] = [draft.Created with { Version = 1 }];
        Outbox.AddRange(outbox?.Invoke(ticket) ?? []);
        return Task.FromResult(ticket);
    }

    public Task<Ticket?> GetAsync(TicketNumber number, CancellationToken cancellationToken) =>
        Task.FromResult(_tickets.GetValueOrDefault(number));

    public Task<TicketUpdateResult> UpdateAsync(Ticket changed, TicketEvent change, OutboxFor? outbox, CancellationToken cancellationToken)
    {
        if (!_tickets.TryGetValue(changed.Number, out var current))
        {
            return Task.FromResult(TicketUpdateResult.NotFound);
        }

        if (current.Version != changed.Version)
        {
            return Task.FromResult(TicketUpdateResult.Conflict(current));
        }

        var stored = changed with { Version = current.Version + 1 };
        _tickets[changed.Number] = stored;
        _history[changed.Number].Add(change with { Version = stored.Version });
        return Task.FromResult(TicketUpdateResult.Updated(stored));
    }

    public Task<TicketUpdateResult> AppendEventAsync(TicketNumber number, TicketEvent change, OutboxFor? outbox, CancellationToken cancellationToken) =>
        _tickets.TryGetValue(number, out var current)
            ? UpdateAsync(current, change, outbox, cancellationToken)
            : Task.FromResult(TicketUpdateResult.NotFound);

    public Task<IReadOnlyList<TicketEvent>> GetHistoryAsync(TicketNumber number, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TicketEvent>>(_history.TryGetValue(number, out var events) ? [.. events] : []);

    public Task<TicketPage> ListByRequesterAsync(string requesterId, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        Task.FromResult(new TicketPage([.. _tickets.Values.Where(t => t.Requester.Id == requesterId).OrderByDescending(t => t.CreatedAt).Take(pageSize)], null));

    public Task<TicketPage> ListByStatusAsync(TicketStatus status, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Not used by the employee flows.");

    public Task<IReadOnlyList<Ticket>> ListSlaDueAsync(DateTimeOffset before, int max, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Not used by the employee flows.");

    public Task<Ticket?> RecordCardAsync(TicketNumber number, TicketCardSlot slot, PostedCard card, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Not used by the employee flows.");

    public Task<TicketNumber?> FindByThreadAsync(string threadConversationId, CancellationToken cancellationToken) =>
        Task.FromResult<TicketNumber?>(null);
}
