using System.Text.Json.Nodes;

namespace ServiceDesk.EndToEnd.Tests.Playground;

/// <summary>Recognises the bot's welcome/help card, listing the four things it does, in English or French.</summary>
internal static class WelcomeCard
{
    private static readonly string[] English = ["incident", "access", "tickets", "question"];
    private static readonly string[] French = ["incident", "accès", "tickets", "question"];

    public static bool IsEnglish(BotMessage message) =>
        message.AdaptiveCards.Any(card => ContainsAll(Text(card), English));

    public static bool IsFrench(BotMessage message) =>
        message.AdaptiveCards.Any(card => ContainsAll(Text(card), French) && !Text(card).Contains("access", StringComparison.Ordinal));

    /// <summary>What a person can read on the card (text and button titles), lower-cased; not verbs or data.</summary>
    public static string Text(JsonNode? node) => node switch
    {
        JsonObject obj => string.Join(" ", obj.Select(p => p.Key is "text" or "title" ? Readable(p.Value) : Text(p.Value))),
        JsonArray array => string.Join(" ", array.Select(Text)),
        _ => string.Empty,
    };

    private static string Readable(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var text) ? text.ToLowerInvariant() : Text(value);

    private static bool ContainsAll(string text, string[] words) =>
        words.All(word => text.Contains(word, StringComparison.Ordinal));
}
