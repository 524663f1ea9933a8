using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Employees;
using ServiceDesk.Dialogs.Announcements.Fanout;
using ServiceDesk.Dialogs.Problems;
using ServiceDesk.Dialogs.Problems.Clusters;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Metrics.Now;

/// <summary>
/// Reads <see cref="DeskNow"/>: the open tickets through the metrics' own read (one backlog for the API, the
/// <c>stats</c> card and the dashboard), SLA states as <c>tickets at risk|breached</c> judges them at this instant
/// (from each ticket version's <see cref="SlaMoments"/>, computed once),
/// "unassigned" as <c>tickets unassigned</c> does, the active announcements with their counts, and the open problems
/// (oldest first, as <c>problem list</c> shows them), and the undecided clusters of the last <see cref="ClusterDays"/>
/// days (newest first).
/// </summary>
internal sealed class DeskNowReader(
    MetricsReader metrics, OpenSlaMoments moments, IAgentQueue queue, IAnnouncementStore announcements,
    IFanoutStore fanout, IMajorIncidentLinkStore links, IProblemStore problems, IClusterStore clusters, TimeProvider clock) : IDeskNow
{
    /// <summary>Rows kept in the at-risk and breached lists (most urgent first).</summary>
    public const int MaxRows = 200;

    /// <summary>How far back an undecided cluster's newest incident may be and still be shown.</summary>
    public const int ClusterDays = 7;

    /// <summary>The queue of tickets whose category no queue takes yet.</summary>
    public const string NoQueue = "none";

    public async Task<DeskNow> ReadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var open = (await metrics.ReadOpenAsync(cancellationToken).ConfigureAwait(false))
            .Where(t => t.Status.IsOpen()).DistinctBy(t => t.Number).ToList();
        var sla = open.ToDictionary(t => t.Number, t => moments.Of(t).At(now));
        moments.KeepOnly(open);

        return new DeskNow(
            now,
            MetricsCalculator.BacklogOf(open, now),
            [.. Enum.GetValues<Priority>().Select(p => new NamedCount(p.ToString(), open.Count(t => t.Priority == p)))],
            Count(open.Select(t => t.Category)),
            Count(await QueuesOfAsync(open, cancellationToken).ConfigureAwait(false)),
            open.Count(t => AgentRules.Allows(t, AgentVerbs.AssignMe)),
            sla.Values.Count(s => s.AtRisk),
            sla.Values.Count(s => s.Breached),
            Rows(open.Where(t => sla[t.Number].AtRisk)),
            Rows(open.Where(t => sla[t.Number].Breached)),
            await MajorIncidentsAsync(cancellationToken).ConfigureAwait(false),
            [.. open.Where(t => t.Assignee is not null)
                .GroupBy(t => t.Assignee!.Name ?? t.Assignee.Id, StringComparer.Ordinal)
                .Select(g => new AgentLoad(g.Key, g.Count(), g.Count(t => sla[t.Number] is (true, _) or (_, true))))
                .OrderByDescending(a => a.Open).ThenBy(a => a.Agent, StringComparer.Ordinal)],
            [.. (await problems.ListOpenAsync(cancellationToken).ConfigureAwait(false))
                .Select(p => new ProblemNow(p.Id, p.Title, p.Status, p.Service, p.OpenedAt, p.Incidents.Count))],
            [.. (await clusters.ListRecentAsync(now.AddDays(-ClusterDays), cancellationToken).ConfigureAwait(false))
                .Where(c => c.Status == ClusterStatus.Open)
                .OrderByDescending(c => c.Latest).ThenBy(c => c.Id, StringComparer.Ordinal)
                .Select(c => new ClusterNow(c.Id, c.Kind, c.Shared, c.Incidents.Count, c.FirstSeen, c.Latest))]);
    }

    private async Task<List<string>> QueuesOfAsync(List<Ticket> open, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>(open.Count);
        foreach (var ticket in open)
        {
            var category = QueueCategories.Of(ticket);
            if (!known.TryGetValue(category, out var name))
            {
                var target = await queue.ForCategoryAsync(category, cancellationToken).ConfigureAwait(false);
                name = known[category] = target is null ? NoQueue : target.Category ?? QueueCategories.All;
            }

            names.Add(name);
        }

        return names;
    }

    private async Task<List<MajorIncidentNow>> MajorIncidentsAsync(CancellationToken cancellationToken)
    {
        var rows = new List<MajorIncidentNow>();
        foreach (var a in await announcements.ListActiveAsync(cancellationToken).ConfigureAwait(false))
        {
            var delivery = await fanout.CountsAsync(a.Id, cancellationToken).ConfigureAwait(false);
            var linked = await links.ListLinksAsync(a.Id, cancellationToken).ConfigureAwait(false);
            rows.Add(new MajorIncidentNow(a.Id, a.Content.English.Title, a.Content.Service, a.PublishedAt, delivery.Delivered, a.Counts.Affected, a.Counts.Acknowledged, linked.Count));
        }

        return rows;
    }

    /// <summary>The most urgent rows; only those kept are made (a link each).</summary>
    private static List<SlaRow> Rows(IEnumerable<Ticket> tickets) =>
        [.. tickets.OrderBy(DueOf).ThenBy(t => t.Priority).Take(MaxRows)
            .Select(t => new SlaRow(t.Number, t.Title, t.Priority, t.Status, t.Assignee?.Name, DueOf(t), LinkOf(t)))];

    private static DateTimeOffset DueOf(Ticket ticket) =>
        ticket.Sla!.RespondedAt is null && ticket.Sla.ResponseDue < ticket.Sla.ResolutionDue ? ticket.Sla.ResponseDue : ticket.Sla.ResolutionDue;

    /// <summary>A Teams link to the ticket's thread: the channel's id and the thread's root message id.</summary>
    internal static string? LinkOf(Ticket ticket)
    {
        if (ticket.Cards.QueueThread is not { } thread)
        {
            return null;
        }

        var parts = thread.ConversationId.Split(";messageid=", 2);
        var root = parts.Length == 2 ? parts[1] : thread.ActivityId;
        return $"https://teams.microsoft.com/l/message/{Uri.EscapeDataString(parts[0])}/{Uri.EscapeDataString(root)}";
    }

    private static List<NamedCount> Count(IEnumerable<string> names) =>
        [.. names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase)
            .Select(g => new NamedCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal)];
}
