using System.Globalization;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Problems.Clusters;

/// <summary>
/// The outbox records of a cluster's card: its first post as a new thread in the agents' channel, and its replacement
/// in place. Keys name what the card shows (how many incidents, the decision): the same card written twice, by a retry
/// or by two instances, is sent once.
/// </summary>
internal static class ClusterOutbox
{
    public const string PostPurpose = "cluster-card";
    public const string UpdatePurpose = "cluster-card-update";

    public static OutboxDraft Post(IncidentCluster cluster, ConversationReference channel, string locale, Cards.AdaptiveCard card) =>
        new($"{cluster.Id}/n{Count(cluster)}/post", OutboxKind.NewChannelThread, channel, OutboxMessage.Json(Texts.For(locale).Language, null, card),
            Subject: cluster.Id, Purpose: PostPurpose);

    public static OutboxDraft Update(IncidentCluster cluster, ClusterPost post, Cards.AdaptiveCard card) =>
        new($"{cluster.Id}/n{Count(cluster)}/{cluster.Status}/update", OutboxKind.UpdateActivity, post.Thread,
            OutboxMessage.Json(Texts.For(post.Locale).Language, null, card), ActivityId: post.ActivityId, Subject: cluster.Id, Purpose: UpdatePurpose);

    /// <summary>How many incidents the card of key <paramref name="key"/> shows; -1 when the key says none.</summary>
    public static int CountOf(string key)
    {
        var part = key.Split('/').FirstOrDefault(p => p.Length > 1 && p[0] == 'n' && p.Skip(1).All(char.IsDigit));
        return part is null ? -1 : int.Parse(part.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static string Count(IncidentCluster cluster) => cluster.Incidents.Count.ToString(CultureInfo.InvariantCulture);
}
