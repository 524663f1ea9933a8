using System.Text.Json;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Problems;
using ServiceDesk.Dialogs.Problems.Clusters;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Dialogs.Tests.Agents.AgentTestData;

namespace ServiceDesk.Dialogs.Tests.Problems;

public sealed class ClusterWatchTests
{
    private readonly ProblemParts parts = new();

    private static readonly string[] UnrelatedTitles =
    [
        "Printer on floor 3 is jammed", "Cannot open the payroll spreadsheet", "Laptop battery swells", "Teams camera shows black image",
        "Forgot my badge at home", "Mouse scroll wheel squeaks", "Second monitor flickers", "Keyboard missing the letter e",
    ];

    private void SeedEmailOutage(int count, int firstNumber = 100, int spacing = 5) =>
        Enumerable.Range(0, count).ToList().ForEach(i =>
            parts.Incident(firstNumber + i, $"Mail issue {i}", $"Something odd number {i}", "email", minutesAgo: 1 + (i * spacing)));

    private List<OutboxDraft> Posts => [.. parts.Outbox.Drafts.Where(d => d.Purpose == ClusterOutbox.PostPurpose)];

    private List<OutboxDraft> Updates => [.. parts.Outbox.Drafts.Where(d => d.Purpose == ClusterOutbox.UpdatePurpose)];

    [Fact]
    public async Task Five_incidents_on_one_service_within_the_window_post_one_card_with_the_three_choices()
    {
        SeedEmailOutage(5);

        await parts.Watch().RunOnceAsync(default);

        var post = Assert.Single(Posts);
        Assert.Equal(OutboxKind.NewChannelThread, post.Kind);
        var cluster = Assert.Single(parts.Clusters.All);
        Assert.Equal((ClusterKind.Service, "email", 5), (cluster.Kind, cluster.Shared, cluster.Incidents.Count));
        Assert.Contains(Texts.English.Get(TextKeys.ClustersSharedService, "email"), post.Payload, StringComparison.Ordinal);
        foreach (var verb in new[] { ProblemVerbs.ClusterDeclare, ProblemVerbs.ClusterOpen, ProblemVerbs.ClusterDismiss })
        {
            Assert.Contains(verb, post.Payload, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Incidents_with_alike_text_on_different_services_make_a_text_cluster()
    {
        string[] services = ["email", "vpn", "network", "workstation", "printing"];
        for (var i = 0; i < 5; i++)
        {
            parts.Incident(200 + i, "Citrix session freezes", $"My citrix session freezes when I open the invoicing application ({i})", services[i], 2 + i, category: services[i]);
        }

        await parts.Watch().RunOnceAsync(default);

        var cluster = Assert.Single(parts.Clusters.All);
        Assert.Equal(ClusterKind.Text, cluster.Kind);
        Assert.Contains("citrix", cluster.Shared, StringComparison.Ordinal);
        Assert.Contains("freezes", cluster.Shared, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Noise_is_ignored_other_services_spread_over_time_and_unrelated_texts()
    {
        // Four on email in the window and a fifth before it; unrelated texts on services that all differ.
        SeedEmailOutage(4, spacing: 10);
        parts.Incident(150, "Mail issue old", "Something odd", "email", minutesAgo: 61);
        for (var i = 0; i < UnrelatedTitles.Length; i++)
        {
            parts.Incident(300 + i, UnrelatedTitles[i], UnrelatedTitles[i] + " since yesterday", null, 3 + i, category: "other");
        }

        Assert.Equal(0, await parts.Watch().RunOnceAsync(default));
        Assert.Empty(parts.Clusters.All);
        Assert.Empty(parts.Outbox.Drafts);
    }

    [Fact]
    public async Task The_same_cluster_is_posted_once_however_many_passes_and_grows_in_place_once_its_card_is_posted()
    {
        SeedEmailOutage(5);
        await parts.Watch().RunOnceAsync(default);
        await parts.Watch().RunOnceAsync(default);
        Assert.Single(Posts);

        var post = Posts[0];
        var record = new OutboxRecord(post, OutboxStatus.Delivered, Now, Now, 1, null, null, null, "activity-9", "e");
        await parts.Observer().DeliveredAsync(record, "activity-9", "19:general@thread.tacv2", default);
        parts.Incident(105, "Mail issue 5", "Something odd", "email", minutesAgo: 0);
        await parts.Watch().RunOnceAsync(default);

        Assert.Single(Posts);
        var update = Assert.Single(Updates);
        Assert.Equal(("activity-9", "19:general@thread.tacv2;messageid=activity-9"), (update.ActivityId, update.Target.ConversationId));
        Assert.Equal(6, Assert.Single(parts.Clusters.All).Incidents.Count);
    }

    [Fact]
    public async Task A_cluster_that_grew_while_its_card_was_on_its_way_is_replaced_as_soon_as_the_post_lands()
    {
        SeedEmailOutage(5);
        await parts.Watch().RunOnceAsync(default);
        parts.Incident(105, "Mail issue 5", "Something odd", "email", minutesAgo: 0);
        await parts.Watch().RunOnceAsync(default);
        Assert.Empty(Updates);

        var record = new OutboxRecord(Posts[0], OutboxStatus.Delivered, Now, Now, 1, null, null, null, "activity-9", "e");
        await parts.Observer().DeliveredAsync(record, "activity-9", null, default);

        Assert.Contains("INC-000105", Assert.Single(Updates).Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dismissed_cluster_stays_dismissed_as_it_grows()
    {
        SeedEmailOutage(5);
        await parts.Watch().RunOnceAsync(default);
        var id = Assert.Single(parts.Clusters.All).Id;
        var click = await parts.ClusterHandler().HandleAsync(Raw(Alice.AsPerson(), ProblemVerbs.ClusterDismiss, Data(id)), default);
        Assert.Contains(Texts.English.Get(TextKeys.ClustersDismissedBy, Alice.Name), AllText(click.Invoke!.Card!), StringComparison.Ordinal);

        parts.Incident(105, "Mail issue 5", "Something odd", "email", minutesAgo: 0);
        parts.Clock.Advance(TimeSpan.FromMinutes(30));
        for (var i = 0; i < 5; i++)
        {
            parts.Incident(110 + i, $"Mail issue again {i}", "Something odd", "email", minutesAgo: i);
        }

        await parts.Watch().RunOnceAsync(default);

        Assert.Single(Posts);
        Assert.Empty(Updates);
        var cluster = Assert.Single(parts.Clusters.All);
        Assert.Equal(ClusterStatus.Dismissed, cluster.Status);
        Assert.Equal(11, cluster.Incidents.Count);
    }

    [Fact]
    public async Task Open_a_problem_clicked_twice_at_once_opens_one_problem_with_every_incident_linked()
    {
        SeedEmailOutage(5);
        await parts.Watch().RunOnceAsync(default);
        var id = Assert.Single(parts.Clusters.All).Id;
        var handler = parts.ClusterHandler();

        var clicks = await Task.WhenAll(
            handler.HandleAsync(Raw(Alice.AsPerson(), ProblemVerbs.ClusterOpen, Data(id)), default),
            handler.HandleAsync(Raw(Bob.AsPerson(), ProblemVerbs.ClusterOpen, Data(id)), default));

        var problem = Assert.Single(await parts.Problems.ListOpenAsync(default));
        Assert.Equal(5, problem.Incidents.Count);
        Assert.Equal("email", problem.Service);
        Assert.Single(clicks, c => c.Replies.Count == 1);
        Assert.Single(clicks, c => AllText(c.Invoke!.Card!).Contains(Texts.English.Get(TextKeys.ClustersAlreadyDecided), StringComparison.Ordinal));
        var cluster = Assert.Single(parts.Clusters.All);
        Assert.Equal((ClusterStatus.ProblemOpened, problem.Id), (cluster.Status, cluster.DecidedAs));
    }

    [Fact]
    public async Task Declare_major_incident_answers_with_the_outage_form_pre_filled_from_the_first_incident()
    {
        SeedEmailOutage(5);
        await parts.Watch().RunOnceAsync(default);
        var id = Assert.Single(parts.Clusters.All).Id;

        var click = await parts.ClusterHandler().HandleAsync(Raw(Alice.AsPerson(), ProblemVerbs.ClusterDeclare, Data(id)), default);

        var form = Cards.CardJson.Serialize(Assert.Single(click.Replies).Card!);
        Assert.Contains("Mail issue 4", form, StringComparison.Ordinal);
        Assert.Contains("INC-000104", form, StringComparison.Ordinal);
        Assert.Equal(ClusterStatus.MajorIncidentDeclared, Assert.Single(parts.Clusters.All).Status);
        Assert.Empty(click.Invoke!.Card!.Actions ?? []);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Declare_major_incident_says_whom_the_form_reaches_with_Graph_off_and_offers_directory_audiences_with_it_on(bool graphOn)
    {
        parts.Directory.Setup(d => d.IsOn).Returns(graphOn);
        SeedEmailOutage(5);
        await parts.Watch().RunOnceAsync(default);
        var id = Assert.Single(parts.Clusters.All).Id;

        var click = await parts.ClusterHandler().HandleAsync(Raw(Alice.AsPerson(), ProblemVerbs.ClusterDeclare, Data(id)), default);

        var form = Cards.CardJson.Serialize(Assert.Single(click.Replies).Card!);
        Assert.Contains(Texts.English.Get(TextKeys.AudienceEveryoneKnown), form, StringComparison.Ordinal);
        Assert.Equal(!graphOn, form.Contains(Texts.English.Get(TextKeys.AudienceGraphOff), StringComparison.Ordinal));
        Assert.Equal(graphOn, form.Contains(Texts.English.Get(TextKeys.AudienceDepartment), StringComparison.Ordinal));
    }

    private static JsonElement Data(string id) => JsonSerializer.SerializeToElement(new Dictionary<string, string> { [ProblemVerbs.ClusterField] = id });
}

internal static class PersonExtensions
{
    public static Turns.Person AsPerson(this TicketPerson person) => new(person.Id, person.AadObjectId, person.Name);
}
