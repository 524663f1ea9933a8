using System.Text.Json.Nodes;
using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Problems.Clusters;

/// <summary>
/// "Possible problem" in the agents' channel: how many incidents, what they share, each incident (number, title, when),
/// and Declare major incident / Open a problem / Not related while nobody has decided; once decided, who did what.
/// </summary>
internal static class ClusterCard
{
    private const int Shown = 15;

    public static AdaptiveCard Build(IncidentCluster cluster, IReadOnlyList<Ticket> incidents, int windowMinutes, Texts texts, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(texts);
        var shared = cluster.Kind == ClusterKind.Service
            ? texts.Get(TextKeys.ClustersSharedService, cluster.Shared)
            : texts.Get(TextKeys.ClustersSharedText, cluster.Shared);
        var body = new List<CardElement>
        {
            new TextBlock(texts.Get(TextKeys.ClustersTitle)) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(texts.Get(TextKeys.ClustersSummary, texts.Count(CountKeys.ClustersIncidents, cluster.Incidents.Count), windowMinutes, shared)) { Wrap = true },
        };
        var known = incidents.ToDictionary(t => t.Number);
        foreach (var number in cluster.Incidents.Take(Shown))
        {
            var line = known.TryGetValue(number, out var t)
                ? $"{number} · {CardText.Literal(t.Title)} · {t.CreatedAt.UtcDateTime.ToString("HH:mm", texts.Culture)} UTC"
                : number.ToString();
            body.Add(new TextBlock("- " + line) { Wrap = true, MaxLines = 2 });
        }

        if (cluster.Incidents.Count > Shown)
        {
            body.Add(new TextBlock(texts.Get(TextKeys.ClustersMore, cluster.Incidents.Count - Shown)) { IsSubtle = true });
        }

        if (Decision(cluster, texts) is { } decided)
        {
            body.Add(new TextBlock(decided) { Weight = TextWeight.Bolder, Wrap = true, Separator = true });
        }

        if (notice is not null)
        {
            body.Add(new TextBlock(notice) { Wrap = true });
        }

        var data = new JsonObject { [ProblemVerbs.ClusterField] = cluster.Id };
        return new AdaptiveCard
        {
            Body = body,
            Actions = cluster.Status != ClusterStatus.Open ? [] :
            [
                CardActions.Execute(texts.Get(TextKeys.ClustersDeclare), ProblemVerbs.ClusterDeclare, data, ActionStyle.Destructive),
                CardActions.Execute(texts.Get(TextKeys.ClustersOpenProblem), ProblemVerbs.ClusterOpen, data, ActionStyle.Positive),
                CardActions.Execute(texts.Get(TextKeys.ClustersDismiss), ProblemVerbs.ClusterDismiss, data),
            ],
            FallbackText = texts.Get(TextKeys.ClustersTitle) + ": " + shared,
            MsTeams = TeamsCardProperties.Full,
        };
    }

    private static string? Decision(IncidentCluster cluster, Texts texts)
    {
        var who = cluster.DecidedBy?.Name ?? cluster.DecidedBy?.Id ?? string.Empty;
        return cluster.Status switch
        {
            ClusterStatus.Dismissed => texts.Get(TextKeys.ClustersDismissedBy, who),
            ClusterStatus.ProblemOpened => texts.Get(TextKeys.ClustersProblemBy, cluster.DecidedAs ?? "…", who),
            ClusterStatus.MajorIncidentDeclared => texts.Get(TextKeys.ClustersDeclaredBy, who),
            _ => null,
        };
    }
}
