using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ServiceDesk.EndToEnd.Tests.Flows;
using ServiceDesk.EndToEnd.Tests.Playground;

namespace ServiceDesk.EndToEnd.Tests.Graph;

/// <summary>
/// The steps the Graph scenarios share: a CRM (Read) request made in the Playground, its approval card read from the
/// Playground's log and approved, and a click sent straight to the bot as Teams would send it from a chat the
/// Playground cannot show (one the bot opened by an Entra object id).
/// </summary>
internal static partial class GraphRequests
{
    /// <summary>The card goes through the outbox and the membership through the jobs' runner: both poll, on a loaded machine.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Asks for the CRM at the Read level, until <paramref name="endDate"/> (ISO; empty: no end); returns the request's number.</summary>
    public static async Task<string> RequestCrmAsync(PlaygroundPerson requester, string endDate, string approverName)
    {
        await requester.SayAsync("I need access to the CRM");
        var level = await requester.NextCardAsync("Which access level do you need for CRM (Dynamics 365 Sales)?");
        var justification = (await requester.ExecuteAsync(level, "access.answer", new JsonObject { ["level"] = "read" })).ReplacedCard;
        var end = (await requester.ExecuteAsync(justification, "access.answer", new JsonObject
        {
            ["justification"] = "I take over the western region's customer accounts.",
        })).ReplacedCard;
        var summary = (await requester.ExecuteAsync(end, "access.answer", new JsonObject { ["endDate"] = endDate })).ReplacedCard;
        var sent = (await requester.ExecuteAsync(summary, "access.send")).ReplacedCard;
        var number = RequestNumber().Match(sent.Readable).Value;
        Assert.True(sent.Shows($"Your request {number} is sent to {approverName} for approval"), sent.Readable);
        return number;
    }

    /// <summary>
    /// The bot opens the approver's chat by the object id Graph gave; the Playground knows its users by their Teams ids
    /// only and cannot deliver there. So the card is read from the Playground's log (what the bot sent), and the
    /// approver's click goes straight to the bot's endpoint. Returns the bot's answer to the click.
    /// </summary>
    public static async Task<string> ApproveAsync(GraphDesk desk, PlaygroundLog log, string number, PlaygroundUser approver, string tenantId)
    {
        var (card, conversation) = await SentCardAsync(log, $"Access request {number}");
        var approve = new CardView(string.Empty, string.Empty, card).ActionData("approval.approve");
        approve["comment"] = string.Empty;
        return await ClickAsync(desk, approver, conversation ?? "a:approver-chat", tenantId, approve);
    }

    /// <summary>The first card the bot sent (to any chat) whose JSON contains <paramref name="text"/>, with its chat.</summary>
    public static async Task<(JsonObject Card, string? ConversationId)> SentCardAsync(PlaygroundLog log, string text, Func<JsonObject, bool>? also = null)
    {
        var posted = await log.WaitForAsync(
            e => (string?)e["from"] == PlaygroundLog.FromBot && (string?)e["activityName"] == "message"
                && e["request"]?["body"]?["attachments"]?[0]?["content"] is JsonObject card
                && card.ToJsonString().Contains(text, StringComparison.Ordinal) && (also?.Invoke(card) ?? true),
            Timeout);
        return ((JsonObject)posted["request"]!["body"]!["attachments"]![0]!["content"]!, (string?)posted["request"]!["body"]!["conversation"]?["id"]);
    }

    /// <summary>An Action.Execute click by <paramref name="user"/> in <paramref name="conversationId"/>, as Teams sends it; returns the bot's answer.</summary>
    public static async Task<string> ClickAsync(GraphDesk desk, PlaygroundUser user, string conversationId, string tenantId, JsonObject data)
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
    public static partial Regex RequestNumber();
}
