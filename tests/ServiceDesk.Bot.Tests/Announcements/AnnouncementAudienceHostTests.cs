using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Bot.Tests.Agents;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Infra.Graph;
using ServiceDesk.Infra.Tests.Graph;
using static ServiceDesk.Bot.Tests.Announcements.AnnouncementsHostHarness;
using ServiceDesk.TestKit.Ports;

namespace ServiceDesk.Bot.Tests.Announcements;

/// <summary>
/// An announcement to one department in the real host: the agent chooses the department on the declare form, the
/// preview says how many people Graph counts in it, and the fan-out (Graph paged through the real GraphServiceClient
/// against the fake Graph, the outbox against the fake connector) reaches exactly those people; with installing on,
/// the app is installed first for those who never opened the bot.
/// </summary>
public sealed class AnnouncementAudienceHostTests : IAsyncLifetime
{
    private const string CatalogApp = "77777777-0000-0000-0000-000000000001";

    /// <summary>Has talked to the bot (a 1:1 chat is known) but works in Legal: must get nothing.</summary>
    private const string LegalEmployee = "88888888-0000-0000-0000-000000000099";

    private FakeConnector _connector = null!;
    private FakeGraph _graph = null!;

    private static string Person(int i) => $"88888888-0000-0000-0000-{i:D12}";

    /// <summary>Finance: 7 enabled people (and one disabled), Legal: 4 and the employee who talked to the bot.</summary>
    private static readonly string[] Finance = [.. Enumerable.Range(1, 7).Select(Person)];

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _graph = await FakeGraph.StartAsync();
        foreach (var id in Finance)
        {
            _graph.Add(new FakeUser(id, "Finance " + id[^2..], Department: "Finance", Language: id.EndsWith('2') ? "fr-FR" : "en-US"));
        }

        _graph.Add(new FakeUser(Person(8), "Finance gone", Enabled: false, Department: "Finance"));
        foreach (var i in Enumerable.Range(10, 4))
        {
            _graph.Add(new FakeUser(Person(i), "Legal " + i, Department: "Legal"));
        }

        _graph.Add(new FakeUser(LegalEmployee, "Camille Martin", Department: "Legal"));
    }

    public async Task DisposeAsync()
    {
        await _graph.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private BotHostFactory Host(bool install) => new(
        new Dictionary<string, string?>
        {
            ["Graph:Enabled"] = "true",
            ["Graph:BaseUrl"] = _graph.BaseUrl,
            ["Graph:TenantId"] = Tenant,
            ["Graph:ClientId"] = "00000000-0000-0000-0000-00000000000b",
            ["Graph:ClientSecret"] = "not-a-secret",
            ["Graph:LeaversIntervalMinutes"] = "0",
            ["Graph:InstallApp"] = install ? "true" : "false",
            ["Graph:TeamsAppCatalogId"] = install ? CatalogApp : null,
            ["Fulfilment:ReviewCheckMinutes"] = "0",
            ["Announcements:Fanout:PageSize"] = "3",
            ["Announcements:Fanout:PollIntervalSeconds"] = "1",
            ["Announcements:Fanout:SettleSeconds"] = "1",
        },
        services =>
        {
            services.AddSingleton(new GraphCredential(new FakeGraphCredential()));
            services.AddSingleton<IAgentQueue>(FakeAgentQueue.InChannel(_connector.BaseUrl, Channel, [Alex, Sam], Tenant));
        });

    [Fact]
    public async Task An_announcement_to_one_department_reaches_exactly_its_people_as_many_as_the_preview_said()
    {
        using var factory = Host(install: false);
        using var client = factory.CreateClient();
        await TalkAsync(client);

        var (previewed, published) = await DeclareForFinanceAsync(factory, client);

        Assert.Equal(Finance.Length, previewed);
        var reached = await ReachedAsync(previewed);
        Assert.Equal(Finance.Order(), reached.Order());
        Assert.Equal(previewed, reached.Count);
        // The outbox records a delivery just after Teams answered it: wait for the last one to be recorded.
        var broadcaster = factory.Services.GetRequiredService<IAnnouncementBroadcaster>();
        await WaitForAsync(async () => (await broadcaster.DeliveryAsync(published.Id, default)).Queued == 0, "every delivery recorded");
        Assert.Equal(new AnnouncementDelivery(0, previewed, 0, 0), await broadcaster.DeliveryAsync(published.Id, default));
        // Nobody else: not the Legal employee who talks to the bot, not the disabled account, no card twice.
        Assert.DoesNotContain(_connector.Received, r => r.Path.Contains("personal-chat-id", StringComparison.Ordinal) && r.Text.Contains("Email is down", StringComparison.Ordinal));
        Assert.Equal(previewed, _connector.Received.Count(r => r.Method == "POST" && r.Path.StartsWith("/v3/conversations/a:chat-", StringComparison.Ordinal)));
        Assert.Empty(_graph.InstalledApps);
        // In each person's language from Graph.
        Assert.Contains(_connector.Received, r => r.Path == $"/v3/conversations/a:chat-{Person(2)}/activities" && r.Text.Contains("\"locale\":\"fr-FR\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_announcement_to_everyone_in_the_organisation_reaches_every_enabled_account_as_many_as_the_preview_said()
    {
        using var factory = Host(install: false);
        using var client = factory.CreateClient();
        string[] enabled = [.. Finance, .. Enumerable.Range(10, 4).Select(Person), LegalEmployee];

        var (previewed, _) = await DeclareAsync(factory, client, AnnouncementAudience.Organisation, null, "everyone in the organisation");

        Assert.Equal(enabled.Length, previewed);
        var reached = await ReachedAsync(previewed);
        Assert.Equal(enabled.Order(), reached.Order());
        Assert.DoesNotContain(Person(8), reached);
    }

    [Fact]
    public async Task With_installing_on_the_app_is_installed_for_those_who_never_opened_it_and_the_control_card_counts_them()
    {
        using var factory = Host(install: true);
        using var client = factory.CreateClient();
        _graph.InstalledApps[Person(1)] = [CatalogApp];
        _graph.Script($"/users/{Person(4)}/teamwork/installedApps", FakeGraph.Error(404, "NotFound", "User has no Teams licence."));

        var (previewed, published) = await DeclareForFinanceAsync(factory, client);

        var reached = await ReachedAsync(previewed - 1);
        Assert.Equal(Finance.Where(p => p != Person(4)).Order(), reached.Order());
        var broadcaster = factory.Services.GetRequiredService<IAnnouncementBroadcaster>();
        await WaitForAsync(async () => (await broadcaster.DeliveryAsync(published.Id, default)).Delivered == previewed - 1, "deliveries recorded");
        var delivery = await broadcaster.DeliveryAsync(published.Id, default);
        // Person 1 had the app (409: success, not counted as installed); person 4 could not get it and is not reachable.
        Assert.Equal((0, previewed - 1, 0, 1, previewed - 2, 1),
            (delivery.Queued, delivery.Delivered, delivery.Failed, delivery.NotReachable, delivery.Installed, delivery.NotInstalled));
        Assert.Equal(Finance.Where(p => p != Person(4)).Order(), _graph.InstalledApps.Keys.Order());
        // The control card in the agents' thread says it.
        await _connector.WaitForAsync(r => r.Method == "PUT" && r.Path.EndsWith(CardActivity, StringComparison.Ordinal)
            && r.Text.Contains($"\"title\":\"App installed for\",\"value\":\"{previewed - 2}\"", StringComparison.Ordinal)
            && r.Text.Contains("\"title\":\"App could not be installed for\",\"value\":\"1\"", StringComparison.Ordinal), "the control card's counts", TimeSpan.FromSeconds(30));
    }

    /// <summary>The Legal employee talks to the bot (their 1:1 chat becomes known).</summary>
    private async Task TalkAsync(HttpClient client)
    {
        var hello = ActivityFixtures.With("personal-message", _connector.BaseUrl, a =>
        {
            a["text"] = "hello";
            a["from"]!["aadObjectId"] = LegalEmployee;
        });
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/messages", new StringContent(hello, Encoding.UTF8, "application/json"))).StatusCode);
    }

    /// <summary>"outage", Preview with the department Finance (the count it says), then Publish.</summary>
    private Task<(int Previewed, Announcement Published)> DeclareForFinanceAsync(BotHostFactory factory, HttpClient client) =>
        DeclareAsync(factory, client, AnnouncementAudience.Department, "Finance", "the department Finance");

    /// <summary>"outage", Preview with <paramref name="audience"/> (the count it says of <paramref name="described"/>), then Publish.</summary>
    private async Task<(int Previewed, Announcement Published)> DeclareAsync(
        BotHostFactory factory, HttpClient client, AnnouncementAudience audience, string? value, string described)
    {
        var mention = ActivityFixtures.With("channel-message-with-mention", _connector.BaseUrl, a =>
        {
            a["text"] = "<at>Service Desk</at> outage";
            a["from"] = new JsonObject { ["id"] = Alex.Id, ["name"] = Alex.Name };
            a["conversation"]!["id"] = AnnouncementsHostHarness.Thread;
        });
        await client.PostAsync("/api/messages", new StringContent(mention, Encoding.UTF8, "application/json"));
        var store = factory.Services.GetRequiredService<IAnnouncementStore>();
        var draft = (await store.GetAsync("MAJ-000001", default))!;

        var form = Form(draft.Id, draft.Version);
        form["audience"] = audience.ToString();
        form["audienceValue"] = value;
        var preview = await InvokeAsync(client, "announcement.preview", form);
        var reach = Regex.Match(preview, $"This announcement will reach (\\d+) people: {described}, as counted by Microsoft Graph\\.");
        Assert.True(reach.Success, preview);
        Assert.Contains($"\"value\":\"{audience}\"", preview, StringComparison.Ordinal);

        var previewed = (await store.GetAsync(draft.Id, default))!;
        form["version"] = previewed.Version;
        var answer = await InvokeAsync(client, "announcement.publish", form);
        Assert.Contains("announcement.resolve", answer, StringComparison.Ordinal);
        var published = (await store.GetAsync(draft.Id, default))!;
        Assert.Equal((audience, value), (published.Audience, published.AudienceValue));
        return (int.Parse(reach.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), published);
    }

    private async Task<string> InvokeAsync(HttpClient client, string verb, JsonObject data)
    {
        var invoke = ActivityFixtures.With("adaptive-card-action-invoke", _connector.BaseUrl, a =>
        {
            a["id"] = "f:" + Guid.NewGuid().ToString("N");
            a["replyToId"] = CardActivity;
            a["from"] = new JsonObject { ["id"] = Alex.Id, ["name"] = Alex.Name };
            a["conversation"] = new JsonObject { ["id"] = AnnouncementsHostHarness.Thread, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = Tenant };
            a["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant }, ["channel"] = new JsonObject { ["id"] = Channel }, ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" } };
            a["locale"] = "en-US";
            a["value"] = CardClick.Value(verb, data);
        });
        return (await CardClick.PostAsync(client, invoke)).GetRawText();
    }

    /// <summary>Waits until <paramref name="count"/> people got the card in a 1:1 chat the bot created; who they are.</summary>
    private async Task<List<string>> ReachedAsync(int count)
    {
        static IEnumerable<string> Reached(IReadOnlyList<FakeConnector.ReceivedRequest> all) => all
            .Where(r => r.Method == "POST" && r.Status == 200 && r.Path.StartsWith("/v3/conversations/a:chat-", StringComparison.Ordinal) && r.Path.EndsWith("/activities", StringComparison.Ordinal))
            .Select(r => r.Path["/v3/conversations/a:chat-".Length..^"/activities".Length]).Distinct();

        await _connector.WaitUntilAsync(all => Reached(all).Count() >= count ? all : null,
            all => $"{Reached(all).Count()} people reached, expected {count}.", TimeSpan.FromSeconds(30));
        return [.. Reached(_connector.Received)];
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"Not true in time: {what}.");
            await Task.Delay(50);
        }
    }
}
