using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.Approval;

/// <summary>
/// Records where an approval card was posted (<see cref="TicketCards.ApprovalCard"/>), so a decision, a withdrawal or
/// an expiry can replace it in place. With several approvers, the latest delivered card is the one kept; a click on
/// another copy is answered from the ticket's state. Idempotent: recording the same card again changes nothing.
/// </summary>
internal sealed class ApprovalCardObserver(ITicketStore tickets) : IDeliveryObserver
{
    public async Task DeliveredAsync(OutboxRecord record, string? activityId, string? conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var draft = record.Draft;
        if (draft.Purpose != AccessOutbox.ApprovalCardPurpose || draft.Kind == OutboxKind.UpdateActivity
            || string.IsNullOrEmpty(activityId) || !TicketNumber.TryParse(draft.Subject, out var number))
        {
            return;
        }

        var conversation = conversationId ?? draft.Target.ConversationId;
        await tickets.RecordCardAsync(number, TicketCardSlot.ApprovalCard, new PostedCard(conversation, activityId), cancellationToken).ConfigureAwait(false);
    }

    public Task ParkedAsync(OutboxRecord record, OutboxStatus status, int? httpStatus, CancellationToken cancellationToken) => Task.CompletedTask;
}
