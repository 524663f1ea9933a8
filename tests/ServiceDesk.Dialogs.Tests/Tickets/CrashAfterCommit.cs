using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Tests.Tickets;

/// <summary>
/// A ticket store whose next creation commits and then "crashes" the turn: the ticket exists, the exception stops the
/// turn before the dialog's own save, as a process dying at that moment would.
/// </summary>
internal sealed class CrashAfterCommit(ITicketStore inner) : ITicketStore
{
    public bool Armed { get; set; } = true;

    public async Task<Ticket> CreateAsync(TicketDraft draft, OutboxFor? outbox, CancellationToken cancellationToken)
    {
        var created = await inner.CreateAsync(draft, outbox, cancellationToken);
        if (Armed)
        {
            Armed = false;
            throw new IOException("The process died after the ticket's commit.");
        }

        return created;
    }

    public Task<Ticket?> GetAsync(TicketNumber number, CancellationToken cancellationToken) => inner.GetAsync(number, cancellationToken);

    public Task<TicketUpdateResult> UpdateAsync(Ticket changed, TicketEvent change, OutboxFor? outbox, CancellationToken cancellationToken) =>
        inner.UpdateAsync(changed, change, outbox, cancellationToken);

    public Task<TicketUpdateResult> AppendEventAsync(TicketNumber number, TicketEvent change, OutboxFor? outbox, CancellationToken cancellationToken) =>
        inner.AppendEventAsync(number, change, outbox, cancellationToken);

    public Task<IReadOnlyList<TicketEvent>> GetHistoryAsync(TicketNumber number, CancellationToken cancellationToken) =>
        inner.GetHistoryAsync(number, cancellationToken);

    public Task<TicketPage> ListByRequesterAsync(string requesterId, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        inner.ListByRequesterAsync(requesterId, pageSize, continuation, cancellationToken);

    public Task<TicketPage> ListByStatusAsync(TicketStatus status, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        inner.ListByStatusAsync(status, pageSize, continuation, cancellationToken);

    public Task<Ticket?> RecordCardAsync(TicketNumber number, TicketCardSlot slot, PostedCard card, CancellationToken cancellationToken) =>
        inner.RecordCardAsync(number, slot, card, cancellationToken);

    public Task<TicketNumber?> FindByThreadAsync(string threadConversationId, CancellationToken cancellationToken) =>
        inner.FindByThreadAsync(threadConversationId, cancellationToken);

    public Task<IReadOnlyList<Ticket>> ListSlaDueAsync(DateTimeOffset before, int max, CancellationToken cancellationToken) =>
        inner.ListSlaDueAsync(before, max, cancellationToken);
}
