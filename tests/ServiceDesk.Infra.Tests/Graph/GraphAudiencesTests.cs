using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Audiences;

namespace ServiceDesk.Infra.Tests.Graph;

/// <summary>Announcement audiences through the real GraphServiceClient against the fake Graph: counts, pages, groups.</summary>
public sealed class GraphAudiencesTests
{
    private const string Team = "44444444-0000-0000-0000-000000000001";
    private const string Nested = "44444444-0000-0000-0000-000000000002";

    private static IAudienceDirectory Audiences(GraphHarness h) => h.Provider.GetRequiredService<IAudienceDirectory>();

    private static string Person(int i) => $"66666666-0000-0000-0000-{i:D12}";

    /// <summary>25 people: every third in Legal (one of them disabled), the others in Finance; the even ones in Lyon.</summary>
    private static void Seed(FakeGraph graph)
    {
        for (var i = 0; i < 25; i++)
        {
            graph.Add(new FakeUser(Person(i), $"Person {i}", Enabled: i != 3, Department: i % 3 == 0 ? "Legal" : "Finance",
                OfficeLocation: i % 2 == 0 ? "Lyon" : "Paris", Language: i % 2 == 0 ? "fr-FR" : null));
        }
    }

    private static async Task<List<AudienceMember>> AllAsync(IAudienceDirectory audiences, AnnouncementAudience audience, string value, int max)
    {
        var all = new List<AudienceMember>();
        string? next = null;
        do
        {
            var page = await audiences.ListAsync(audience, value, next, max, default);
            Assert.Equal(AudienceStatus.Ok, page.Status);
            Assert.True(page.Members.Count <= max);
            all.AddRange(page.Members);
            next = page.Next;
        }
        while (next is not null);
        return all;
    }

    [Fact]
    public async Task A_department_is_counted_with_an_advanced_query_and_its_pages_list_exactly_that_many_enabled_people()
    {
        await using var h = await GraphHarness.StartAsync();
        Seed(h.Graph);
        var legal = Enumerable.Range(0, 25).Where(i => i % 3 == 0 && i != 3).Select(Person).ToList();

        var count = await Audiences(h).CountAsync(AnnouncementAudience.Department, "Legal", default);
        var members = await AllAsync(Audiences(h), AnnouncementAudience.Department, "Legal", 3);

        Assert.Equal(new AudienceCount(AudienceStatus.Ok, legal.Count, "Legal", "Legal"), count);
        Assert.Equal(legal, members.Select(m => m.ObjectId));
        Assert.Equal("fr-FR", members.Single(m => m.ObjectId == Person(0)).Locale);
        Assert.Null(members.Single(m => m.ObjectId == Person(9)).Locale);
        Assert.Contains(h.Graph.Requests, r => r.PathAndQuery.Contains("$count=true", StringComparison.Ordinal));
        Assert.All(h.Graph.Requests, r => Assert.True(r.Authorized));
    }

    [Fact]
    public async Task The_whole_organisation_is_every_enabled_account_counted_and_paged_with_the_same_filter()
    {
        await using var h = await GraphHarness.StartAsync();
        Seed(h.Graph);
        var enabled = Enumerable.Range(0, 25).Where(i => i != 3).Select(Person).ToList();

        var count = await Audiences(h).CountAsync(AnnouncementAudience.Organisation, string.Empty, default);
        var members = await AllAsync(Audiences(h), AnnouncementAudience.Organisation, string.Empty, 10);

        Assert.Equal((AudienceStatus.Ok, enabled.Count), (count.Status, count.Count));
        Assert.Equal(enabled, members.Select(m => m.ObjectId));
        Assert.All(h.Graph.Requests, r => Assert.Contains("$filter=accountEnabled", Uri.UnescapeDataString(r.PathAndQuery), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_office_location_with_a_quote_in_its_name_is_sent_as_an_OData_literal()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.Add(new FakeUser(Person(1), "Ann", OfficeLocation: "L'Atelier"), new FakeUser(Person(2), "Bob", OfficeLocation: "Lyon"));

        var count = await Audiences(h).CountAsync(AnnouncementAudience.OfficeLocation, "L'Atelier", default);
        var members = await AllAsync(Audiences(h), AnnouncementAudience.OfficeLocation, "L'Atelier", 10);

        Assert.Equal(1, count.Count);
        Assert.Equal([Person(1)], members.Select(m => m.ObjectId));
    }

    [Fact]
    public async Task A_group_named_by_its_display_name_counts_its_people_through_nested_groups_and_comes_back_as_its_id()
    {
        await using var h = await GraphHarness.StartAsync();
        Seed(h.Graph);
        h.Graph.GroupNames[Team] = "Paris support";
        h.Graph.GroupMembers[Team] = [Person(1), Person(2), Person(3), Nested];
        h.Graph.GroupMembers[Nested] = [Person(2), Person(4), Team];

        var count = await Audiences(h).CountAsync(AnnouncementAudience.Group, "Paris support", default);
        var members = await AllAsync(Audiences(h), AnnouncementAudience.Group, Team, 2);

        // Person 3 is disabled; Person 2 is in both groups; the loop back to Team is followed once.
        Assert.Equal(new AudienceCount(AudienceStatus.Ok, 3, Team, "Paris support"), count);
        Assert.Equal([Person(1), Person(2), Person(4)], members.Select(m => m.ObjectId));
        Assert.Equal(3, (await Audiences(h).CountAsync(AnnouncementAudience.Group, Team, default)).Count);
    }

    [Fact]
    public async Task A_group_or_a_name_Graph_does_not_know_is_not_found()
    {
        await using var h = await GraphHarness.StartAsync();

        Assert.Equal(AudienceStatus.NotFound, (await Audiences(h).CountAsync(AnnouncementAudience.Group, Team, default)).Status);
        Assert.Equal(AudienceStatus.NotFound, (await Audiences(h).CountAsync(AnnouncementAudience.Group, "Nobody's group", default)).Status);
        Assert.Equal(new AudienceCount(AudienceStatus.Ok, 0, "Sales", "Sales"), await Audiences(h).CountAsync(AnnouncementAudience.Department, "Sales", default));
    }

    [Fact]
    public async Task Refused_is_denied_naming_the_permission_and_throttled_past_the_retries_is_unavailable_with_Retry_After()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.Script("/users", FakeGraph.Forbidden);
        var throttled = FakeGraph.Error(429, "TooManyRequests", "Too many requests.", retryAfter: "1");
        h.Graph.Script($"/groups/{Team}/transitiveMembers/graph.user", throttled, throttled, throttled, throttled);
        h.Graph.Script($"/groups/{Team}/transitiveMembers/microsoft.graph.user", throttled, throttled, throttled, throttled);

        var denied = await Audiences(h).CountAsync(AnnouncementAudience.Department, "Legal", default);
        var page = await Audiences(h).ListAsync(AnnouncementAudience.Group, Team, null, 10, default);

        Assert.Equal(new AudienceCount(AudienceStatus.Denied, Permission: "User.Read.All"), denied);
        Assert.Equal((AudienceStatus.Unavailable, TimeSpan.FromSeconds(1)), (page.Status, page.RetryAfter));
        Assert.Equal(4, h.Graph.Count($"/groups/{Team}/transitiveMembers/"));
    }

    [Fact]
    public async Task A_body_that_is_not_Graphs_JSON_is_unavailable()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.Script("/users", new FakeAnswer(200, "{\"value\": [ {\"id\": "));

        Assert.Equal(AudienceStatus.Unavailable, (await Audiences(h).CountAsync(AnnouncementAudience.Department, "Legal", default)).Status);
    }

    [Fact]
    public async Task Graph_off_asks_nothing()
    {
        await using var h = await GraphHarness.StartAsync(new() { ["Graph:Enabled"] = "false" });

        Assert.False(Audiences(h).IsOn);
        Assert.Equal(AudienceStatus.Off, (await Audiences(h).CountAsync(AnnouncementAudience.Department, "Legal", default)).Status);
        Assert.Equal(AudienceStatus.Off, (await Audiences(h).ListAsync(AnnouncementAudience.Department, "Legal", null, 10, default)).Status);
        Assert.Empty(h.Graph.Requests);
    }
}
