using System.Net;
using System.Text;
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
/// The queue card through the real outbox worker: posted as a new thread, its activity id recorded on the ticket,
/// replaced in place after an agent's action, and posted again when Teams answers 404 (the message was deleted).
/// </summary>
public sealed class AgentsDeliveryHostTests : IAsyncLifetime
{
    private const string Channel = "19:QueueChannelId0123456789abcdef@thread.tacv2";
    private static readonly TicketPerson Agent = new("29:agent-ada", null, "Ada Agent");

    private TeamsLikeConnector _connector = null!;
    private BotHostFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await TeamsLikeConnector.StartAsync();
        _factory = new BotHostFactory(
            new Dictionary<string, string?> { ["Outbox:PollIntervalMilliseconds"] = "50" },
            services => services.AddSingleton<IAgentQueue>(FakeAgentQueue.InChannel(_connector.ServiceUrl, Channel, [Agent])));
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
    public async Task QueueCard_IsPostedTracked_ReplacedInPlace_AndPostedAgainWhenDeleted()
    {
        var ticket = await CreateAsync();
        var posted = (await WaitForTicketAsync(ticket.Number, t => t.Cards.QueueThread is not null)).Cards.QueueThread!;
        Assert.StartsWith(Channel + ";messageid=root-", posted.ConversationId, StringComparison.Ordinal);
        Assert.Equal(1, ticket.Version);

        // An agent takes it from the card: the card is replaced in place for everyone.
        await InvokeAsync(new JsonObject { ["verb"] = "agent.assignMe", ["ticket"] = ticket.Number.ToString(), ["ticketVersion"] = 1 });
        await WaitUntilAsync(() => _connector.Calls.Any(c => c.Method == "PUT" && c.Path.EndsWith("/activities/" + posted.ActivityId, StringComparison.Ordinal)));
        Assert.Contains("Ada Agent", _connector.Calls.Last(c => c.Method == "PUT").Body, StringComparison.Ordinal);

        // Someone deleted the card in Teams: the next update answers 404 and the current card starts a new thread.
        _connector.DeleteCardOnce();
        await InvokeAsync(new JsonObject { ["verb"] = "agent.start", ["ticket"] = ticket.Number.ToString(), ["ticketVersion"] = 2 });
        var reposted = (await WaitForTicketAsync(ticket.Number, t => t.Cards.QueueThread?.ActivityId != posted.ActivityId)).Cards.QueueThread!;
        // The requester's notice may create their 1:1 chat after the thread: the thread is the group conversation.
        var thread = _connector.Calls.Last(c => c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal)
            && c.Body.Contains("\"isGroup\":true", StringComparison.Ordinal));
        Assert.Contains("In progress", thread.Body, StringComparison.Ordinal);
        Assert.Equal(ticket.Number, await Tickets.FindByThreadAsync(reposted.ConversationId, default));
        Assert.Equal(3, (await Tickets.GetAsync(ticket.Number, default))!.Version);
    }

    private async Task<Ticket> CreateAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var requester = new TicketPerson("29:requester-camille", null, "Camille Martin");
        var template = new Ticket
        {
            Number = new TicketNumber(TicketKind.Incident, 1), Version = 0, Status = TicketStatus.New, Title = "Printer jams",
            Description = "Every print jams in tray 2.", Category = "printing", Impact = Impact.Medium, Urgency = Urgency.Medium,
            Priority = Priority.P3, Requester = requester, CreatedAt = now, UpdatedAt = now, Sla = new SlaState(now.AddHours(4), now.AddDays(3)),
        };
        var created = new TicketEvent(now, requester, TicketEventKind.Created, []);
        var notifier = _factory.Services.GetRequiredService<ITicketNotifier>();
        var outbox = await notifier.ForAsync(template, created, default);
        var ticket = await Tickets.CreateAsync(new TicketDraft(TicketKind.Incident, template, created), outbox, default);
        _factory.Services.GetRequiredService<ServiceDesk.Bot.Outbox.IOutboxSignal>().Trigger();
        return ticket;
    }

    private async Task<Ticket> WaitForTicketAsync(TicketNumber number, Func<Ticket, bool> condition)
    {
        Ticket? ticket = null;
        await WaitUntilAsync(async () => (ticket = await Tickets.GetAsync(number, default)) is { } t && condition(t));
        return ticket!;
    }

    private static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    /// <summary>Waits on the condition (checked after each short pause) with a time limit; fails with a timeout.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            await Task.Delay(20, limit.Token);
        }
    }

    private async Task InvokeAsync(JsonObject data)
    {
        var thread = (await Tickets.ListByStatusAsync(TicketStatus.New, 1, null, default)).Tickets.FirstOrDefault()?.Cards.QueueThread?.ConversationId ?? Channel;
        var json = ActivityFixtures.With("adaptive-card-action-invoke", _connector.ServiceUrl, a =>
        {
            a["id"] = "f:" + Guid.NewGuid().ToString("N");
            a["from"] = new JsonObject { ["id"] = Agent.Id, ["name"] = Agent.Name };
            a["conversation"] = new JsonObject { ["id"] = thread, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47" };
            a["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "72f988bf-86f1-41af-91ab-2d7cd011db47" } };
            a["locale"] = "en-US";
            a["value"] = CardClick.Value(data);
        });
        Assert.Contains("application/vnd.microsoft.card.adaptive", (await CardClick.PostAsync(_client, json)).GetRawText(), StringComparison.Ordinal);
    }
}
