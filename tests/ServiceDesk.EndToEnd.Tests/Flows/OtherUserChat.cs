using System.Text.Json.Nodes;
using ServiceDesk.EndToEnd.Tests.Playground;

namespace ServiceDesk.EndToEnd.Tests.Flows;

/// <summary>
/// A card the bot sent proactively to another Playground user's 1:1 chat. The Playground has one signed-in user and
/// does not stream other users' chats; it does keep them (the bot creates the chat with POST v3/conversations, then
/// posts to it), and its log panel shows both requests. The other user then acts with the Playground's own invoke
/// API, which takes any user of its tenant as <c>from</c>: the nearest it has to switching user.
/// </summary>
internal static class OtherUserChat
{
    /// <summary>Waits for a card showing <paramref name="text"/> in a 1:1 chat the bot created for <paramref name="userId"/>.</summary>
    public static async Task<CardView> WaitForCardAsync(PlaygroundLog log, string userId, string text, TimeSpan timeout)
    {
        var posted = await log.WaitForAsync(
            e => (string?)e["from"] == PlaygroundLog.FromBot
                && (string?)e["activityName"] == "message"
                && CardOf(e)?.Shows(text) == true,
            timeout);
        var card = CardOf(posted)!;

        // The chat it landed in is the one the bot created for that user, not the signed-in user's.
        var created = await log.WaitForAsync(
            e => (string?)e["from"] == PlaygroundLog.FromBot
                && (string?)e["activityName"] == "createConversation"
                && (string?)e["response"]?["body"]?["id"] == card.ConversationId,
            timeout);
        var members = created["request"]?["body"]?["members"] as JsonArray ?? [];
        Assert.Equal(new[] { userId }, members.Select(m => (string?)m?["id"] ?? string.Empty).ToArray());
        Assert.Equal(false, (bool?)created["request"]?["body"]?["isGroup"]);
        return card;
    }

    private static CardView? CardOf(JsonObject entry)
    {
        var body = entry["request"]?["body"];
        var card = (body?["attachments"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .FirstOrDefault(a => (string?)a["contentType"] == BotMessage.AdaptiveCardType)?["content"] as JsonObject;
        var messageId = (string?)entry["response"]?["body"]?["id"];
        return card is null || messageId is null
            ? null
            : new CardView((string?)body?["conversation"]?["id"] ?? (string?)entry["conversationId"] ?? string.Empty, messageId, card);
    }
}
