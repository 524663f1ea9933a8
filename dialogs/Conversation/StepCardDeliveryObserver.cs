using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Conversation;

/// <summary>A step card the outbox delivered late (the connector was down during the turn): its dialog learns where it is.</summary>
internal sealed class StepCardDeliveryObserver(IStepCardLedger ledger) : IDeliveryObserver
{
    public Task DeliveredAsync(OutboxRecord record, string? activityId, string? conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Draft.Purpose != CardPurposes.StepCard || string.IsNullOrEmpty(activityId)
            || CardPurposes.ReadStepCardSubject(record.Draft.Subject) is not { } step)
        {
            return Task.CompletedTask;
        }

        return ledger.RecordAsync(conversationId ?? record.Draft.Target.ConversationId, step.UserId, step.Mark, activityId, cancellationToken);
    }

    public Task ParkedAsync(OutboxRecord record, OutboxStatus status, int? httpStatus, CancellationToken cancellationToken) => Task.CompletedTask;
}
