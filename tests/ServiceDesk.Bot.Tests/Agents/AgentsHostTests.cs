using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.TestKit.Ports;

namespace ServiceDesk.Bot.Tests.Agents;

/// <summary>
/// The ticket card's buttons through the real host (WebApplicationFactory, SQLite stores): sixteen agents click
/// "Assign to me" at once on the same card; exactly one wins and every agent's card ends as the current ticket's card.
/// </summary>
public sealed class AgentsHostTests : IAsyncLifetime
{
    private const string Channel = "19:QueueChannelId0123456789abcdef@thread.tacv2";
    private const string Root = "1763630400000";
    private const string Thread = Channel + ";messageid=" + Root;
    private const string Requester = "29:requester-camille";

    private static readonly IReadOnlyList<TicketPerson> Agents =
        [.. Enumerable.Range(1, 16).Select(n => new TicketPerson($"29:agent-{n:D2}", null, $"Agent {n:D2}"))];

    private FakeConnector _connector = null!;
    private BotHostFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        // The outbox worker is off: the records the change wrote stay where the test can read them.
        _factory = new BotHostFactory(
            new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" },
            services => services.AddSingleton<IAgentQueue>(FakeAgentQueue.InChannel(_connector.BaseUrl, Channel, Agents)));
        _client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private ITicketStore Tickets => _factory.Services.GetRequiredService<ITicketStore>();

    [Fact]
    public async Task SixteenAgents_AssignAtOnce_OneWins_AndEveryCardEndsAsTheCurrentTicketsCard()
    {
        var ticket = await PostedTicketAsync();
        var data = new JsonObject { ["verb"] = "agent.assignMe", ["ticket"] = ticket.Number.ToString(), ["ticketVersion"] = ticket.Version };

        var answers = await Task.WhenAll(Agents.Select(a => Task.Run(() => InvokeAsync(a, data))));

        var current = (await Tickets.GetAsync(ticket.Number, default))!;
        Assert.Equal(ticket.Version + 1, current.Version);
        var winner = Assert.Single(Agents, a => a.Id == current.Assignee?.Id);
        Assert.Single(await Tickets.GetHistoryAsync(ticket.Number, default), e => e.Kind == TicketEventKind.Assigned);

        // The card PUT for everyone (English, UTC) is what every agent's invoke answer shows, less the notice on the losers'.
        var put = await _factory.Services.GetRequiredService<IOutboxStore>().GetAsync($"{ticket.Number}/v{current.Version}/queue-card-update", default);
        Assert.NotNull(put);
        Assert.Equal((Root, Thread), (put.Draft.ActivityId, put.Draft.Target.ConversationId));
        var stored = JsonNode.Parse(put.Draft.Payload)!["attachments"]![0]!["content"]!.ToJsonString();
        Assert.All(answers, a => Assert.Equal("application/vnd.microsoft.card.adaptive", a.GetProperty("type").GetString()));
        var cards = answers.Select(a => JsonNode.Parse(a.GetProperty("value").GetRawText())!.AsObject()).ToList();
        var notices = cards.Select(WithoutNotice).ToList();
        Assert.Equal(15, notices.Count(n => n == $"Already assigned to {winner.Name}. Here is the ticket as it is now."));
        Assert.Single(notices, n => n is null);
        Assert.All(cards, c => Assert.Equal(stored, c.ToJsonString()));
    }

    [Fact]
    public async Task NonAgent_ClicksAssignToMe_IsRefused_AndTheTicketIsUnchanged()
    {
        var ticket = await PostedTicketAsync();
        var data = new JsonObject { ["verb"] = "agent.assignMe", ["ticket"] = ticket.Number.ToString(), ["ticketVersion"] = ticket.Version };

        var answer = await InvokeAsync(new TicketPerson("29:someone-else", null, "Someone Else"), data);

        Assert.Equal("application/vnd.microsoft.activity.message", answer.GetProperty("type").GetString());
        Assert.Equal("Only the service desk's agents can act on this ticket. The card is unchanged.", answer.GetProperty("value").GetString());
        Assert.Equal(ticket.Version, (await Tickets.GetAsync(ticket.Number, default))!.Version);
    }

    [Fact]
    public async Task AgentMentionsTheBotInTheThread_TheTextGoesToTheRequester()
    {
        var ticket = await PostedTicketAsync();
        var json = ActivityFixtures.With("channel-message-with-mention", _connector.BaseUrl, a =>
        {
            a["text"] = "<at>Service Desk</at> Could you try restarting?";
            a["from"] = new JsonObject { ["id"] = Agents[0].Id, ["name"] = Agents[0].Name };
            a["conversation"]!["id"] = Thread;
        });

        var response = await _client.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var last = (await Tickets.GetHistoryAsync(ticket.Number, default)).Last();
        Assert.Equal((TicketEventKind.ReplyToRequester, "Could you try restarting?"), (last.Kind, last.Text));
        var received = await _connector.WaitForAsync(1);
        Assert.Contains(received, r => r.Body?.GetRawText().Contains($"Reply to Camille Martin added to {ticket.Number}", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task ReportedIncident_ItsConfirmationIsTheRequestersCard_ReplacedInPlaceWhenAnAgentTakesIt()
    {
        foreach (var text in new[] { "my outlook crashes every morning since the update", "just me", "all my work is blocked", "create" })
        {
            var json = ActivityFixtures.With("personal-message", _connector.BaseUrl, a =>
            {
                a["text"] = text;
                a["id"] = Guid.NewGuid().ToString("N");
                a["locale"] = "en-US";
            });
            Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"))).StatusCode);
        }

        var requester = (string)ActivityFixtures.Load("personal-message")["from"]!["id"]!;
        var ticket = Assert.Single((await Tickets.ListByRequesterAsync(requester, 10, null, default)).Tickets);
        var chat = (string)ActivityFixtures.Load("personal-message")["conversation"]!["id"]!;
        var confirmation = Assert.Single(_connector.Received, r => r.Body?.GetRawText().Contains($"{ticket.Number} created", StringComparison.Ordinal) == true);
        Assert.Equal(chat, ticket.Cards.RequesterCard?.ConversationId);
        Assert.NotNull(await _factory.Services.GetRequiredService<IOutboxStore>().GetAsync($"{ticket.Number}/v1/queue-card", default));

        var data = new JsonObject { ["verb"] = "agent.assignMe", ["ticket"] = ticket.Number.ToString(), ["ticketVersion"] = ticket.Version };
        await InvokeAsync(Agents[3], data);

        var update = await _factory.Services.GetRequiredService<IOutboxStore>().GetAsync($"{ticket.Number}/v2/requester-card-update", default);
        Assert.NotNull(update);
        Assert.Equal((ticket.Cards.RequesterCard!.ActivityId, chat), (update.Draft.ActivityId, update.Draft.Target.ConversationId));
        Assert.Contains("Agent 04", update.Draft.Payload, StringComparison.Ordinal);
        Assert.StartsWith($"/v3/conversations/{chat}/activities", confirmation.Path, StringComparison.Ordinal);
    }

    /// <summary>A new incident whose queue card is posted as the root of <see cref="Thread"/>.</summary>
    private async Task<Ticket> PostedTicketAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var requester = new TicketPerson(Requester, null, "Camille Martin");
        var template = new Ticket
        {
            Number = new TicketNumber(TicketKind.Incident, 1), Version = 0, Status = TicketStatus.New, Title = "VPN drops every hour",
            Description = "The VPN disconnects every hour since Monday.", Category = "network", Impact = Impact.Medium, Urgency = Urgency.Medium,
            Priority = Priority.P3, Requester = requester, CreatedAt = now, UpdatedAt = now, Sla = new SlaState(now.AddHours(4), now.AddDays(3)),
        };
        var created = await Tickets.CreateAsync(new TicketDraft(TicketKind.Incident, template, new TicketEvent(now, requester, TicketEventKind.Created, [])), null, default);
        return (await Tickets.RecordCardAsync(created.Number, TicketCardSlot.QueueThread, new PostedCard(Thread, Root), default))!;
    }

    /// <summary>Removes the notice at the top of a card and returns its text (null when there was none).</summary>
    private static string? WithoutNotice(JsonObject card)
    {
        var body = card["body"]!.AsArray();
        if ((string?)body[0]!["id"] != AgentTicketCardNoticeId)
        {
            return null;
        }

        var text = (string?)body[0]!["items"]![0]!["text"];
        body.RemoveAt(0);
        return text;
    }

    private const string AgentTicketCardNoticeId = "notice";

    /// <summary>An <c>adaptiveCard/action</c> invoke in the ticket's thread, English and no time zone (UTC), as the channel card.</summary>
    private async Task<JsonElement> InvokeAsync(TicketPerson agent, JsonObject data)
    {
        var json = ActivityFixtures.With("adaptive-card-action-invoke", _connector.BaseUrl, a =>
        {
            a["id"] = "f:" + Guid.NewGuid().ToString("N");
            a["from"] = new JsonObject { ["id"] = agent.Id, ["name"] = agent.Name };
            a["conversation"] = new JsonObject { ["id"] = Thread, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47" };
            a["channelData"] = new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = "72f988bf-86f1-41af-91ab-2d7cd011db47" },
                ["channel"] = new JsonObject { ["id"] = Channel },
                ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" },
            };
            a["locale"] = "en-US";
            a.Remove("localTimezone");
            a.Remove("entities");
            a["value"] = CardClick.Value(data);
        });
        return await CardClick.PostAsync(_client, json);
    }
}
