using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Problems.Clusters;

/// <summary>
/// Records where a "Possible problem" card was posted, so the cluster's later growth or decision replaces it in place;
/// when the cluster changed while the card was on its way (it grew, or an agent decided), the current card replaces
/// it at once. Idempotent: recording the same post twice changes nothing, and the update's key names what it shows.
/// </summary>
internal sealed class ClusterCardObserver(IClusterStore clusters, ITicketStore tickets, IOutboxStore outbox, IOptions<ProblemOptions> options)
    : IDeliveryObserver
{
    private const int MaxAttempts = 5;

    public async Task DeliveredAsync(OutboxRecord record, string? activityId, string? conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var draft = record.Draft;
        if (draft.Purpose != ClusterOutbox.PostPurpose || string.IsNullOrEmpty(activityId) || draft.Subject is not { } id)
        {
            return;
        }

        var thread = draft.Target with { ConversationId = ChannelThread.Of(conversationId ?? draft.Target.ConversationId, activityId), Kind = ConversationKind.Channel };
        var post = new ClusterPost(thread, activityId, Texts.For(LocaleOf(draft.Payload)).Language);
        var cluster = await clusters.GetAsync(id, cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; attempt <= MaxAttempts && cluster is not null && cluster.Post != post; attempt++)
        {
            var saved = await clusters.UpdateAsync(cluster with { Version = cluster.Version + 1, Post = post }, cluster.Version, cancellationToken).ConfigureAwait(false);
            cluster = saved.Cluster;
        }

        if (cluster is null || (cluster.Incidents.Count == ClusterOutbox.CountOf(record.IdempotencyKey) && cluster.Status == ClusterStatus.Open))
        {
            return;
        }

        var incidents = new List<Ticket>();
        foreach (var number in cluster.Incidents)
        {
            if (await tickets.GetAsync(number, cancellationToken).ConfigureAwait(false) is { } ticket)
            {
                incidents.Add(ticket);
            }
        }

        var card = ClusterCard.Build(cluster, incidents, options.Value.ClusterWindowMinutes, Texts.For(post.Locale));
        await outbox.EnqueueAsync(ClusterOutbox.Update(cluster with { Post = post }, post, card), cancellationToken).ConfigureAwait(false);
    }

    public Task ParkedAsync(OutboxRecord record, OutboxStatus status, int? httpStatus, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The payload's <c>locale</c> (the channel's language the card was written in).</summary>
    private static string? LocaleOf(string payload)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(payload);
            return json.RootElement.TryGetProperty("locale", out var locale) ? locale.GetString() : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
