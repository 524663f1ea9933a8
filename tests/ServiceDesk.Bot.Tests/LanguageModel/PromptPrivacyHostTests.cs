using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Bot.Tests.Agents;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Assist;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Tests.LanguageModel;
using ServiceDesk.TestKit.Ports;

namespace ServiceDesk.Bot.Tests.LanguageModel;

/// <summary>
/// Two employees with tickets in the real stores, the language model configured against the fake server, which records
/// every prompt: one employee's messages (a sentence the rules cannot place, a question, their tickets) and an agent's
/// summary and draft reply of that employee's ticket never put the other employee's ticket (its number, title,
/// description, requester) in front of the model.
/// </summary>
public sealed class PromptPrivacyHostTests : IAsyncLifetime
{
    private const string Channel = "19:QueueChannelId0123456789abcdef@thread.tacv2";
    private const string Root = "1763630400000";
    private const string Thread = Channel + ";messageid=" + Root;
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string Unplaced = "the big grey box near the lifts chews every sheet I give it";

    private static readonly TicketPerson Agent = new("29:agent-01", null, "Agent 01");
    private static readonly TicketPerson Other = new("29:requester-other-employee", null, "Quentin Rocheblave");

    private FakeConnector _connector = null!;
    private FakeOpenAI _model = null!;
    private BotHostFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _model = await FakeOpenAI.StartAsync();
        _factory = new BotHostFactory(
            new Dictionary<string, string?>
            {
                ["LanguageModel:Provider"] = "OpenAICompatible",
                ["LanguageModel:Endpoint"] = _model.Endpoint.ToString(),
                ["LanguageModel:ChatModel"] = "fake-chat",
                ["LanguageModel:TimeoutMs"] = "5000",
                ["Outbox:Enabled"] = "false",
            },
            services => services.AddSingleton<IAgentQueue>(FakeAgentQueue.InChannel(_connector.BaseUrl, Channel, [Agent])));
        _client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _model.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private ITicketStore Tickets => _factory.Services.GetRequiredService<ITicketStore>();

    [Fact]
    public async Task NoPrompt_OfOneEmployeesTurns_OrOfTheirTicketsAgentHelp_HoldsAnotherEmployeesTicket()
    {
        var employee = (string)ActivityFixtures.Load("personal-message")["from"]!["id"]!;
        var own = await CreateAsync(new TicketPerson(employee, null, "Camille Martin"), "Outlook closes at start",
            "Outlook closes itself a second after it opens, since this morning.", Thread);
        var others = new[]
        {
            await CreateAsync(Other, "Zebra plotter smells of burnt toast", "The Zebra plotter on floor nine smells of burnt toast since Friday.", null),
            await CreateAsync(Other, "Kestrel badge reader rejects my badge", "The Kestrel badge reader at the north door blinks red for my badge.", null),
        };
        _model.Script(new FakeModelAnswer.Completion("Outlook closes at start for one person."), new FakeModelAnswer.Completion("Hello Camille, we are on it."));

        foreach (var verb in new[] { AssistVerbs.Summary, AssistVerbs.Draft })
        {
            await AgentClickAsync(new JsonObject { ["verb"] = verb, ["ticket"] = own.Number.ToString(), ["ticketVersion"] = own.Version });
        }

        foreach (var text in new[] { Unplaced, "cancel", "how do I connect to the VPN from home?", "my tickets", "any news on the one about the printer?", "cancel" })
        {
            Assert.Equal(HttpStatusCode.OK, (await MessageAsync(text)).StatusCode);
        }

        var prompts = _model.Requests.Select(r => r.ToJsonString()).ToList();
        // The prompts were made (the check below is not vacuous): the agent's help holds the ticket it was asked about,
        // and the sentence the rules could not place went to the model.
        Assert.Contains(prompts, p => p.Contains(own.Title, StringComparison.Ordinal) && p.Contains(own.Number.ToString(), StringComparison.Ordinal));
        Assert.Contains(prompts, p => p.Contains(Unplaced, StringComparison.Ordinal));
        foreach (var ticket in others)
        {
            foreach (var secret in new string?[] { ticket.Number.ToString(), ticket.Title, ticket.Description, "Zebra", "Kestrel", Other.Name, Other.Id }.OfType<string>())
            {
                Assert.DoesNotContain(prompts, p => p.Contains(secret, StringComparison.OrdinalIgnoreCase));
            }
        }
    }

    private async Task<Ticket> CreateAsync(TicketPerson requester, string title, string description, string? thread)
    {
        var now = DateTimeOffset.UtcNow;
        var template = new Ticket
        {
            Number = new TicketNumber(TicketKind.Incident, 1), Version = 0, Status = TicketStatus.New, Title = title,
            Description = description, Category = "printing", Impact = Impact.Medium, Urgency = Urgency.Medium,
            Priority = Priority.P3, Requester = requester, CreatedAt = now, UpdatedAt = now, Sla = new SlaState(now.AddHours(4), now.AddDays(3)),
        };
        var created = await Tickets.CreateAsync(new TicketDraft(TicketKind.Incident, template, new TicketEvent(now, requester, TicketEventKind.Created, [])), null, default);
        return thread is null ? created : (await Tickets.RecordCardAsync(created.Number, TicketCardSlot.QueueThread, new PostedCard(thread, Root), default))!;
    }

    private async Task<HttpResponseMessage> MessageAsync(string text)
    {
        var json = ActivityFixtures.With("personal-message", _connector.BaseUrl, a =>
        {
            a["text"] = text;
            a["id"] = Guid.NewGuid().ToString("N");
            a["locale"] = "en-US";
        });
        return await _client.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));
    }

    /// <summary>An <c>adaptiveCard/action</c> invoke by the agent in the ticket's queue thread.</summary>
    private async Task AgentClickAsync(JsonObject data)
    {
        var json = ActivityFixtures.With("adaptive-card-action-invoke", _connector.BaseUrl, a =>
        {
            a["id"] = "f:" + Guid.NewGuid().ToString("N");
            a["from"] = new JsonObject { ["id"] = Agent.Id, ["name"] = Agent.Name };
            a["conversation"] = new JsonObject { ["id"] = Thread, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = Tenant };
            a["channelData"] = new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = Tenant },
                ["channel"] = new JsonObject { ["id"] = Channel },
                ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" },
            };
            a["locale"] = "en-US";
            a.Remove("localTimezone");
            a.Remove("entities");
            a["value"] = CardClick.Value(data);
        });
        await CardClick.PostAsync(_client, json);
    }
}
