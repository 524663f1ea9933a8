using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using ServiceDesk.EndToEnd.Tests.Support;
using ServiceDesk.Infra.Tests.Graph;

namespace ServiceDesk.EndToEnd.Tests.Graph;

/// <summary>
/// The bot and the Playground as processes with Microsoft Graph on against the fake Graph on loopback. The bot is a
/// separate process, so no test credential can be injected: it uses a user-assigned managed identity, whose token
/// endpoint (App Service's, named by IDENTITY_ENDPOINT and IDENTITY_HEADER) is a stand-in on loopback too. The CRM
/// grants its access through <see cref="CrmGroup"/> (AutoFulfil) and the membership jobs run every second. The bot's
/// clock is the real one moved forward by a file the tests write (<see cref="MoveClockToAsync"/>), and its read-only API
/// answers <see cref="TicketJsonAsync"/>. A scenario that needs more settings is a fixture deriving from this one.
/// </summary>
public class GraphDesk : IAsyncLifetime
{
    public const string CrmGroup = "5f0e8c1a-7b2d-4e6f-9a3c-1d2e3f4a5b6c";

    private const string ApiKey = "end-to-end-graph-api-key-0123456789";

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
    private readonly string _clockFile = Path.Combine(Path.GetTempPath(), "servicedesk-e2e-clock-" + Guid.NewGuid().ToString("N")[..8]);
    private LoopbackServer? _identity;

    internal FakeGraph Graph { get; private set; } = null!;

    public BotAndPlayground Processes { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Graph = await FakeGraph.StartAsync();
        Graph.GroupMembers[CrmGroup] = [];
        Prepare(Graph);
        _identity = await LoopbackServer.StartAsync(AnswerTokenAsync);
        var settings = new Dictionary<string, string?>
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
            ["Bot__LocalClockFile"] = _clockFile,
            ["Api__Keys__0"] = ApiKey,
            // Each HTTP call logs four lines: the bot's own lines are what a failure message needs.
            ["Logging__LogLevel__System.Net.Http.HttpClient"] = "Warning",
        };
        foreach (var (key, value) in MoreSettings())
        {
            settings[key] = value;
        }

        Processes = new BotAndPlayground(settings, PlaygroundTenant);
        await Processes.InitializeAsync();
    }

    /// <summary>
    /// Moves the bot's clock forward to <paramref name="at"/> (real time goes on from there); its workers see it at
    /// their next pass. The clock never goes back.
    /// </summary>
    public Task MoveClockToAsync(DateTimeOffset at) =>
        File.WriteAllTextAsync(_clockFile, (at - DateTimeOffset.UtcNow).ToString("c", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A ticket and its history as the read-only API gives it.</summary>
    public async Task<string> TicketJsonAsync(string number)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Processes.BotUrl}/api/tickets/{number}");
        request.Headers.Add("X-Api-Key", ApiKey);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {body}");
        return body;
    }

    /// <summary>What a scenario puts in the fake Graph before the bot starts.</summary>
    private protected virtual void Prepare(FakeGraph graph)
    {
    }

    /// <summary>Settings a scenario adds over the ones above (<c>Section__Key</c>).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> MoreSettings() => [];

    public async Task DisposeAsync()
    {
        await Processes.DisposeAsync();
        if (_identity is not null)
        {
            await _identity.DisposeAsync();
        }

        await Graph.DisposeAsync();
        File.Delete(_clockFile);
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
