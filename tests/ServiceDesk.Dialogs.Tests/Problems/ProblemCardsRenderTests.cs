using ServiceDesk.Cards;
using ServiceDesk.TestKit;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Problems;
using ServiceDesk.Dialogs.Problems.Clusters;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Dialogs.Tests.Agents.AgentTestData;

namespace ServiceDesk.Dialogs.Tests.Problems;

public sealed class ProblemCardsRenderTests
{
    [Fact]
    public async Task Problem_cluster_and_article_cards_render_without_warnings_in_English_and_French()
    {
        var problem = Problem.Open("PRB-000012", "Outlook crashes after the update", "email", Alice, Now)
            .Next(new ProblemEvent(Now, Alice, ProblemEventKind.Linked, "INC-000042")) with
            {
                Incidents = [Number], RootCause = "A broken add-in", Workaround = "Start Outlook in safe mode", Status = ProblemStatus.KnownError,
            };
        var cluster = new IncidentCluster("CL-S-INC-000042", ClusterKind.Service, "email", [Number, new TicketNumber(TicketKind.Incident, 43)], Now, Now);
        var cards = new List<AdaptiveCard>();
        foreach (var texts in new[] { Texts.English, Texts.French })
        {
            cards.Add(ProblemCard.Build(problem, texts, texts.Get(TextKeys.ProblemsSaved, problem.Id)));
            cards.Add(ProblemCard.Build(problem with { Status = ProblemStatus.Resolved }, texts));
            cards.Add(ProblemArticle.Form(problem, texts));
            cards.Add(ClusterCard.Build(cluster, [Ticket()], 60, texts));
            cards.Add(ClusterCard.Build(cluster with { Status = ClusterStatus.Dismissed, DecidedBy = Alice }, [Ticket()], 60, texts));
        }

        var reports = await CardRenderer.RenderAsync(cards);

        Assert.All(reports, r => Assert.Null(r.Error));
        Assert.All(reports, r => Assert.Empty(r.AllEvents.Select(e => e.ToString())));
        Assert.Contains(Texts.French.Get(TextKeys.ClustersTitle), System.Net.WebUtility.HtmlDecode(reports[8].Html!), StringComparison.Ordinal);
    }
}
