using System.Text.Json.Nodes;

namespace ServiceDesk.EndToEnd.Tests.Playground;

/// <summary>
/// One event of the Playground's conversation stream: <c>{"action":"createMessage"|..., "actionConversationId",
/// "message":{"from","text","attachments",...}}</c>. The Playground splits a reply with text and cards in two.
/// </summary>
internal sealed record BotMessage(string Action, string ConversationId, JsonObject Message)
{
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    public string? Text => (string?)Message["text"];

    public IReadOnlyList<JsonObject> AdaptiveCards =>
        (Message["attachments"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(a => (string?)a["contentType"] == AdaptiveCardType && a["content"] is JsonObject)
            .Select(a => (JsonObject)a["content"]!)
            .ToList();

    public static BotMessage? Parse(string json) =>
        JsonNode.Parse(json) is JsonObject root && root["message"] is JsonObject message
            ? new BotMessage((string?)root["action"] ?? string.Empty, (string?)root["actionConversationId"] ?? string.Empty, message)
            : null;

    public override string ToString() => Message.ToJsonString();
}
