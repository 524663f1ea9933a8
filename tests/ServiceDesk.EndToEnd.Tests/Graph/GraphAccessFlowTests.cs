using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ServiceDesk.EndToEnd.Tests.Flows;
using ServiceDesk.EndToEnd.Tests.Playground;
using ServiceDesk.EndToEnd.Tests.Support;
using ServiceDesk.Infra.Tests.Graph;

namespace ServiceDesk.EndToEnd.Tests.Graph;

/// <summary>
/// Access fulfilled through Microsoft Graph, end to end through the Playground: the fake Graph names the signed-in
/// user's manager (another Playground user, by their Entra object id), the manager approves the card the bot sent
/// them, the bot adds the requester to the CRM's group (POST members/$ref) and tells them in the Playground.
/// </summary>
public sealed partial class GraphAccessFlowTests(GraphDesk desk) : IClassFixture<GraphDesk>
{
    /// <summary>The card goes through the outbox and the membership through the jobs' runner: both poll, on a loaded machine.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_request_approved_by_the_manager_Graph_names_adds_the_requester_to_the_group_and_tells_them()
    {
        var processes = desk.Processes;
        var config = await processes.Playground.GetConfigAsync(CancellationToken.None);
        var alex = config.Users[config.CurrentUserId];
        var megan = config.Users["user-id-1"];
        // Graph, not the configured directory, names the manager: a name the sample directory does not hold.
        desk.Graph.Add(new FakeUser(alex.AadObjectId, alex.Name, megan.AadObjectId), new FakeUser(megan.AadObjectId, "Megan Bowen (Graph)"));
        await using var stream = await processes.OpenStreamAsync(CancellationToken.None);
        await using var log = await processes.OpenLogAsync(CancellationToken.None);
        var requester = new PlaygroundPerson(processes, stream, config.CurrentUserId, config.PersonalChatId, "en-US");

        await requester.SayAsync("I need access to the CRM");
        var level = await requester.NextCardAsync("Which access level do you need for CRM (Dynamics 365 Sales)?");
        var justification = (await requester.ExecuteAsync(level, "access.answer", new JsonObject { ["level"] = "read" })).ReplacedCard;
        var endDate = (await requester.ExecuteAsync(justification, "access.answer", new JsonObject
        {
            ["justification"] = "I take over the western region's customer accounts.",
        })).ReplacedCard;
        var summary = (await requester.ExecuteAsync(endDate, "access.answer", new JsonObject { ["endDate"] = string.Empty })).ReplacedCard;
        var sent = (await requester.ExecuteAsync(summary, "access.send")).ReplacedCard;
        var number = RequestNumber().Match(sent.Readable).Value;
        Assert.True(sent.Shows($"Your request {number} is sent to Megan Bowen (Graph) for approval"), sent.Readable);

        // The bot opens the manager's chat by the object id Graph gave; the Playground knows its users by their Teams
        // ids only and cannot deliver there. So the card is read from the Playground's log (what the bot sent), and the
        // manager's click goes straight to the bot's endpoint, as Teams would send it from their chat.
        var posted = await log.WaitForAsync(
            e => (string?)e["from"] == PlaygroundLog.FromBot && (string?)e["activityName"] == "message"
                && e["request"]?["body"]?.ToJsonString().Contains($"Access request {number}", StringComparison.Ordinal) == true,
            Timeout);
        var card = (JsonObject)posted["request"]!["body"]!["attachments"]![0]!["content"]!;
        var approve = new CardView(string.Empty, string.Empty, card).ActionData("approval.approve");
        approve["comment"] = string.Empty;
        var decided = await ClickAsync(megan, (string?)posted["request"]!["body"]!["conversation"]?["id"] ?? "a:megan-chat", config.TenantId, approve);
        Assert.True(decided.Contains("Approved by Megan Bowen on", StringComparison.Ordinal), decided);

        await Wait.UntilAsync(
            _ => Task.FromResult(desk.Graph.GroupMembers[GraphDesk.CrmGroup].Contains(alex.AadObjectId)),
            Timeout, "the requester in the CRM's group", processes.Diagnostics);
        Assert.Contains(desk.Graph.Requests, r => r is { Method: "POST", Authorized: true }
            && r.PathAndQuery.Contains($"/groups/{GraphDesk.CrmGroup}/members/$ref", StringComparison.Ordinal));
        await requester.NextTextAsync(
            $"Your request {number}: you now have CRM (Dynamics 365 Sales) (Read). You were added to its group; it can take a few minutes to reach every app.");
    }

    private async Task<string> ClickAsync(PlaygroundUser user, string conversationId, string tenantId, JsonObject data)
    {
        var invoke = new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = desk.Processes.PlaygroundUrl + "/",
            ["from"] = new JsonObject { ["id"] = user.Id, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId },
            ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = tenantId, ["id"] = conversationId },
            ["recipient"] = new JsonObject { ["id"] = "00000000-0000-0000-0000-000000000011", ["name"] = "Test Bot" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
            ["locale"] = "en-US",
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = (string?)data["verb"], ["data"] = data },
                ["trigger"] = "manual",
            },
        };
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var response = await http.PostAsync(
            desk.Processes.BotUrl + "/api/messages", new StringContent(invoke.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {body}");
        return body;
    }

    [GeneratedRegex(@"REQ-\d{6}")]
    private static partial Regex RequestNumber();
}
