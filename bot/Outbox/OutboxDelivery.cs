using System.Text.Json;
using ServiceDesk.Bot.Protocol;
using ServiceDesk.Bot.Protocol.Connector;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Bot.Outbox;

/// <summary>
/// One outbox record through the connector (docs/protocol.md §3), each call paced by the <see cref="RateGate"/>.
/// The payload is the activity JSON the dialogs wrote (see <see cref="OutboxDraft.Payload"/>), or what a registered
/// <see cref="IOutboxRenderer"/> renders for the record now (an announcement in its latest version).
/// </summary>
internal sealed class OutboxDelivery(IConnectorClient connector, RateGate gate, TimeProvider time, IEnumerable<IOutboxRenderer> renderers)
{
    private readonly IOutboxRenderer[] renderers = [.. renderers];

    public const string PayloadUnreadable = "PayloadUnreadable";
    public const string RecipientMissing = "RecipientMissing";

    /// <summary>Delivers <paramref name="record"/>; rate-limit waits end by <paramref name="deadline"/> or the record is deferred.</summary>
    public async Task<DeliveryResult> DeliverAsync(OutboxRecord record, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        if (Array.Find(renderers, r => r.Renders(record)) is not { } renderer)
        {
            return await DeliverAsync(record.Draft, deadline, cancellationToken).ConfigureAwait(false);
        }

        if (await renderer.RenderAsync(record, cancellationToken).ConfigureAwait(false) is not { } rendered)
        {
            return DeliveryResult.Nothing();
        }

        return await DeliverAsync(rendered, deadline, cancellationToken).ConfigureAwait(false) with { Rendered = rendered };
    }

    private async Task<DeliveryResult> DeliverAsync(OutboxDraft draft, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var target = draft.Target;
        if (Read(draft.Payload) is not { } activity)
        {
            return DeliveryResult.Failed(ConnectorFailure.BadRequest, PayloadUnreadable);
        }

        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId ??= target.ChannelId;
        activity.From ??= string.IsNullOrEmpty(target.BotId) ? null : new ChannelAccount { Id = target.BotId };
        switch (draft.Kind)
        {
            case OutboxKind.Send:
                return await SendAsync(target, target.ConversationId, activity, deadline, cancellationToken).ConfigureAwait(false);

            case OutboxKind.UpdateActivity:
                if (string.IsNullOrEmpty(draft.ActivityId))
                {
                    return DeliveryResult.Failed(ConnectorFailure.BadRequest, "ActivityIdMissing");
                }

                if (await gate.WaitAsync(target.TenantId, target.ConversationId, GateBudget(deadline), cancellationToken).ConfigureAwait(false) is var wait
                    && wait > TimeSpan.Zero)
                {
                    return DeliveryResult.Later(wait);
                }

                activity.Conversation ??= new ConversationAccount { Id = target.ConversationId };
                var updated = await connector.UpdateAsync(target.ServiceUrl, target.ConversationId, draft.ActivityId, activity, cancellationToken)
                    .ConfigureAwait(false);
                return updated.Succeeded ? DeliveryResult.Done(draft.ActivityId, target.ConversationId) : DeliveryResult.FailedWith(updated);

            case OutboxKind.CreatePersonalConversation:
                return await CreatePersonalAsync(draft, activity, deadline, cancellationToken).ConfigureAwait(false);

            case OutboxKind.NewChannelThread:
                return await NewThreadAsync(target, activity, deadline, cancellationToken).ConfigureAwait(false);

            default:
                return DeliveryResult.Failed(ConnectorFailure.BadRequest, "UnknownKind");
        }
    }

    /// <summary>
    /// How long Teams' limits may hold a call: half the time left, so the call itself still has time before the
    /// delivery timeout. A longer wait defers the record (not an attempt) instead of spending one on a timeout.
    /// </summary>
    private TimeSpan GateBudget(DateTimeOffset deadline)
    {
        var left = deadline - time.GetUtcNow();
        return left > TimeSpan.Zero ? left / 2 : TimeSpan.Zero;
    }

    /// <summary>Which conversation a record's calls count against (records of one key go in order).</summary>
    public static string PacingKey(OutboxDraft draft) => draft.Kind switch
    {
        OutboxKind.CreatePersonalConversation => "user|" + draft.RecipientUserId,
        OutboxKind.NewChannelThread => ChannelOf(draft.Target),
        _ => draft.Target.ConversationId,
    };

    private async Task<DeliveryResult> SendAsync(
        ConversationReference target, string conversationId, Activity activity, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        if (await gate.WaitAsync(target.TenantId, conversationId, GateBudget(deadline), cancellationToken).ConfigureAwait(false) is var wait && wait > TimeSpan.Zero)
        {
            return DeliveryResult.Later(wait);
        }

        activity.Conversation ??= new ConversationAccount { Id = conversationId };
        var sent = await connector.SendAsync(target.ServiceUrl, conversationId, activity, cancellationToken).ConfigureAwait(false);
        return sent.Succeeded ? DeliveryResult.Done(sent.Value?.Id, conversationId) : DeliveryResult.FailedWith(sent);
    }

    private async Task<DeliveryResult> CreatePersonalAsync(OutboxDraft draft, Activity activity, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var target = draft.Target;
        if (string.IsNullOrEmpty(draft.RecipientUserId) || string.IsNullOrEmpty(target.TenantId))
        {
            return DeliveryResult.Failed(ConnectorFailure.BadRequest, RecipientMissing);
        }

        if (await gate.WaitAsync(target.TenantId, PacingKey(draft), GateBudget(deadline), cancellationToken).ConfigureAwait(false) is var wait && wait > TimeSpan.Zero)
        {
            return DeliveryResult.Later(wait);
        }

        // Teams answers the existing 1:1 when there is one, so a retry after a failed send finds the same chat.
        var parameters = ConversationParameters.ForPersonalChat(target.BotId, draft.RecipientUserId, target.TenantId);
        var created = await connector.CreateConversationAsync(target.ServiceUrl, parameters, cancellationToken).ConfigureAwait(false);
        if (!created.Succeeded)
        {
            return DeliveryResult.FailedWith(created);
        }

        if (string.IsNullOrEmpty(created.Value?.Id))
        {
            return DeliveryResult.Failed(ConnectorFailure.ServerError, "ConversationIdMissing");
        }

        return await SendAsync(target, created.Value.Id, activity, deadline, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DeliveryResult> NewThreadAsync(ConversationReference target, Activity activity, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var channel = ChannelOf(target);
        if (await gate.WaitAsync(target.TenantId, channel, GateBudget(deadline), cancellationToken).ConfigureAwait(false) is var wait && wait > TimeSpan.Zero)
        {
            return DeliveryResult.Later(wait);
        }

        var parameters = ConversationParameters.ForChannelThread(channel, activity, target.TenantId, string.IsNullOrEmpty(target.BotId) ? null : target.BotId);
        var created = await connector.CreateConversationAsync(target.ServiceUrl, parameters, cancellationToken).ConfigureAwait(false);
        return created.Succeeded ? DeliveryResult.Done(created.Value?.ActivityId, created.Value?.Id) : DeliveryResult.FailedWith(created);
    }

    /// <summary>The channel itself, not a thread in it (<c>19:…@thread.tacv2;messageid=…</c>).</summary>
    private static string ChannelOf(ConversationReference target)
    {
        var id = string.IsNullOrEmpty(target.TeamsChannelId) ? target.ConversationId : target.TeamsChannelId;
        var thread = id.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return thread < 0 ? id : id[..thread];
    }

    private static Activity? Read(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize(payload, ProtocolJson.Info<Activity>());
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
