using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Flows.Fulfilment;
using ServiceDesk.Dialogs.Flows.Fulfilment.Reviews;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
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
    private const string OwnerChat = "a:owner-chat";

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly GraphHost _host = new(new Dictionary<string, string?>
    {
        ["Graph:LeaversIntervalMinutes"] = "0",
        ["Catalogue:Access:Resources:0:GroupId"] = Group, // crm
        ["Catalogue:Access:Resources:0:AutoFulfil"] = "true",
        ["Catalogue:Access:Resources:0:ReviewEveryDays"] = "90",
        ["Fulfilment:ReviewCheckMinutes"] = "0", // the test runs the passes
    });

    public async Task InitializeAsync()
    {
        await _host.InitializeAsync();
        _host.Graph.Add(new FakeUser(Owner, "Olivia Owner"), new FakeUser(Holder, "Hugo Holder"));
        _host.Graph.GroupOwners[Group] = [Owner];
        _host.Graph.GroupMembers[Group] = [Holder];
    }

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task TheOwnerGraphNames_GetsTheReviewCard_ClicksRemove_AndTheHolderLeavesTheGroup()
    {
        var ticket = await FulfilledAsync();
        // The agents' queue is set up: the owner never opened the bot, their 1:1 chat is created from it.
        await _host.Get<Dialogs.Agents.Queue.IQueueStore>().SaveAsync(new Dialogs.Agents.Queue.QueueSetting(
            new Dialogs.Turns.ConversationReference(_host.Connector.BaseUrl, "19:queue@thread.tacv2", GraphHost.TenantId, "msteams",
                Dialogs.Turns.ConversationKind.Channel, "28:bot"), null, "29:lead", "Lead", "en-US", DateTimeOffset.UtcNow), default);
        Assert.Equal(1, await _host.Get<AccessReviewRunner>().RunOnceAsync(default));

        var sent = await _host.Get<IOutboxStore>().GetAsync($"access-review/crm/1/card/{Owner}", default);
        Assert.Equal((Dialogs.Outbox.OutboxKind.CreatePersonalConversation, Owner), (sent!.Draft.Kind, sent.Draft.RecipientUserId));
        var card = JsonNode.Parse(sent.Draft.Payload)!["attachments"]![0]!["content"]!;
        Assert.Contains("Hugo Holder", card.ToJsonString(Readable), StringComparison.Ordinal);
        var remove = card["body"]!.AsArray().OfType<JsonObject>()
            .SelectMany(e => e.ToJsonString().Contains(AccessReviewVerbs.Remove, StringComparison.Ordinal) ? Actions(e) : [])
            .Single(a => (string?)a["verb"] == AccessReviewVerbs.Remove)["data"]!.AsObject();

        var refused = await _host.InvokeAsync("29:someone-else", "55555555-0000-0000-0000-000000000009", "Someone Else", OwnerChat, remove);
        var answer = await _host.InvokeAsync("29:olivia-teams-id", Owner, "Olivia Owner", OwnerChat, remove);
        await _host.Get<MembershipJobRunner>().RunOnceAsync(DateTimeOffset.UtcNow, default);

        Assert.Contains("Only the owners", refused.GetProperty("value").GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Removal decided by Olivia Owner", answer.GetProperty("value").GetRawText(), StringComparison.Ordinal);
        Assert.Empty(_host.Graph.GroupMembers[Group]);
        var last = (await _host.Get<ITicketStore>().GetHistoryAsync(ticket.Number, default))[^1];
        Assert.Contains(new FieldChange("access", "granted", "removed"), last.Changes);
    }

    /// <summary>Hugo's CRM request, fulfilled by the service desk itself (its Fulfilled event by Microsoft Entra ID).</summary>
    private async Task<Ticket> FulfilledAsync()
    {
        var tickets = _host.Get<ITicketStore>();
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
}
