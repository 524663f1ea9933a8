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

    /// <summary>Every string in the card, lower-cased: what a person could read on it.</summary>
    public static string Text(JsonNode? node) => node switch
    {
        JsonObject obj => string.Join(" ", obj.Select(p => Text(p.Value))),
        JsonArray array => string.Join(" ", array.Select(Text)),
        JsonValue value when value.TryGetValue<string>(out var text) => text.ToLowerInvariant(),
        _ => string.Empty,
    };

    private static bool ContainsAll(string text, string[] words) =>
        words.All(word => text.Contains(word, StringComparison.Ordinal));
}
