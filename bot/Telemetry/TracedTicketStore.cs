using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Bot.Telemetry;

/// <summary>
/// The ticket store with a span per call (the "stores" part of a turn's trace) and the SLA events counted as they
/// are written: the SLA monitor records at-risk and breached as history events, so this is where they pass.
/// </summary>
internal sealed class TracedTicketStore(ITicketStore inner, ServiceDeskMetrics metrics) : ITicketStore
{
    public async Task<Ticket> CreateAsync(TicketDraft draft, OutboxFor? outbox, CancellationToken cancellationToken)
    {
        using var span = ServiceDeskTelemetry.Start("tickets.create");
        return await inner.CreateAsync(draft, outbox, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Ticket?> GetAsync(TicketNumber number, CancellationToken cancellationToken)
    {
        using var span = ServiceDeskTelemetry.Start("tickets.get");
        return await inner.GetAsync(number, cancellationToken).ConfigureAwait(false);
    }

    public async Task<TicketUpdateResult> UpdateAsync(Ticket changed, TicketEvent change, OutboxFor? outbox, CancellationToken cancellationToken)
    {
        using var span = ServiceDeskTelemetry.Start("tickets.update");
        return Counted(await inner.UpdateAsync(changed, change, outbox, cancellationToken).ConfigureAwait(false), change);
    }

    public async Task<TicketUpdateResult> AppendEventAsync(TicketNumber number, TicketEvent change, OutboxFor? outbox, CancellationToken cancellationToken)
    {
        using var span = ServiceDeskTelemetry.Start("tickets.append");
        return Counted(await inner.AppendEventAsync(number, change, outbox, cancellationToken).ConfigureAwait(false), change);
    }

    public async Task<IReadOnlyList<TicketEvent>> GetHistoryAsync(TicketNumber number, CancellationToken cancellationToken)
    {
        using var span = ServiceDeskTelemetry.Start("tickets.history");
        return await inner.GetHistoryAsync(number, cancellationToken).ConfigureAwait(false);
    }

    public async Task<TicketPage> ListByRequesterAsync(string requesterId, int pageSize, string? continuation, CancellationToken cancellationToken)
    {
        using var span = ServiceDeskTelemetry.Start("tickets.list-by-requester");
        return await inner.ListByRequesterAsync(requesterId, pageSize, continuation, cancellationToken).ConfigureAwait(false);
    }

    public async Task<TicketPage> ListByStatusAsync(TicketStatus status, int pageSize, string? continuation, CancellationToken cancellationToken)
    {
        using var span = ServiceDeskTelemetry.Start("tickets.list-by-status");
        return await inner.ListByStatusAsync(status, pageSize, continuation, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Ticket?> RecordCardAsync(TicketNumber number, TicketCardSlot slot, PostedCard card, CancellationToken cancellationToken)
    {
        using var span = ServiceDeskTelemetry.Start("tickets.record-card");
        return await inner.RecordCardAsync(number, slot, card, cancellationToken).ConfigureAwait(false);
    }

    public async Task<TicketNumber?> FindByThreadAsync(string threadConversationId, CancellationToken cancellationToken)
    {
        using var span = ServiceDeskTelemetry.Start("tickets.find-by-thread");
        return await inner.FindByThreadAsync(threadConversationId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Ticket>> ListSlaDueAsync(DateTimeOffset before, int max, CancellationToken cancellationToken)
    {
        using var span = ServiceDeskTelemetry.Start("tickets.list-sla-due");
        return await inner.ListSlaDueAsync(before, max, cancellationToken).ConfigureAwait(false);
    }

    private TicketUpdateResult Counted(TicketUpdateResult result, TicketEvent change)
    {
        if (result.Outcome == TicketUpdateOutcome.Updated && change.Kind is TicketEventKind.SlaAtRisk or TicketEventKind.SlaBreached && metrics.SlaEvents.Enabled)
        {
            metrics.SlaEvents.Add(1, new KeyValuePair<string, object?>("event", change.Kind == TicketEventKind.SlaAtRisk ? "at_risk" : "breached"));
        }

        return result;
    }
}
