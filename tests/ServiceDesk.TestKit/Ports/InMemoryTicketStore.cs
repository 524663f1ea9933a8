using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.TestKit.Ports;

/// <summary>
/// The ticket store's contract in memory (numbers allocated in order, versions, updates only at the version read,
/// history, outbox records written with the change), for flow and router tests. The real stores are covered by the
/// infra contract tests.
/// </summary>
internal sealed class InMemoryTicketStore : ITicketStore
{
    private readonly object _gate = new();
    private readonly Dictionary<TicketNumber, Ticket> _tickets = [];
    private readonly Dictionary<TicketNumber, List<TicketEvent>> _history = [];
    private long _next;

    public List<OutboxDraft> Outbox { get; } = [];

    /// <summary>Runs before an update is applied: lets a test change the ticket "at the same time".</summary>
    public Action<Ticket>? BeforeUpdate { get; set; }

    public IReadOnlyList<Ticket> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _tickets.Values];
            }
        }
    }

    public Task<Ticket> CreateAsync(TicketDraft draft, OutboxFor? outbox, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var number = new TicketNumber(draft.Kind, ++_next);
            var ticket = draft.Template with { Number = number, Version = 1 };
            _tickets[number] = ticket;
            _history[number] = [draft.Created with { Version = 1 }];
            Outbox.AddRange(outbox?.Invoke(ticket) ?? []);
            return Task.FromResult(ticket);
        }
    }

    public Task<Ticket?> GetAsync(TicketNumber number, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_tickets.GetValueOrDefault(number));
        }
    }

    /// <summary>Stores a ticket as created: its history holds its creation.</summary>
    public Ticket Add(Ticket ticket)
    {
        lock (_gate)
        {
            _tickets[ticket.Number] = ticket;
            _history[ticket.Number] = [new TicketEvent(ticket.CreatedAt, ticket.Requester, TicketEventKind.Created, []) { Version = ticket.Version }];
            return ticket;
        }
    }

    /// <summary>Stores a ticket as it is, with no history (a test's starting point).</summary>
    public void Put(Ticket ticket)
    {
        lock (_gate)
        {
            _tickets[ticket.Number] = ticket;
            _history.TryAdd(ticket.Number, []);
        }
    }

    public Task<TicketUpdateResult> UpdateAsync(Ticket changed, TicketEvent change, OutboxFor? outbox, CancellationToken cancellationToken)
    {
        BeforeUpdate?.Invoke(changed);
        lock (_gate)
        {
            if (!_tickets.TryGetValue(changed.Number, out var current))
            {
                return Task.FromResult(TicketUpdateResult.NotFound);
            }

            if (current.Version != changed.Version)
            {
                return Task.FromResult(TicketUpdateResult.Conflict(current));
            }

            var stored = changed with { Version = current.Version + 1, UpdatedAt = change.At };
            _tickets[stored.Number] = stored;
            _history[stored.Number].Add(change with { Version = stored.Version });
            Outbox.AddRange(outbox?.Invoke(stored) ?? []);
            return Task.FromResult(TicketUpdateResult.Updated(stored));
        }
    }

    public Task<TicketUpdateResult> AppendEventAsync(TicketNumber number, TicketEvent change, OutboxFor? outbox, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_tickets.TryGetValue(number, out var current))
            {
                return Task.FromResult(TicketUpdateResult.NotFound);
            }

            var stored = current with { Version = current.Version + 1, UpdatedAt = change.At };
            _tickets[number] = stored;
            _history[number].Add(change with { Version = stored.Version });
            Outbox.AddRange(outbox?.Invoke(stored) ?? []);
            return Task.FromResult(TicketUpdateResult.Updated(stored));
        }
    }

    public Task<IReadOnlyList<TicketEvent>> GetHistoryAsync(TicketNumber number, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<TicketEvent>>([.. _history.GetValueOrDefault(number) ?? []]);
        }
    }

    public Task<TicketPage> ListByRequesterAsync(string requesterId, int pageSize, string? continuation, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // Newest first, as the requester's index reads.
            return Task.FromResult(new TicketPage(
                [.. _tickets.Values.Where(t => t.Requester.Id == requesterId).OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Number.Sequence).Take(pageSize)], null));
        }
    }

    public Task<TicketPage> ListByStatusAsync(TicketStatus status, int pageSize, string? continuation, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(new TicketPage([.. _tickets.Values.Where(t => t.Status == status)], null));
        }
    }

    public Task<IReadOnlyList<Ticket>> ListSlaDueAsync(DateTimeOffset before, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Ticket>>([]);

    public Task<Ticket?> RecordCardAsync(TicketNumber number, TicketCardSlot slot, PostedCard card, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_tickets.TryGetValue(number, out var current))
            {
                return Task.FromResult<Ticket?>(null);
            }

            var cards = slot switch
            {
                TicketCardSlot.QueueThread => current.Cards with { QueueThread = card },
                TicketCardSlot.RequesterCard => current.Cards with { RequesterCard = card },
                _ => current.Cards with { ApprovalCard = card },
            };
            var recorded = current with { Cards = cards };
            _tickets[number] = recorded;
            return Task.FromResult<Ticket?>(recorded);
        }
    }

    public Task<TicketNumber?> FindByThreadAsync(string threadConversationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var found = _tickets.Values.FirstOrDefault(t => t.Cards.QueueThread?.ConversationId == threadConversationId);
            return Task.FromResult(found?.Number);
        }
    }
}
