using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using ServiceDesk.EndToEnd.Tests.Support;
using ServiceDesk.Infra.Tests.Graph;

namespace ServiceDesk.EndToEnd.Tests.Graph;

/// <summary>
/// The bot and the Playground as processes with Microsoft Graph on against the fake Graph on loopback. The bot is a
/// separate process, so no test credential can be injected: it uses a user-assigned managed identity, whose token
/// endpoint (App Service's, named by IDENTITY_ENDPOINT and IDENTITY_HEADER) is a stand-in on loopback too. The CRM
/// grants its access through <see cref="CrmGroup"/> (AutoFulfil) and the membership jobs run every second.
/// </summary>
public sealed class GraphDesk : IAsyncLifetime
{
    public const string CrmGroup = "5f0e8c1a-7b2d-4e6f-9a3c-1d2e3f4a5b6c";

    private const string IdentityHeader = "end-to-end-identity-header";

    // The Playground's built-in users have object ids one digit too long to be GUIDs, which the bot never sends to
    // Graph: the same people with Entra-shaped object ids.
    private const string PlaygroundTenant = """
        version: "0.1.1"
        tenantId: 00000000-0000-0000-0000-000000000001
        bot:
          id: 00000000-0000-0000-0000-000000000011
          name: Test Bot
        currentUser:
          id: user-id-0
          name: Alex Wilber
          userPrincipleName: alexw@example.com
          aadObjectId: 00000000-0000-0000-0000-000000000020
          givenName: Alex
          surname: Wilber
          email: alexw@example.com
        users:
          - id: user-id-1
            name: Megan Bowen
            userPrincipleName: meganb@example.com
            aadObjectId: 00000000-0000-0000-0000-000000000021
            givenName: Megan
            surname: Bowen
            email: meganb@example.com
          - id: user-id-2
            name: Adele Vance
            userPrincipleName: adelev@example.com
            aadObjectId: 00000000-0000-0000-0000-000000000022
            givenName: Adele
            surname: Vance
            email: adelev@example.com
          - id: user-id-3
            name: Isaiah Langer
            userPrincipleName: isaiahl@example.com
            aadObjectId: 00000000-0000-0000-0000-000000000023
            givenName: Isaiah
            surname: Langer
            email: isaiahl@example.com
          - id: user-id-4
            name: Patti Fernandez
            userPrincipleName: pattif@example.com
            aadObjectId: 00000000-0000-0000-0000-000000000024
            givenName: Patti
            surname: Fernandez
            email: pattif@example.com
          - id: user-id-5
            name: Lynne Robbins
            userPrincipleName: lynner@example.com
            aadObjectId: 00000000-0000-0000-0000-000000000025
            givenName: Lynne
            surname: Robbins
            email: lynner@example.com
        personalChat:
          id: personal-chat-id
        groupChat:
          id: group-chat-id
          name: Group Chat
        team:
          id: team-id
          name: My Team
          aadGroupId: 00000000-0000-0000-0000-000000000031
          channels:
            - id: channel-announcements-id
              name: Announcements

        """;
    private LoopbackServer? _identity;

    internal FakeGraph Graph { get; private set; } = null!;

    public BotAndPlayground Processes { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Graph = await FakeGraph.StartAsync();
        Graph.GroupMembers[CrmGroup] = [];
        _identity = await LoopbackServer.StartAsync(AnswerTokenAsync);
        Processes = new BotAndPlayground(new Dictionary<string, string?>
        {
            ["Graph__Enabled"] = "true",
            ["Graph__BaseUrl"] = Graph.BaseUrl,
            ["Graph__ManagedIdentityClientId"] = "00000000-0000-0000-0000-00000000000b",
            ["IDENTITY_ENDPOINT"] = _identity.BaseUrl + "msi/token",
            ["IDENTITY_HEADER"] = IdentityHeader,
            ["Catalogue__Access__Resources__0__GroupId"] = CrmGroup,
            ["Catalogue__Access__Resources__0__AutoFulfil"] = "true",
            ["Fulfilment__CheckIntervalSeconds"] = "1",
            ["Outbox__PollIntervalMilliseconds"] = "200",
        }, PlaygroundTenant);
        await Processes.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Processes.DisposeAsync();
        if (_identity is not null)
        {
            await _identity.DisposeAsync();
        }

        await Graph.DisposeAsync();
    }

    // The fake Graph only records whether this token arrived: a wrong header gets none, so the Graph calls would fail.
    private static async Task AnswerTokenAsync(HttpContext context)
    {
        if (context.Request.Headers["X-IDENTITY-HEADER"] != IdentityHeader)
        {
            context.Response.StatusCode = 401;
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(new JsonObject
        {
            ["access_token"] = FakeGraphCredential.Token,
            ["expires_on"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["resource"] = (string?)context.Request.Query["resource"],
            ["token_type"] = "Bearer",
            ["client_id"] = (string?)context.Request.Query["client_id"],
        }.ToJsonString());
    }
}
