using System.Text.Json.Nodes;

namespace ServiceDesk.EndToEnd.Tests.Playground;

/// <summary>
/// An Adaptive Card as a person sees it in a chat: the message holding it (a click answers to that message, and an
/// invoke answer replaces the card in place) and what can be read on it.
/// </summary>
internal sealed record CardView(string ConversationId, string MessageId, JsonObject Card)
{
    /// <summary>What a person reads on the card: texts, labels, fact titles and values, button titles (case kept).</summary>
    public string Readable => string.Join(" | ", ReadableParts(Card));

    public bool Shows(string text) => Readable.Contains(text, StringComparison.Ordinal);

    public bool HasAction(string verb) =>
        Actions(Card).Any(a => (string?)a["verb"] == verb || (string?)a["data"]?["verb"] == verb);

    /// <summary>The data of the button (Action.Execute, or its Action.Submit fallback) whose verb is <paramref name="verb"/>.</summary>
    public JsonObject ActionData(string verb) =>
        Actions(Card).FirstOrDefault(a => (string?)a["verb"] == verb || (string?)a["data"]?["verb"] == verb)?["data"]?.DeepClone() as JsonObject
        ?? throw new InvalidOperationException($"No button with verb {verb} on the card: {Card.ToJsonString()}");

    /// <summary>The data of the button whose verb is <paramref name="verb"/> and whose data has <paramref name="field"/> = <paramref name="value"/>.</summary>
    public JsonObject ActionData(string verb, string field, string value) =>
        Actions(Card).FirstOrDefault(a => ((string?)a["verb"] == verb || (string?)a["data"]?["verb"] == verb) && (string?)a["data"]?[field] == value)?["data"]?.DeepClone() as JsonObject
        ?? throw new InvalidOperationException($"No button with verb {verb} and {field} {value} on the card: {Card.ToJsonString()}");

    public static CardView? From(BotMessage message) =>
        message.AdaptiveCards.FirstOrDefault() is { } card
            ? new CardView(message.ConversationId, (string?)message.Message["messageId"] ?? string.Empty, card)
            : null;

    public override string ToString() => Readable;

    private static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        // A ShowCard button opens a form below the card; its own buttons (Send, ...) are clicked from there.
        JsonObject obj when (string?)obj["type"] == "Action.ShowCard" => [obj, .. Actions(obj["card"])],
        JsonObject obj when ((string?)obj["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true => [obj],
        JsonObject obj => obj.Where(p => p.Key != "fallback").SelectMany(p => Actions(p.Value)),
        JsonArray array => array.SelectMany(Actions),
        _ => [],
    };

    private static IEnumerable<string> ReadableParts(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                // Facts and choices have no type: their title and value are shown; an element's id, verb or data is not.
                var shown = obj["type"] is null ? new[] { "title", "value" } : ["text", "title", "label"];
                foreach (var (key, value) in obj)
                {
                    if (key is "fallback" or "data" or "fallbackText")
                    {
                        continue;
                    }

                    if (value is JsonValue v && shown.Contains(key) && v.TryGetValue<string>(out var text))
                    {
                        yield return text;
                    }
                    else
                    {
                        foreach (var part in ReadableParts(value))
                        {
                            yield return part;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var part in array.SelectMany(ReadableParts))
                {
                    yield return part;
                }

                break;
        }
    }
}
