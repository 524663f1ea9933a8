using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Flows.Fulfilment;
using ServiceDesk.Dialogs.Flows.Fulfilment.Reviews;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Graph;
using ServiceDesk.Infra.Tests.Graph;

namespace ServiceDesk.Bot.Tests.Flows;

/// <summary>
/// An access review in the real host, against a fake Graph on loopback: the group's owner from Graph gets the card,
/// clicks Remove through /api/messages, and the membership job removes the holder from the group through Graph.
/// </summary>
public sealed class GraphAccessReviewHostTests : IAsyncLifetime
{
    private const string Group = "55555555-0000-0000-0000-000000000001";
    private const string Owner = "55555555-0000-0000-0000-000000000002";
    private const string Holder = "55555555-0000-0000-0000-000000000003";

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private FakeConnector _connector = null!;
    private FakeGraph _graph = null!;
    private BotHostFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _graph = await FakeGraph.StartAsync();
        _graph.Add(new FakeUser(Owner, "Olivia Owner"), new FakeUser(Holder, "Hugo Holder"));
        _graph.GroupOwners[Group] = [Owner];
        _graph.GroupMembers[Group] = [Holder];
        _factory = new BotHostFactory(
            new Dictionary<string, string?>
            {
                ["Graph:Enabled"] = "true",
                ["Graph:BaseUrl"] = _graph.BaseUrl,
                ["Graph:TenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47",
                ["Graph:ClientId"] = "00000000-0000-0000-0000-00000000000b",
                ["Graph:ClientSecret"] = "not-a-secret",
                ["Graph:LeaversIntervalMinutes"] = "0",
                ["Catalogue:Access:Resources:0:GroupId"] = Group, // crm
                ["Catalogue:Access:Resources:0:AutoFulfil"] = "true",
                ["Catalogue:Access:Resources:0:ReviewEveryDays"] = "90",
                ["Fulfilment:ReviewCheckMinutes"] = "0", // the test runs the passes
                ["Outbox:Enabled"] = "false", // the test reads the records the passes write
            },
            services => services.AddSingleton(new GraphCredential(new FakeGraphCredential())));
        _client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _graph.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task TheOwnerGraphNames_GetsTheReviewCard_ClicksRemove_AndTheHolderLeavesTheGroup()
    {
        var ticket = await FulfilledAsync();
        // The agents' queue is set up: the owner never opened the bot, their 1:1 chat is created from it.
        await _factory.Services.GetRequiredService<Dialogs.Agents.Queue.IQueueStore>().SaveAsync(new Dialogs.Agents.Queue.QueueSetting(
            new Dialogs.Turns.ConversationReference(_connector.BaseUrl, "19:queue@thread.tacv2", "72f988bf-86f1-41af-91ab-2d7cd011db47", "msteams",
                Dialogs.Turns.ConversationKind.Channel, "28:bot"), null, "29:lead", "Lead", "en-US", DateTimeOffset.UtcNow), default);
        Assert.Equal(1, await _factory.Services.GetRequiredService<AccessReviewRunner>().RunOnceAsync(default));

        var sent = await _factory.Services.GetRequiredService<IOutboxStore>().GetAsync($"access-review/crm/1/card/{Owner}", default);
        Assert.Equal((Dialogs.Outbox.OutboxKind.CreatePersonalConversation, Owner), (sent!.Draft.Kind, sent.Draft.RecipientUserId));
        var card = JsonNode.Parse(sent.Draft.Payload)!["attachments"]![0]!["content"]!;
        Assert.Contains("Hugo Holder", card.ToJsonString(Readable), StringComparison.Ordinal);
        var remove = card["body"]!.AsArray().OfType<JsonObject>()
            .SelectMany(e => e.ToJsonString().Contains(AccessReviewVerbs.Remove, StringComparison.Ordinal) ? Actions(e) : [])
            .Single(a => (string?)a["verb"] == AccessReviewVerbs.Remove)["data"]!.AsObject();

        var refused = await InvokeAsync("29:someone-else", "55555555-0000-0000-0000-000000000009", "Someone Else", remove);
        var answer = await InvokeAsync("29:olivia-teams-id", Owner, "Olivia Owner", remove);
        await _factory.Services.GetRequiredService<MembershipJobRunner>().RunOnceAsync(DateTimeOffset.UtcNow, default);

        Assert.Contains("Only the owners", refused.GetProperty("value").GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Removal decided by Olivia Owner", answer.GetProperty("value").GetRawText(), StringComparison.Ordinal);
        Assert.Empty(_graph.GroupMembers[Group]);
        var last = (await _factory.Services.GetRequiredService<ITicketStore>().GetHistoryAsync(ticket.Number, default))[^1];
        Assert.Contains(new FieldChange("access", "granted", "removed"), last.Changes);
    }

    /// <summary>Hugo's CRM request, fulfilled by the service desk itself (its Fulfilled event by Microsoft Entra ID).</summary>
    private async Task<Ticket> FulfilledAsync()
    {
        var tickets = _factory.Services.GetRequiredService<ITicketStore>();
        var now = DateTimeOffset.UtcNow;
        var requester = new TicketPerson("29:hugo", Holder, "Hugo Holder");
        var created = await tickets.CreateAsync(new TicketDraft(TicketKind.Request, new Ticket
        {
            Number = default, Version = 0, Status = TicketStatus.Approved, Title = "Access: CRM", Description = "Accounts.", Category = "crm",
            Impact = Impact.Low, Urgency = Urgency.Low, Priority = Priority.P4, Requester = requester, CreatedAt = now, UpdatedAt = now,
            Access = new AccessRequestDetails("crm", "read", "Accounts.", null, [Owner]),
        }, new TicketEvent(now, requester, TicketEventKind.Created, [])), null, default);
        return (await tickets.UpdateAsync(created with { Status = TicketStatus.Fulfilled, ResolvedAt = now },
            new TicketEvent(now, FulfilmentRecords.Actor, TicketEventKind.Fulfilled, [new("status", "Approved", "Fulfilled")]), null, default)).Ticket!;
    }

    private static IEnumerable<JsonObject> Actions(JsonNode element) =>
        element is JsonObject o
            ? (o["actions"]?.AsArray().OfType<JsonObject>() ?? []).Concat(o.Select(p => p.Value).OfType<JsonNode>().SelectMany(v => v is JsonArray a ? a.SelectMany(x => x is null ? [] : Actions(x)) : Actions(v)))
            : [];

    private async Task<JsonElement> InvokeAsync(string userId, string objectId, string name, JsonObject data)
    {
        var json = ActivityFixtures.With("adaptive-card-action-invoke", _connector.BaseUrl, a =>
        {
            a["id"] = "f:" + Guid.NewGuid().ToString("N");
            a["from"] = new JsonObject { ["id"] = userId, ["name"] = name, ["aadObjectId"] = objectId };
            a["conversation"]!["id"] = "a:owner-chat";
            a["locale"] = "en-US";
            a["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = (string?)data["verb"], ["data"] = data.DeepClone() },
                ["trigger"] = "manual",
            };
        });
        var response = await _client.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
