using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDesk.Bot.Tests.Agents;
using ServiceDesk.Bot.Tests.Api;
using ServiceDesk.Bot.Tests.Auth;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Employees;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Problems;
using ServiceDesk.Dialogs.Problems.Clusters;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.TestKit.Ports;

namespace ServiceDesk.Bot.Tests.Dashboard;

/// <summary>
/// The bot host (API key on, the agents of <see cref="QuarterSeed"/>) over a seeded quarter, its clock left at
/// <see cref="QuarterSeed.TestNow"/>: shared by the dashboard's tests, seeded once. Entra tokens of the app are accepted
/// too, signed by a key its local OpenID metadata publishes.
/// </summary>
public sealed class SeededDesk : IAsyncLifetime
{
    public const int Tickets = 5_000;
    public const int Answers = 1_500;

    /// <summary>The audience of the tab's tokens (the app's application id URI).</summary>
    public const string Audience = "api://desk.test/c0ffee00-1234-4abc-8def-001122334455";

    private readonly MovableClock _clock = new(QuarterSeed.TestNow);
    private readonly TestSigningKey _signingKey = new("desk-key-1", 0);
    private OpenIdMetadataServer _metadata = null!;

    internal BotHostFactory Factory { get; private set; } = null!;

    /// <summary>A valid Entra token for the app, of the person <paramref name="oid"/> (valid for an hour of real time).</summary>
    public string TokenOf(string oid)
    {
        var claims = ApiAuthTests.Claims(audience: Audience);
        claims["oid"] = oid;
        return TestTokens.Mint(_signingKey.SecurityKey, claims);
    }

    public TimeSpan SeedTime { get; private set; }

    public async Task InitializeAsync()
    {
        _metadata = await OpenIdMetadataServer.StartAsync();
        _metadata.PublishEntraKeys(_signingKey);
        Factory = new BotHostFactory(
            new Dictionary<string, string?>
            {
                ["Api:Keys:0"] = ApiAuthTests.Key,
                ["Api:Entra:TenantId"] = ApiAuthTests.Tenant,
                ["Api:Entra:Audience"] = Audience,
                ["Api:Entra:Authority"] = $"{_metadata.BaseAddress}/entra/{ApiAuthTests.Tenant}/v2.0",
            },
            services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(_clock);
                services.AddSingleton<IAgentQueue>(FakeAgentQueue.WithoutChannel(QuarterSeed.Agents));
            });
        var services = Factory.Services;
        var watch = Stopwatch.StartNew();
        await new QuarterSeed(services.GetRequiredService<ITicketStore>(), services.GetRequiredService<IDeflectionLog>(), _clock).SeedAsync(Tickets, Answers);
        await SeedMajorIncidentAsync(services);
        await SeedProblemsAsync(services);
        await SeedClustersAsync(services);
        SeedTime = watch.Elapsed;
    }

    /// <summary>One published outage: three employees affected, two acknowledged, two incidents linked.</summary>
    private static async Task SeedMajorIncidentAsync(IServiceProvider services)
    {
        var store = services.GetRequiredService<IAnnouncementStore>();
        var author = QuarterSeed.Agents[0];
        var at = QuarterSeed.TestNow.AddHours(-2);
        var content = new AnnouncementContent("VPN", new AnnouncementText("VPN down in Lyon", "The VPN does not connect.", "Remote staff cannot work."), null, null);
        var draft = await store.CreateAsync(content, author, at, CancellationToken.None);
        var published = await store.UpdateAsync(draft with { Status = AnnouncementStatus.Published, PublishedAt = at, Version = draft.Version + 1 }, draft.Version, CancellationToken.None);
        Assert.Equal(AnnouncementSaveStatus.Saved, published.Status);
        foreach (var (employee, kind) in new[] { (1, AnnouncementReactionKind.Affected), (2, AnnouncementReactionKind.Affected), (3, AnnouncementReactionKind.Affected), (4, AnnouncementReactionKind.Acknowledged), (5, AnnouncementReactionKind.Acknowledged) })
        {
            await store.ReactAsync(draft.Id, kind, new TicketPerson($"29:employee{employee}", null, null), at.AddMinutes(employee), CancellationToken.None);
        }

        var links = services.GetRequiredService<IMajorIncidentLinkStore>();
        foreach (var number in new[] { "INC-000001", "INC-000002" })
        {
            await links.AddLinkAsync(draft.Id, new MajorIncidentLink(TicketNumber.Parse(number), author, at), CancellationToken.None);
        }
    }

    /// <summary>Two problems: a known error with two incidents linked (open), and one resolved (not on the dashboard).</summary>
    private static async Task SeedProblemsAsync(IServiceProvider services)
    {
        var store = services.GetRequiredService<IProblemStore>();
        var author = QuarterSeed.Agents[0];
        var at = QuarterSeed.TestNow.AddDays(-3);
        var open = await store.CreateAsync("Printers offline on floor 2", "printing", author, at, CancellationToken.None);
        var known = open.Next(new ProblemEvent(at, author, ProblemEventKind.Workaround, "Print to floor 3")) with
        {
            Status = ProblemStatus.KnownError, Workaround = "Print to floor 3", Incidents = [TicketNumber.Parse("INC-000003"), TicketNumber.Parse("INC-000004")],
        };
        Assert.Equal(ProblemSaveStatus.Saved, (await store.UpdateAsync(known, open.Version, CancellationToken.None)).Status);
        var done = await store.CreateAsync("Old printer driver", "printing", author, at.AddDays(-20), CancellationToken.None);
        var resolved = done.Next(new ProblemEvent(at, author, ProblemEventKind.StatusChanged, nameof(ProblemStatus.Resolved))) with { Status = ProblemStatus.Resolved, ResolvedAt = at };
        Assert.Equal(ProblemSaveStatus.Saved, (await store.UpdateAsync(resolved, done.Version, CancellationToken.None)).Status);
    }

    /// <summary>Three clusters: one undecided (on the dashboard), one dismissed and one undecided but ten days old (not on it).</summary>
    private static async Task SeedClustersAsync(IServiceProvider services)
    {
        var store = services.GetRequiredService<IClusterStore>();
        var at = QuarterSeed.TestNow;
        TicketNumber[] incidents = [.. Enumerable.Range(11, 5).Select(n => new TicketNumber(TicketKind.Incident, n))];
        Assert.True(await store.AddAsync(new IncidentCluster(SeededCluster, ClusterKind.Service, "wifi", incidents, at.AddHours(-5), at.AddHours(-4)), CancellationToken.None));
        Assert.True(await store.AddAsync(new IncidentCluster("seeded-dismissed", ClusterKind.Text, "outlook crash", incidents, at.AddHours(-3), at.AddHours(-2)) { Status = ClusterStatus.Dismissed }, CancellationToken.None));
        Assert.True(await store.AddAsync(new IncidentCluster("seeded-old", ClusterKind.Service, "printing", incidents, at.AddDays(-10), at.AddDays(-10)), CancellationToken.None));
    }

    /// <summary>The id of the undecided cluster <see cref="SeedClustersAsync"/> stores.</summary>
    public const string SeededCluster = "seeded-open";

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _metadata.DisposeAsync();
    }

    /// <summary>GET with the API key: the status and the JSON body.</summary>
    public async Task<(System.Net.HttpStatusCode Status, JsonElement Body)> GetAsync(string path)
    {
        using var client = Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Api-Key", ApiAuthTests.Key);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}

[CollectionDefinition(Name)]
public sealed class SeededDeskCollection : ICollectionFixture<SeededDesk>
{
    public const string Name = "Seeded desk";
}
