using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Ports;

/// <summary>
/// Builds the outbox records that belong to a change, from the ticket as it will be stored (number and version known),
/// so they are written together with the change and keyed by it.
/// </summary>
public delegate IReadOnlyList<OutboxDraft> OutboxFor(Ticket stored);

/// <summary>Tickets, their history and the look-ups the product makes; none of them scans a table.</summary>
public interface ITicketStore
{
    /// <summary>
    /// Allocates the number and stores the ticket, its first history event, its index entries and its outbox
    /// records; as observed by readers, all of it exists or none of it.
    /// </summary>
    Task<Ticket> CreateAsync(TicketDraft draft, OutboxFor? outbox, CancellationToken cancellationToken);

    Task<Ticket?> GetAsync(TicketNumber number, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="changed"/> if the stored ticket is still at <paramref name="changed"/>.Version (the version
    /// read), as that version + 1, with <paramref name="change"/> appended to the history.
    /// </summary>
    Task<TicketUpdateResult> UpdateAsync(Ticket changed, TicketEvent change, OutboxFor? outbox, CancellationToken cancellationToken);

    /// <summary>
    /// Appends an event that changes no field (a comment, a note): retried from fresh reads until it lands, so
    /// comments never conflict; the version still increments, so cards showing the ticket refresh.
    /// </summary>
    Task<TicketUpdateResult> AppendEventAsync(TicketNumber number, TicketEvent change, OutboxFor? outbox, CancellationToken cancellationToken);

    /// <summary>The history in order, oldest first.</summary>
    Task<IReadOnlyList<TicketEvent>> GetHistoryAsync(TicketNumber number, CancellationToken cancellationToken);

    /// <summary>An employee's tickets, newest first.</summary>
    Task<TicketPage> ListByRequesterAsync(string requesterId, int pageSize, string? continuation, CancellationToken cancellationToken);

    /// <summary>An agent queue: the tickets in one status, highest priority first, then oldest first.</summary>
    Task<TicketPage> ListByStatusAsync(TicketStatus status, int pageSize, string? continuation, CancellationToken cancellationToken);

    /// <summary>
    /// Records where a card of the ticket was posted (the outbox worker's activity id), WITHOUT a new version or a
    /// history event: it is bookkeeping, not a change, so cards showing the ticket stay current. Retried from fresh
    /// reads until it lands. A queue thread is also indexed for <see cref="FindByThreadAsync"/>. Null when the ticket does not exist.
    /// </summary>
    Task<Ticket?> RecordCardAsync(TicketNumber number, TicketCardSlot slot, PostedCard card, CancellationToken cancellationToken);

    /// <summary>The ticket whose queue card is the root of the channel thread <paramref name="threadConversationId"/> (<c>19:…;messageid=…</c>).</summary>
    Task<TicketNumber?> FindByThreadAsync(string threadConversationId, CancellationToken cancellationToken);

    /// <summary>Tickets whose <see cref="SlaState.NextCheckAt"/> is at or before <paramref name="before"/>, earliest first.</summary>
    Task<IReadOnlyList<Ticket>> ListSlaDueAsync(DateTimeOffset before, int max, CancellationToken cancellationToken);
}
