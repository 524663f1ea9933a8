using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Problems.Clusters;

/// <summary>
/// One look at the incidents created within the window (<c>Problems:ClusterWindowMinutes</c>, read through the
/// creation index): clusters found are matched with the stored ones (same kind, same service, a member in common). A
/// new cluster is stored, then its "Possible problem" card is posted in the agents' channel of its first incident's
/// queue; a known one that grew gets its card replaced in place, unless the agents decided already (dismissed stays
/// dismissed). Run by a hosted worker on every instance: the cluster's id and the outbox keys make a second instance's
/// pass a no-op.
/// </summary>
internal sealed partial class ClusterWatch(
    ITicketQueries queries,
    ITicketStore tickets,
    IClusterStore clusters,
    IAgentQueue queue,
    IOutboxStore outbox,
    IOptions<ProblemOptions> options,
    TimeProvider clock,
    ILogger<ClusterWatch> logger) : IClusterWatch
{
    private const int PageSize = 200;

    /// <summary>Enough for an hour of a large company's incidents; past it the newest are read and the pass says so.</summary>
    private const int MaxIncidents = 5_000;

    /// <summary>Returns how many cards it posted or replaced (a key already present counts too).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var since = now.AddMinutes(-settings.ClusterWindowMinutes);
        var incidents = await RecentIncidentsAsync(since, cancellationToken).ConfigureAwait(false);
        var found = ClusterDetector.Find(incidents, settings.ClusterSize);
        if (found.Count == 0)
        {
            return 0;
        }

        var stored = (await clusters.ListRecentAsync(since, cancellationToken).ConfigureAwait(false)).ToList();
        var written = 0;
        foreach (var cluster in found)
        {
            written += await HandleAsync(cluster, stored, now, cancellationToken).ConfigureAwait(false);
        }

        return written;
    }

    private async Task<int> HandleAsync(FoundCluster found, List<IncidentCluster> stored, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var numbers = found.Members.Select(t => t.Number).ToList();
        var latest = found.Members.Max(t => t.CreatedAt);
        var known = stored.FirstOrDefault(c => c.Kind == found.Kind
            && (found.Kind == ClusterKind.Text || string.Equals(c.Shared, found.Shared, StringComparison.OrdinalIgnoreCase))
            && c.Incidents.Any(numbers.Contains));
        if (known is null)
        {
            return await PostNewAsync(found, numbers, latest, now, stored, cancellationToken).ConfigureAwait(false);
        }

        var joined = numbers.Where(n => !known.Incidents.Contains(n)).ToList();
        if (joined.Count == 0)
        {
            return 0;
        }

        var grown = known with
        {
            Version = known.Version + 1, Incidents = [.. known.Incidents, .. joined], Latest = latest > known.Latest ? latest : known.Latest,
        };
        var saved = await clusters.UpdateAsync(grown, known.Version, cancellationToken).ConfigureAwait(false);
        if (saved.Status != ClusterSaveStatus.Saved)
        {
            // Another instance (or an agent's click) changed it: the next pass sees the stored one.
            return 0;
        }

        stored[stored.IndexOf(known)] = grown;
        if (grown.Status != ClusterStatus.Open || grown.Post is not { } post)
        {
            // Decided clusters take members silently; one not posted yet gets its current card when the post lands.
            return 0;
        }

        var card = ClusterCard.Build(grown, await IncidentsAsync(grown, found.Members, cancellationToken).ConfigureAwait(false), options.Value.ClusterWindowMinutes, Texts.For(post.Locale));
        await outbox.EnqueueAsync(ClusterOutbox.Update(grown, post, card), cancellationToken).ConfigureAwait(false);
        LogGrew(grown.Id, grown.Incidents.Count);
        return 1;
    }

    private async Task<int> PostNewAsync(
        FoundCluster found, List<TicketNumber> numbers, DateTimeOffset latest, DateTimeOffset now, List<IncidentCluster> stored, CancellationToken cancellationToken)
    {
        var channel = await queue.ForCategoryAsync(QueueCategories.Of(found.Members[0]), cancellationToken).ConfigureAwait(false);
        if (channel is not { Blocked: false })
        {
            // Nowhere to post: found again at the next pass, once a queue exists.
            LogNoQueue(found.Members[0].Number.ToString());
            return 0;
        }

        var prefix = found.Kind == ClusterKind.Service ? "CL-S-" : "CL-T-";
        var cluster = new IncidentCluster(prefix + numbers[0], found.Kind, found.Shared, numbers, now, latest);
        if (!await clusters.AddAsync(cluster, cancellationToken).ConfigureAwait(false))
        {
            return 0;
        }

        stored.Add(cluster);
        var card = ClusterCard.Build(cluster, found.Members, options.Value.ClusterWindowMinutes, Texts.For(channel.Locale));
        await outbox.EnqueueAsync(ClusterOutbox.Post(cluster, channel.Channel, channel.Locale, card), cancellationToken).ConfigureAwait(false);
        LogFound(cluster.Id, cluster.Kind.ToString(), cluster.Incidents.Count);
        return 1;
    }

    /// <summary>The cluster's incidents for its card: those of this pass, the older members read again.</summary>
    internal async Task<IReadOnlyList<Ticket>> IncidentsAsync(IncidentCluster cluster, IReadOnlyList<Ticket> known, CancellationToken cancellationToken)
    {
        var result = known.ToList();
        foreach (var number in cluster.Incidents.Where(n => known.All(t => t.Number != n)))
        {
            if (await tickets.GetAsync(number, cancellationToken).ConfigureAwait(false) is { } ticket)
            {
                result.Add(ticket);
            }
        }

        return result;
    }

    private async Task<List<Ticket>> RecentIncidentsAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var result = new List<Ticket>();
        string? continuation = null;
        do
        {
            var page = await queries.ListAsync(new TicketFilter(CreatedFrom: since), PageSize, continuation, cancellationToken).ConfigureAwait(false);
            if (page is null)
            {
                break;
            }

            result.AddRange(page.Tickets.Where(t => t.Kind == TicketKind.Incident && t.Status != TicketStatus.Cancelled));
            continuation = page.Continuation;
        }
        while (continuation is not null && result.Count < MaxIncidents);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Possible problem {Cluster} ({Kind}): {Count} incidents; card posted")]
    private partial void LogFound(string cluster, string kind, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Possible problem {Cluster} grew to {Count} incidents; card replaced")]
    private partial void LogGrew(string cluster, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Possible problem around {Number}: no open agents' queue to post it in; looking again at the next pass")]
    private partial void LogNoQueue(string number);
}
