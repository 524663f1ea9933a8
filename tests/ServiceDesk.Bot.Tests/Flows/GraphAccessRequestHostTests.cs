using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
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

    private readonly GraphHost _host = new();

    public async Task InitializeAsync()
    {
        await _host.InitializeAsync();
        _host.Graph.Add(new FakeUser(CamilleObjectId, "Camille Martin", Sam), new FakeUser(Sam, "Sam Gone", Alex, Enabled: false),
            new FakeUser(Alex, "Alex Approver"));
    }

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task AccessRequest_GoesToTheManagerGraphNamesPastADisabledOne_WhoApproves()
    {
        foreach (var text in new[] { "request access", "crm", "2", "I join the sales team and will follow customer accounts.", "none", "yes" })
        {
            Assert.Equal(HttpStatusCode.OK, (await _host.MessageAsync(text)).StatusCode);
        }

        var tickets = _host.Get<ITicketStore>();
        var request = Assert.Single((await tickets.ListByRequesterAsync(Camille, 10, null, default)).Tickets);
        Assert.Equal(TicketStatus.AwaitingApproval, request.Status);
        Assert.Equal([Alex], request.Access!.Approvers!.Select(a => a.Id));
        Assert.Equal(new ApproverRouting(ApproverAbsence.ManagerDisabled, "Sam Gone"), request.Access.Routing);
        Assert.True(_host.Graph.Requests.All(r => r.Authorized));

        var approval = await _host.Get<IOutboxStore>().GetAsync($"{request.Number}/v1/approval/{Alex}", default);
        Assert.NotNull(approval);
        Assert.Equal((OutboxKind.CreatePersonalConversation, Alex), (approval.Draft.Kind, approval.Draft.RecipientUserId));
        var card = JsonNode.Parse(approval.Draft.Payload)!["attachments"]![0]!["content"]!;
        Assert.Contains("The manager's account (Sam Gone) is disabled: the next manager up approves.", card.ToJsonString(Readable), StringComparison.Ordinal);
        var approve = card["actions"]!.AsArray().Single(a => (string?)a!["verb"] == "approval.approve")!["data"]!.AsObject();

        // Alex clicks Approve in his own chat: Teams names him by his Teams id and his Entra object id.
        var answer = await _host.InvokeAsync("29:alex-teams-id", Alex, "Alex Approver", "a:alex-chat", approve);

        Assert.Contains("Approved by Alex Approver", answer.GetProperty("value").GetRawText(), StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Approved, (await tickets.GetAsync(request.Number, default))!.Status);
    }
}
