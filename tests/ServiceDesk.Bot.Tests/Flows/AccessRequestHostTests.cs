using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Bot.Tests.Flows;

/// <summary>
/// Flow 2 through the real host (WebApplicationFactory, SQLite stores): Camille requests access in French, the
/// approval card waits in the outbox for her manager, the manager approves from it, and Camille's notification
/// waits in the outbox in French.
/// </summary>
public sealed class AccessRequestHostTests : IAsyncLifetime
{
    private const string Camille = "29:1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-abcdefghijklmnopqrstuvwxyzABCDEFG";
    private const string CamilleChat = "a:1Xy9ZkL_personal-chat-id-with-underscores_and-dashes-0123456789";
    private const string Approver = "29:approver-alex";

    private FakeConnector _connector = null!;
    private BotHostFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _factory = new BotHostFactory(new Dictionary<string, string?>
        {
            ["Directory:Managers:0:Employee"] = Camille,
            ["Directory:Managers:0:Manager:Id"] = Approver,
            ["Directory:Managers:0:Manager:Name"] = "Alex Approver",
            ["Outbox:Enabled"] = "false", // these tests read the records the turns write; turns now wake the worker at once
        });
        _client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Request_ApprovalCardInTheOutbox_ApproverApproves_RequesterNotifiedInFrench()
    {
        // Camille asks, in French, by button then by typing.
        var started = await InvokeAsync(Camille, "Camille Martin", CamilleChat, "fr-FR", new JsonObject { ["verb"] = "menu.requestAccess" });
        Assert.StartsWith("À quelle ressource", started.GetProperty("value").GetProperty("body")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        foreach (var text in new[] { "crm", "2", "Je rejoins l'équipe commerciale et je suivrai des comptes clients.", "aucune", "oui" })
        {
            Assert.Equal(HttpStatusCode.OK, (await MessageAsync(text)).StatusCode);
        }

        var tickets = _factory.Services.GetRequiredService<ITicketStore>();
        var outbox = _factory.Services.GetRequiredService<IOutboxStore>();
        var request = Assert.Single((await tickets.ListByRequesterAsync(Camille, 10, null, default)).Tickets);
        Assert.Equal((TicketKind.Request, TicketStatus.AwaitingApproval), (request.Kind, request.Status));
        Assert.Contains(_connector.Received, r => r.Body?.GetRawText().Contains(request.Number.ToString(), StringComparison.Ordinal) == true);

        // The approval card waits for Alex, who never talked to the bot: the worker will create the 1:1 chat.
        var approval = await outbox.GetAsync($"{request.Number}/v1/approval/{Approver}", default);
        Assert.NotNull(approval);
        Assert.Equal((OutboxKind.CreatePersonalConversation, Approver, OutboxStatus.Pending), (approval.Draft.Kind, approval.Draft.RecipientUserId, approval.Status));
        var card = JsonNode.Parse(approval.Draft.Payload)!["attachments"]![0]!["content"]!;
        var approve = card["actions"]!.AsArray().Single(a => (string?)a!["verb"] == "approval.approve")!["data"]!.AsObject();

        // Alex clicks Approve (Action.Execute) in his own chat.
        var answer = await InvokeAsync(Approver, "Alex Approver", "a:alex-chat", "en-US", approve);
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer.GetProperty("type").GetString());
        Assert.Contains("Approved by Alex Approver", answer.GetProperty("value").GetRawText(), StringComparison.Ordinal);

        Assert.Equal(TicketStatus.Approved, (await tickets.GetAsync(request.Number, default))!.Status);
        var note = await outbox.GetAsync($"{request.Number}/v2/requester", default);
        Assert.NotNull(note);
        Assert.Equal((OutboxKind.Send, CamilleChat), (note.Draft.Kind, note.Draft.Target.ConversationId));
        Assert.StartsWith($"Bonne nouvelle : votre demande d'accès {request.Number}", (string?)JsonNode.Parse(note.Draft.Payload)!["text"], StringComparison.Ordinal);

        // A second click on the same card: no second decision, no second notification.
        var again = await InvokeAsync(Approver, "Alex Approver", "a:alex-chat", "en-US", approve);
        Assert.Contains("already been decided", again.GetProperty("value").GetRawText(), StringComparison.Ordinal);
        Assert.Single(await tickets.GetHistoryAsync(request.Number, default), e => e.Kind == TicketEventKind.Approved);
        Assert.Null(await outbox.GetAsync($"{request.Number}/v3/requester", default));
    }

    [Fact]
    public async Task SomeoneElse_ClicksApprove_IsRefusedAndNothingChanges()
    {
        await InvokeAsync(Camille, "Camille Martin", CamilleChat, "en-US", new JsonObject { ["verb"] = "menu.requestAccess" });
        foreach (var text in new[] { "visio", "I draw the network diagrams for the new office.", "none", "yes" })
        {
            await MessageAsync(text, "en-US");
        }

        var tickets = _factory.Services.GetRequiredService<ITicketStore>();
        var request = Assert.Single((await tickets.ListByRequesterAsync(Camille, 10, null, default)).Tickets);
        var data = new JsonObject { ["verb"] = "approval.approve", ["ticket"] = request.Number.ToString(), ["version"] = request.Version };

        var answer = await InvokeAsync(Camille, "Camille Martin", CamilleChat, "en-US", data);

        Assert.Equal("application/vnd.microsoft.activity.message", answer.GetProperty("type").GetString());
        Assert.Equal("Only the designated approver of this request can approve or reject it.", answer.GetProperty("value").GetString());
        Assert.Equal(TicketStatus.AwaitingApproval, (await tickets.GetAsync(request.Number, default))!.Status);
    }

    private async Task<HttpResponseMessage> MessageAsync(string text, string locale = "fr-FR")
    {
        var json = ActivityFixtures.With("personal-message", _connector.BaseUrl, a =>
        {
            a["text"] = text;
            a["id"] = Guid.NewGuid().ToString("N");
            a["locale"] = locale;
        });
        return await _client.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));
    }

    /// <summary>An <c>adaptiveCard/action</c> invoke from <paramref name="userId"/>; returns the invoke response body.</summary>
    private async Task<JsonElement> InvokeAsync(string userId, string name, string conversationId, string locale, JsonObject data)
    {
        var json = ActivityFixtures.With("adaptive-card-action-invoke", _connector.BaseUrl, a =>
        {
            a["id"] = "f:" + Guid.NewGuid().ToString("N");
            a["from"] = new JsonObject { ["id"] = userId, ["name"] = name };
            a["conversation"]!["id"] = conversationId;
            a["locale"] = locale;
            a["value"] = CardClick.Value(data);
        });
        return await CardClick.PostAsync(_client, json);
    }
}
