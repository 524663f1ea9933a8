using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceDesk.Cards;

namespace ServiceDesk.Dialogs.Flows.Approval;

/// <summary>
/// The payload of an outbox record: a Bot Framework message activity (text and/or one Adaptive Card) that the
/// outbox worker sends as it is, addressed by the record's target.
/// </summary>
internal static class OutboxMessage
{
    public static string Json(string locale, string? text, AdaptiveCard? card = null)
    {
        var activity = new JsonObject { ["type"] = "message", ["locale"] = locale };
        if (text is not null)
        {
            activity["text"] = text;
            activity["textFormat"] = "plain";
        }

        if (card is not null)
        {
            activity["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = CardJson.ContentType,
                ["content"] = JsonNode.Parse(CardJson.Serialize(card)),
            });
        }

        return activity.ToJsonString(CardJson.Options);
    }

    /// <summary>The card inside a payload written by <see cref="Json"/>, or null (for tests and diagnostics).</summary>
    public static AdaptiveCard? Card(string payload)
    {
        var content = JsonNode.Parse(payload)?["attachments"]?[0]?["content"];
        return content is null ? null : CardJson.Deserialize(content.ToJsonString());
    }
}
