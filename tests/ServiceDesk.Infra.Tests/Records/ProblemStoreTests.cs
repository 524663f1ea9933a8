using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Dialogs.Problems;
using ServiceDesk.Dialogs.Problems.Clusters;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Tests.Fixtures;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>Problems, their clusters and the articles published from them, on each backend.</summary>
public abstract class ProblemStoreTests : RecordsTestBase
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private static readonly TicketPerson Agent = new("29:agent-1", "aad-agent", "Ana Agent");
    private static readonly TicketNumber Inc42 = new(TicketKind.Incident, 42);

    [Fact]
    public async Task Problems_get_readable_ids_in_order_and_are_read_back_whole()
    {
        var first = await Records.Problems.CreateAsync("VPN drops every hour", "vpn", Agent, T0, CancellationToken.None);
        var second = await Records.Problems.CreateAsync("Printers jam", null, Agent, T0.AddMinutes(1), CancellationToken.None);

        Assert.Equal(("PRB-000001", "PRB-000002"), (first.Id, second.Id));
        var read = await Records.Problems.GetAsync("PRB-000001", CancellationToken.None);
        Assert.Equal((first.Title, first.Service, first.Status, first.Version), (read!.Title, read.Service, read.Status, read.Version));
        Assert.Equal(first.History, read.History);
        Assert.Null(await Records.Problems.GetAsync("PRB-000009", CancellationToken.None));
        Assert.Null(await Records.Problems.GetAsync("counter", CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_creations_never_share_an_id()
    {
        var created = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Records.Problems.CreateAsync($"Problem {i}", null, Agent, T0, CancellationToken.None)));

        Assert.Equal(8, created.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public async Task An_update_from_an_old_version_is_refused_with_the_current_one_and_resolved_problems_leave_the_open_list()
    {
        var problem = await Records.Problems.CreateAsync("VPN drops", "vpn", Agent, T0, CancellationToken.None);
        var linked = problem.Next(new ProblemEvent(T0.AddMinutes(1), Agent, ProblemEventKind.Linked, "INC-000042")) with { Incidents = [Inc42] };

        var saved = await Records.Problems.UpdateAsync(linked, problem.Version, CancellationToken.None);
        var stale = await Records.Problems.UpdateAsync(problem with { Version = 2, RootCause = "lost" }, problem.Version, CancellationToken.None);

        Assert.Equal(ProblemSaveStatus.Saved, saved.Status);
        Assert.Equal((ProblemSaveStatus.Stale, 2), (stale.Status, stale.Problem!.Version));
        Assert.Equal([Inc42], stale.Problem.Incidents);
        Assert.Single(await Records.Problems.ListOpenAsync(CancellationToken.None));

        var resolved = linked.Next(new ProblemEvent(T0.AddHours(1), Agent, ProblemEventKind.StatusChanged, "Resolved")) with { Status = ProblemStatus.Resolved };
        Assert.Equal(ProblemSaveStatus.Saved, (await Records.Problems.UpdateAsync(resolved, linked.Version, CancellationToken.None)).Status);
        Assert.Empty(await Records.Problems.ListOpenAsync(CancellationToken.None));
        Assert.Equal(ProblemSaveStatus.NotFound, (await Records.Problems.UpdateAsync(resolved with { Id = "PRB-000077" }, 1, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task A_cluster_is_added_once_updated_under_its_version_and_listed_while_recent()
    {
        var cluster = new IncidentCluster("CL-S-INC-000042", ClusterKind.Service, "email", [Inc42], T0, T0.AddMinutes(-5));
        var post = new ClusterPost(new ConversationReference("https://smba.example/", "19:c@thread.tacv2;messageid=9", "t", "msteams", ConversationKind.Channel, "28:bot"), "9", "fr");

        var added = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Records.Clusters.AddAsync(cluster, CancellationToken.None)));
        var dismissed = cluster with { Version = 2, Status = ClusterStatus.Dismissed, DecidedBy = Agent, Post = post };
        var saved = await Records.Clusters.UpdateAsync(dismissed, 1, CancellationToken.None);
        var again = await Records.Clusters.UpdateAsync(cluster with { Version = 2 }, 1, CancellationToken.None);

        Assert.Single(added, a => a);
        Assert.Equal(ClusterSaveStatus.Saved, saved.Status);
        Assert.Equal((ClusterSaveStatus.Stale, ClusterStatus.Dismissed), (again.Status, again.Cluster!.Status));
        Assert.Equal(post, (await Records.Clusters.GetAsync(cluster.Id, CancellationToken.None))!.Post);
        Assert.Single(await Records.Clusters.ListRecentAsync(T0.AddMinutes(-60), CancellationToken.None));
        Assert.Empty(await Records.Clusters.ListRecentAsync(T0, CancellationToken.None));
        Assert.Null(await Records.Clusters.GetAsync("CL-T-INC-000001", CancellationToken.None));
    }

    [Fact]
    public async Task Published_articles_are_stored_per_language_and_replaced_when_published_again()
    {
        KnowledgeArticle Article(string language, string body) =>
            new("kb-prb-000001", language, "Excel freezes", [], "office", new DateOnly(2026, 11, 22), body, "problems/PRB-000001") { Aliases = ["excel freezes when saving"] };

        await Records.Articles.SaveAsync([Article("en", "Save locally."), Article("fr", "Enregistrez en local.")], CancellationToken.None);
        await Records.Articles.SaveAsync([Article("en", "Save locally, then upload.")], CancellationToken.None);

        var stored = (await Records.Articles.ListAsync(CancellationToken.None)).OrderBy(a => a.Language, StringComparer.Ordinal).ToList();
        Assert.Equal(["Save locally, then upload.", "Enregistrez en local."], stored.Select(a => a.Body));
        Assert.Equal(["excel freezes when saving"], stored[0].Aliases);
    }

    [Fact]
    public async Task A_digest_week_is_recorded_once_whichever_instance_records_it()
    {
        Assert.False(await Records.Digests.IsSentAsync("2026-11-30", CancellationToken.None));

        var recorded = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Records.Digests.RecordSentAsync("2026-11-30", T0, CancellationToken.None)));

        Assert.Single(recorded, r => r);
        Assert.True(await Records.Digests.IsSentAsync("2026-11-30", CancellationToken.None));
        Assert.False(await Records.Digests.IsSentAsync("2026-12-07", CancellationToken.None));
        Assert.Empty(await Records.Problems.ListOpenAsync(CancellationToken.None));
    }
}

public sealed class SqliteProblemStoreTests : ProblemStoreTests
{
    private readonly SqliteBackend backend = new();

    protected override ITableService Tables => backend.Service;

    protected override void DisposeBackend() => backend.Dispose();
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteProblemStoreTests(AzuriteFixture azurite) : ProblemStoreTests
{
    private readonly ITableService tables = AzuriteBackend.FreshTables(azurite);

    protected override ITableService Tables => tables;
}
