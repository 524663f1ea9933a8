using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Bot.Tests.Announcements;

/// <summary>
/// What employees do with an outage announcement, through the real host (WebApplicationFactory, SQLite stores):
/// ask "is there an outage?", click "I'm affected too", and hear it is fixed when the major incident is resolved.
/// </summary>
public sealed class EmployeeAnnouncementsHostTests : IAsyncLifetime
{
    private static readonly TicketPerson Agent = new("29:agent-1", null, "Ana Agent");
    private static readonly string Employee = (string)ActivityFixtures.Load("personal-message")["from"]!["id"]!;

    private FakeConnector _connector = null!;
    private BotHostFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        // The outbox worker is off: the records written stay where the test can read them.
        _factory = new BotHostFactory(new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" });
        _client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private IAnnouncementStore Announcements => _factory.Services.GetRequiredService<IAnnouncementStore>();

    [Theory]
    [InlineData("en-US", "is there an outage?", "Outages announced right now: 1", "I'm affected too")]
    [InlineData("fr-FR", "Y a-t-il une panne ?", "Pannes annoncées en ce moment : 1", "Je suis aussi touché")]
    public async Task IsThereAnOutage_AnswersWithTheActiveAnnouncementsCard_InTheEmployeesLanguage(string locale, string text, string intro, string button)
    {
        await PublishedAsync();

        await PostAsync(ActivityFixtures.With("personal-message", _connector.BaseUrl, a => Personal(a, locale, text)));

        var sent = await _connector.WaitForAsync(2);
        var bodies = sent.Select(r => Readable(r.Body)).ToList();
        Assert.Contains(bodies, b => b.Contains(intro, StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains("Sign-in fails", StringComparison.Ordinal) && b.Contains(button, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImAffectedToo_ClickedTwice_IsCountedOnce_AndTheResolutionTellsTheEmployeeAndResolvesTheLinkedIncident()
    {
        var published = await PublishedAsync();
        // The employee talks to the bot once (their chat is known), then clicks twice on the card.
        await PostAsync(ActivityFixtures.With("personal-message", _connector.BaseUrl, a => Personal(a, "en-US", "hello")));
        var data = new JsonObject { ["verb"] = "announcement.affected", ["announcement"] = published.Id, ["version"] = published.Version };
        var first = await InvokeAsync(data);
        var second = await InvokeAsync(data);

        Assert.Equal("application/vnd.microsoft.card.adaptive", first.GetProperty("type").GetString());
        Assert.Contains("1 affected so far", Readable(first.GetProperty("value")), StringComparison.Ordinal);
        Assert.Contains("You're already counted as affected", Readable(second.GetProperty("value")), StringComparison.Ordinal);
        Assert.Equal(1, (await Announcements.GetAsync(published.Id, default))!.Counts.Affected);

        // An agent links another employee's open incident, then resolves the major incident.
        var ticket = await IncidentAsync();
        var links = _factory.Services.GetRequiredService<IMajorIncidentLinks>();
        Assert.Equal(LinkOutcome.Linked, await links.LinkAsync(published.Id, ticket.Number, Agent, default));
        var current = (await Announcements.GetAsync(published.Id, default))!;
        var resolved = AnnouncementRules.Resolve(current, Agent, "The identity provider certificate was renewed.", null, DateTimeOffset.UtcNow).Announcement;
        Assert.Equal(AnnouncementSaveStatus.Saved, (await Announcements.UpdateAsync(resolved, current.Version, default)).Status);
        await links.ResolveLinkedAsync(resolved, Agent, default);

        var outbox = _factory.Services.GetRequiredService<IOutboxStore>();
        var told = await outbox.GetAsync($"{published.Id}/v{resolved.Version}/fixed/{Employee}", default);
        Assert.NotNull(told);
        Assert.Contains("✅ Fixed: Sign-in fails", Readable(JsonDocument.Parse(told.Draft.Payload).RootElement), StringComparison.Ordinal);
        Assert.Contains("certificate was renewed", told.Draft.Payload, StringComparison.Ordinal);
        var incident = (await _factory.Services.GetRequiredService<ITicketStore>().GetAsync(ticket.Number, default))!;
        Assert.Equal(TicketStatus.Resolved, incident.Status);
        Assert.StartsWith($"Resolved with the major incident {published.Id}", incident.ResolutionNote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportingAnIncidentOnTheService_OffersTheOutage_AndAddMeToItCountsTheEmployee_WithoutATicket()
    {
        var published = await PublishedAsync("VPN");
        foreach (var text in new[] { "my vpn keeps disconnecting", "The VPN drops every ten minutes since this morning.", "just me", "all my work is blocked" })
        {
            await PostAsync(ActivityFixtures.With("personal-message", _connector.BaseUrl, a => Personal(a, "en-US", text)));
        }

        var review = (await _connector.WaitForAsync(4)).Select(r => r.Body).OfType<JsonElement>().Last(b => Readable(b).Contains("incident.joinOutage", StringComparison.Ordinal));
        Assert.Contains("This looks like the ongoing outage: Sign-in fails", Readable(review), StringComparison.Ordinal);
        var join = JsonNode.Parse(review.GetProperty("attachments")[0].GetProperty("content").GetRawText())!
            .AsObject()["body"]!.AsArray().SelectMany(Descendants).First(n => (string?)n["verb"] == "incident.joinOutage")["data"]!.AsObject();

        var answer = await InvokeAsync(join);

        Assert.Contains("I've noted that you are affected by the outage Sign-in fails", Readable(answer), StringComparison.Ordinal);
        var reactor = Assert.Single(await Announcements.ListReactorsAsync(published.Id, AnnouncementReactionKind.Affected, default));
        Assert.Equal(Employee, reactor.Employee.Id);
        Assert.Empty((await _factory.Services.GetRequiredService<ITicketStore>().ListByRequesterAsync(Employee, 10, null, default)).Tickets);
    }

    /// <summary>Every JSON object under <paramref name="node"/>, itself included.</summary>
    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => [o, .. o.SelectMany(p => Descendants(p.Value))],
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };

    private async Task<Announcement> PublishedAsync(string service = "Sign-in")
    {
        var content = new AnnouncementContent(
            service, new AnnouncementText("Sign-in fails", "Teams asks for the password again and again.", "Everyone signing in."), null, null);
        var draft = await Announcements.CreateAsync(content, Agent, DateTimeOffset.UtcNow, default);
        var published = AnnouncementRules.Publish(draft, DateTimeOffset.UtcNow).Announcement;
        Assert.Equal(AnnouncementSaveStatus.Saved, (await Announcements.UpdateAsync(published, draft.Version, default)).Status);
        return published;
    }

    private async Task<Ticket> IncidentAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var requester = new TicketPerson("29:requester-louis", null, "Louis");
        var template = new Ticket
        {
            Number = new TicketNumber(TicketKind.Incident, 1), Version = 0, Status = TicketStatus.New, Title = "Cannot sign in to Teams",
            Description = "Teams keeps asking for my password.", Category = "identity", Impact = Impact.Low, Urgency = Urgency.High,
            Priority = Priority.P3, Requester = requester, CreatedAt = now, UpdatedAt = now, Sla = new SlaState(now.AddHours(4), now.AddDays(3)),
        };
        return await _factory.Services.GetRequiredService<ITicketStore>().CreateAsync(
            new TicketDraft(TicketKind.Incident, template, new TicketEvent(now, requester, TicketEventKind.Created, [])), null, default);
    }

    /// <summary>JSON as people read it: no \u escapes for accents and apostrophes.</summary>
    private static string Readable(JsonElement? json) =>
        json is { } element ? JsonSerializer.Serialize(element, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) : string.Empty;

    private static void Personal(JsonObject activity, string locale, string text)
    {
        activity["text"] = text;
        activity["id"] = Guid.NewGuid().ToString("N");
        activity["locale"] = locale;
        activity.Remove("entities");
    }

    private async Task PostAsync(string json) =>
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"))).StatusCode);

    /// <summary>An <c>adaptiveCard/action</c> invoke from the employee's 1:1 chat, in English; the invoke answer's body.</summary>
    private async Task<JsonElement> InvokeAsync(JsonObject data)
    {
        var json = ActivityFixtures.With("adaptive-card-action-invoke", _connector.BaseUrl, a =>
        {
            a["id"] = "f:" + Guid.NewGuid().ToString("N");
            a["locale"] = "en-US";
            a.Remove("localTimezone");
            a.Remove("entities");
            a["value"] = CardClick.Value(data);
        });
        return await CardClick.PostAsync(_client, json);
    }
}
