using System.Text.Json.Nodes;

namespace ServiceDesk.EndToEnd.Tests.ScaleOut;

/// <summary>The activities Teams sends: a 1:1 message, a card's button (Action.Execute or Action.Submit), a channel mention.</summary>
internal static class TeamsActivities
{
    private const string BotId = "28:00000000-0000-0000-0000-00000000b0b0";

    public static string PersonalChat(string userId) => "a:chat-" + userId;

    public static JsonObject Message(string userId, string name, string text)
    {
        var activity = Personal("message", userId, name);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return activity;
    }

    /// <summary>A click on <paramref name="verb"/> of <paramref name="card"/>, in the conversation the card is in, with typed inputs.</summary>
    public static JsonObject Click(JsonObject card, string verb, string userId, string name, string conversationId, string? cardActivityId, JsonObject? inputs = null)
    {
        var action = Actions(card).FirstOrDefault(a => (string?)a["verb"] == verb || (string?)a["data"]?["verb"] == verb)
            ?? throw new InvalidOperationException($"No button {verb} on the card: {card.ToJsonString()}");
        var data = action["data"]?.DeepClone() as JsonObject ?? [];
        foreach (var (key, value) in inputs ?? [])
        {
            data[key] = value?.DeepClone();
        }

        var channel = conversationId.StartsWith("19:", StringComparison.Ordinal);
        var activity = channel ? Channel("message", userId, name, conversationId) : Personal("message", userId, name);
        activity["replyToId"] = cardActivityId;
        if ((string?)action["type"] == "Action.Execute")
        {
            activity["type"] = "invoke";
            activity["name"] = "adaptiveCard/action";
            activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" };
        }
        else
        {
            activity["value"] = data;
        }

        return activity;
    }

    /// <summary>A message in a thread of the agents' channel that mentions the bot.</summary>
    public static JsonObject Mention(string userId, string name, string threadId, string text)
    {
        var activity = Channel("message", userId, name, threadId);
        activity["text"] = $"<at>Service Desk</at> {text}";
        activity["textFormat"] = "plain";
        activity["entities"] = new JsonArray(
            new JsonObject { ["type"] = "mention", ["text"] = "<at>Service Desk</at>", ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "Service Desk" } },
            ClientInfo());
        return activity;
    }

    private static JsonObject Personal(string type, string userId, string name) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = name, ["aadObjectId"] = Guid.NewGuid().ToString() },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = TwoInstances.Tenant, ["id"] = PersonalChat(userId) },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Service Desk" },
        ["entities"] = new JsonArray(ClientInfo()),
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TwoInstances.Tenant } },
        ["locale"] = "en-US",
        ["localTimezone"] = "America/New_York",
    };

    private static JsonObject Channel(string type, string userId, string name, string conversationId)
    {
        var activity = Personal(type, userId, name);
        activity["conversation"] = new JsonObject
        {
            ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = TwoInstances.Tenant, ["id"] = conversationId,
        };
        activity["channelData"] = new JsonObject
        {
            ["teamsChannelId"] = TwoInstances.QueueChannel,
            ["teamsTeamId"] = TwoInstances.TeamId,
            ["channel"] = new JsonObject { ["id"] = TwoInstances.QueueChannel },
            ["team"] = new JsonObject { ["id"] = TwoInstances.TeamId },
            ["tenant"] = new JsonObject { ["id"] = TwoInstances.Tenant },
        };
        return activity;
    }

    private static JsonObject ClientInfo() =>
        new() { ["type"] = "clientInfo", ["locale"] = "en-US", ["platform"] = "Web", ["timezone"] = "America/New_York" };

    private static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        JsonObject obj when (string?)obj["type"] == "Action.ShowCard" => [obj, .. Actions(obj["card"])],
        JsonObject obj when ((string?)obj["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true => [obj],
        JsonObject obj => obj.Where(p => p.Key != "fallback").SelectMany(p => Actions(p.Value)),
        JsonArray array => array.SelectMany(Actions),
        _ => [],
    };
}
