using Activity = ServiceDesk.Bot.Protocol.Activity;
using ServiceDesk.Bot.Outbox;
using ServiceDesk.Bot.Protocol.Connector;
using ServiceDesk.Bot.Teams;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Bot.Hosting;

/// <summary>
/// A turn's replies on their way out: sent in order, handed to the outbox when the connector cannot take them, step
/// cards replaced in place, and where a ticket's card went recorded on the ticket.
/// </summary>
internal sealed partial class TurnReplies(
    IConnectorClient connector,
    IOutboxSignal outbox,
    IOutboxStore deferred,
    ITicketStore tickets,
    StepCardReplies stepCards,
    StepCardReplacer replacer,
    ILogger<TurnReplies> logger)
{
    /// <summary>
    /// Sends the reply, or hands it to the outbox when the connector cannot take it now (<see cref="DeferredReplies"/>).
    /// True when it was deferred, so the turn's later replies go the same way.
    /// </summary>
    public async Task<bool> SendOrDeferAsync(Activity incoming, Turn turn, Reply reply, int index, bool connectorDown, CancellationToken cancellationToken)
    {
        if (reply.Replaces is not null)
        {
            // A card updated in place is not a message in the conversation's order: it never waits behind a failed send,
            // and the turn does not wait for it (it comes last among the replies, after the next step).
            await replacer.QueueAsync(incoming, turn, reply, cancellationToken);
            return connectorDown;
        }

        var outgoing = OutgoingActivities.ReplyTo(incoming, reply, turn.Locale);
        if (!connectorDown)
        {
            var sent = await connector.ReplyAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, incoming.Id ?? string.Empty, outgoing, cancellationToken);
            if (sent.Succeeded)
            {
                await TrackAsync(reply.Track, incoming.Conversation.Id!, sent.Value?.Id, cancellationToken);
                await stepCards.RecordAsync(turn, reply, sent.Value?.Id, cancellationToken);
                return false;
            }

            LogReplyFailed(sent.Failure, sent.StatusCode, sent.ErrorCode);
            if (!DeferredReplies.WorthDeferring(sent))
            {
                return false;
            }
        }

        await deferred.EnqueueAsync(DeferredReplies.Draft(turn, outgoing, reply, index), cancellationToken);
        outbox.Trigger();
        LogReplyDeferred(index);
        return true;
    }

    public async Task SendAsync(Activity incoming, Reply reply, string locale, CancellationToken cancellationToken)
    {
        var outgoing = OutgoingActivities.ReplyTo(incoming, reply, locale);
        var sent = await connector.ReplyAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, incoming.Id ?? string.Empty, outgoing, cancellationToken);
        if (!sent.Succeeded)
        {
            LogReplyFailed(sent.Failure, sent.StatusCode, sent.ErrorCode);
            return;
        }

        await TrackAsync(reply.Track, incoming.Conversation.Id!, sent.Value?.Id, cancellationToken);
    }

    /// <summary>A ticket's card was shown: where it is goes on the ticket so later changes replace it in place.</summary>
    public async Task TrackAsync(CardTracking? track, string conversationId, string? activityId, CancellationToken cancellationToken)
    {
        if (track is null || string.IsNullOrEmpty(activityId))
        {
            return;
        }

        try
        {
            await tickets.RecordCardAsync(track.Number, track.Slot, new PostedCard(conversationId, activityId), cancellationToken);
        }
        catch (StorageUnavailableException ex)
        {
            // The person has their answer; the card just will not be updated in place.
            LogCardNotTracked(ex, track.Number.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Card of ticket {Number} shown but not recorded for updates in place")]
    private partial void LogCardNotTracked(Exception exception, string number);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply {Index} of the turn handed to the outbox")]
    private partial void LogReplyDeferred(int index);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply not delivered: {Failure} (status {Status}, code {Code})")]
    private partial void LogReplyFailed(ConnectorFailure failure, int? status, string? code);
}
