using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Graph;
using ServiceDesk.Infra.Tests.Graph;

namespace ServiceDesk.Bot.Tests.Flows;

/// <summary>
/// The real host with Microsoft Graph on, against a fake Graph on loopback (the real GraphServiceClient, resilience
/// and cache): Camille's manager is whoever Graph names, past a disabled account, and approves from the card.
/// </summary>
public sealed class GraphAccessRequestHostTests : IAsyncLifetime
{
    private const string Camille = "29:1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-abcdefghijklmnopqrstuvwxyzABCDEFG";
    private const string CamilleObjectId = "6b1f0d2e-4a5b-4c3d-9e8f-0a1b2c3d4e5f";
    private const string Sam = "44444444-0000-0000-0000-000000000001";
    private const string Alex = "44444444-0000-0000-0000-000000000002";

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private FakeConnector _connector = null!;
    private FakeGraph _graph = null!;
    private BotHostFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _graph = await FakeGraph.StartAsync();
        _graph.Add(new FakeUser(CamilleObjectId, "Camille Martin", Sam), new FakeUser(Sam, "Sam Gone", Alex, Enabled: false),
            new FakeUser(Alex, "Alex Approver"));
        _factory = new BotHostFactory(
            new Dictionary<string, string?>
            {
                ["Graph:Enabled"] = "true",
                ["Graph:BaseUrl"] = _graph.BaseUrl,
                ["Graph:TenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47",
                ["Graph:ClientId"] = "00000000-0000-0000-0000-00000000000b",
                ["Graph:ClientSecret"] = "not-a-secret",
                ["Outbox:Enabled"] = "false", // the test reads the records the turns write
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
    public async Task AccessRequest_GoesToTheManagerGraphNamesPastADisabledOne_WhoApproves()
    {
        foreach (var text in new[] { "request access", "crm", "2", "I join the sales team and will follow customer accounts.", "none", "yes" })
        {
            Assert.Equal(HttpStatusCode.OK, (await MessageAsync(text)).StatusCode);
        }

        var tickets = _factory.Services.GetRequiredService<ITicketStore>();
        var request = Assert.Single((await tickets.ListByRequesterAsync(Camille, 10, null, default)).Tickets);
        Assert.Equal(TicketStatus.AwaitingApproval, request.Status);
        Assert.Equal([Alex], request.Access!.Approvers!.Select(a => a.Id));
        Assert.Equal(new ApproverRouting(ApproverAbsence.ManagerDisabled, "Sam Gone"), request.Access.Routing);
        Assert.True(_graph.Requests.All(r => r.Authorized));

        var approval = await _factory.Services.GetRequiredService<IOutboxStore>().GetAsync($"{request.Number}/v1/approval/{Alex}", default);
        Assert.NotNull(approval);
        Assert.Equal((OutboxKind.CreatePersonalConversation, Alex), (approval.Draft.Kind, approval.Draft.RecipientUserId));
        var card = JsonNode.Parse(approval.Draft.Payload)!["attachments"]![0]!["content"]!;
        Assert.Contains("The manager's account (Sam Gone) is disabled: the next manager up approves.", card.ToJsonString(Readable), StringComparison.Ordinal);
        var approve = card["actions"]!.AsArray().Single(a => (string?)a!["verb"] == "approval.approve")!["data"]!.AsObject();

        // Alex clicks Approve in his own chat: Teams names him by his Teams id and his Entra object id.
        var answer = await InvokeAsync("29:alex-teams-id", Alex, "Alex Approver", approve);

        Assert.Contains("Approved by Alex Approver", answer.GetProperty("value").GetRawText(), StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Approved, (await tickets.GetAsync(request.Number, default))!.Status);
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

    private async Task<JsonElement> InvokeAsync(string userId, string objectId, string name, JsonObject data)
    {
        var json = ActivityFixtures.With("adaptive-card-action-invoke", _connector.BaseUrl, a =>
        {
            a["id"] = "f:" + Guid.NewGuid().ToString("N");
            a["from"] = new JsonObject { ["id"] = userId, ["name"] = name, ["aadObjectId"] = objectId };
            a["conversation"]!["id"] = "a:alex-chat";
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
