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

    /// <summary>
    /// Asks for the CRM at the Read level, until <paramref name="endDate"/> (ISO; empty: no end); returns the request's
    /// number. With <paramref name="submit"/> the buttons are clicked as their Action.Submit fallback (messages), for a
    /// person the Playground's invoke API does not know in that chat.
    /// </summary>
    public static async Task<string> RequestCrmAsync(PlaygroundPerson requester, string endDate, string approverName, bool submit = false)
    {
        await requester.SayAsync("I need access to the CRM");
        var level = await requester.NextCardAsync("Which access level do you need for CRM (Dynamics 365 Sales)?");
        var justification = await StepAsync(requester, level, "access.answer", new JsonObject { ["level"] = "read" }, "Why do you need this access?", submit);
        var end = await StepAsync(requester, justification, "access.answer", new JsonObject
        {
            ["justification"] = "I take over the western region's customer accounts.",
        }, "Is this access temporary?", submit);
        var summary = await StepAsync(requester, end, "access.answer", new JsonObject { ["endDate"] = endDate }, "Check your request", submit);
        var sent = submit
            ? await SubmitAsync(requester, summary, "access.send", null, "is sent to")
            : (await requester.ExecuteAsync(summary, "access.send")).ReplacedCard.Readable;
        var number = RequestNumber().Match(sent).Value;
        Assert.True(sent.Contains($"Your request {number} is sent to {approverName} for approval", StringComparison.Ordinal), sent);
        return number;
    }

    /// <summary>
    /// The bot opens the approver's chat by the object id Graph gave; the Playground knows its users by their Teams ids
    /// only and cannot deliver there. So the card is read from the Playground's log (what the bot sent), and the
    /// approver's click goes straight to the bot's endpoint, from the Playground's 1:1 chat: the click's turn tells the
    /// bot that chat and the approver's object id, and the next card to them goes there, which the Playground can take
    /// (a chat the bot created in the Playground cannot be written to again). Returns the bot's answer to the click.
    /// </summary>
    public static async Task<string> ApproveAsync(GraphDesk desk, PlaygroundLog log, string number, PlaygroundUser approver, string tenantId)
    {
        var (card, _) = await SentCardAsync(desk, log, $"Access request {number}");
        var approve = new CardView(string.Empty, string.Empty, card).ActionData("approval.approve");
        approve["comment"] = string.Empty;
        var config = await desk.Processes.Playground.GetConfigAsync(CancellationToken.None);
        return await ClickAsync(desk, approver, config.PersonalChatId, tenantId, approve);
    }

    /// <summary>The first card the bot sent (to any chat) whose JSON contains <paramref name="text"/>, with its chat.</summary>
    public static async Task<(JsonObject Card, string? ConversationId)> SentCardAsync(
        GraphDesk desk, PlaygroundLog log, string text, Func<JsonObject, bool>? also = null, TimeSpan? timeout = null)
    {
        JsonObject posted;
        try
        {
            posted = await log.WaitForAsync(
                e => (string?)e["from"] == PlaygroundLog.FromBot && (string?)e["activityName"] == "message"
                    && e["request"]?["body"]?["attachments"]?[0]?["content"] is JsonObject card
                    && card.ToJsonString().Contains(text, StringComparison.Ordinal) && (also?.Invoke(card) ?? true),
                timeout ?? Timeout);
        }
        catch (TimeoutException timedOut)
        {
            throw new TimeoutException($"Waiting for a card with \"{text}\": {timedOut.Message}{Environment.NewLine}{desk.Processes.Diagnostics()}", timedOut);
        }

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
            // The Playground's connector, as on the activities it sends itself: the bot may write back to this chat later.
            ["serviceUrl"] = desk.Processes.PlaygroundUrl + "/_connector",
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

    private static async Task<CardView> StepAsync(PlaygroundPerson person, CardView card, string verb, JsonObject inputs, string next, bool submit)
    {
        if (!submit)
        {
            return (await person.ExecuteAsync(card, verb, inputs)).ReplacedCard;
        }

        await person.SubmitAsync(card, verb, inputs);
        return await person.NextCardAsync(next);
    }

    /// <summary>Clicks as Action.Submit; what the next message showing <paramref name="next"/> reads (a card or a text).</summary>
    private static async Task<string> SubmitAsync(PlaygroundPerson person, CardView card, string verb, JsonObject? inputs, string next)
    {
        await person.SubmitAsync(card, verb, inputs);
        var answer = await person.NextAsync(m => (CardView.From(m)?.Readable ?? m.Text ?? string.Empty).Contains(next, StringComparison.Ordinal), $"a message showing \"{next}\"");
        return CardView.From(answer)?.Readable ?? answer.Text ?? string.Empty;
    }

    [GeneratedRegex(@"REQ-\d{6}")]
    public static partial Regex RequestNumber();
}
