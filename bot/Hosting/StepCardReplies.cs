using System.Globalization;
using System.Text.Json;
using ServiceDesk.Bot.Outbox;
using ServiceDesk.Bot.Protocol;
using ServiceDesk.Bot.Protocol.Connector;
using ServiceDesk.Bot.Teams;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Turns;
using Activity = ServiceDesk.Bot.Protocol.Activity;

namespace ServiceDesk.Bot.Hosting;

/// <summary>
/// The host's side of step cards: a reply that replaces an earlier card is a PUT over it (or an outbox update when
/// the connector cannot take it now), and where a new step card went is handed to the dialog's ledger.
/// </summary>
internal sealed partial class StepCardReplies(
    IConnectorClient connector, IStepCardLedger ledger, IOutboxStore deferred, IOutboxSignal outbox, ILogger<StepCardReplies> logger)
{
    /// <summary>Replaces <see cref="Reply.Replaces"/> with the reply's card; nothing new appears in the conversation.</summary>
    public async Task ReplaceAsync(Activity incoming, Turn turn, Reply reply, CancellationToken cancellationToken)
    {
        var activityId = reply.Replaces!;
        var outgoing = OutgoingActivities.ReplyTo(incoming, reply, turn.Locale);
        outgoing.Id = activityId;
        outgoing.ReplyToId = null;
        var updated = await connector.UpdateAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, activityId, outgoing, cancellationToken);
        if (updated.Succeeded)
        {
            return;
        }

        LogNotReplaced(updated.Failure, updated.StatusCode);
        if (DeferredReplies.WorthDeferring(updated))
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"step-answered/{turn.Conversation.ConversationId}/{activityId}");
            await deferred.EnqueueAsync(
                new OutboxDraft(key, OutboxKind.UpdateActivity, turn.Conversation, JsonSerializer.Serialize(outgoing, ProtocolJson.Info<Activity>()), ActivityId: activityId),
                cancellationToken);
            outbox.Trigger();
        }
    }

    /// <summary>A step card was posted as <paramref name="activityId"/>: the dialog keeps it to replace it after a typed answer.</summary>
    public async Task RecordAsync(Turn turn, Reply reply, string? activityId, CancellationToken cancellationToken)
    {
        if (reply.StepCard is not { } mark || string.IsNullOrEmpty(activityId))
        {
            return;
        }

        try
        {
            await ledger.RecordAsync(turn.Conversation.ConversationId, turn.From.Id, mark, activityId, cancellationToken);
        }
        catch (StorageUnavailableException ex)
        {
            // The person has their step; a typed answer will just leave this card as it is.
            LogNotRecorded(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Step card not replaced after a typed answer: {Failure} (status {Status})")]
    private partial void LogNotReplaced(ConnectorFailure failure, int? status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Step card shown but not recorded for a typed answer")]
    private partial void LogNotRecorded(Exception exception);
}
