using System.Text.Json.Nodes;
using ServiceDesk.Cards;

namespace ServiceDesk.Dialogs.Tests.Flows.Approval;

/// <summary>Reads a card the way a person does: its texts, its facts, its inputs and its buttons.</summary>
internal static class CardInspection
{
    public static string AllText(AdaptiveCard card) => string.Join("\n", Texts(card));

    public static List<string> Texts(AdaptiveCard card) => [.. Nodes(card).SelectMany(TextOf)];

    public static JsonNode? Input(AdaptiveCard card, string id) =>
        Nodes(card).FirstOrDefault(n => ((string?)n["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true && (string?)n["id"] == id);

    /// <summary>Root buttons: verb and data of each.</summary>
    public static List<(string Verb, JsonObject Data)> Buttons(AdaptiveCard card)
    {
        var json = JsonNode.Parse(CardJson.Serialize(card))!;
        return json["actions"] is JsonArray actions
            ? [.. actions.Select(a => ((string)a!["verb"]!, a["data"]!.AsObject()))]
            : [];
    }

    private static IEnumerable<JsonNode> Nodes(AdaptiveCard card)
    {
        var json = JsonNode.Parse(CardJson.Serialize(card))!;
        return Walk(json["body"]);

        static IEnumerable<JsonNode> Walk(JsonNode? node)
        {
            if (node is JsonArray array)
            {
                foreach (var child in array.SelectMany(Walk))
                {
                    yield return child;
                }
            }
            else if (node is JsonObject obj)
            {
                yield return obj;
                foreach (var child in new[] { "items", "columns" }.SelectMany(k => Walk(obj[k])))
                {
                    yield return child;
                }
            }
        }
    }

    private static IEnumerable<string> TextOf(JsonNode node) => (string?)node["type"] switch
    {
        "TextBlock" => [(string)node["text"]!],
        "FactSet" => node["facts"]!.AsArray().Select(f => $"{(string)f!["title"]!}: {(string)f["value"]!}"),
        "Input.ChoiceSet" => node["choices"]!.AsArray().Select(c => $"choice {(string)c!["value"]!}: {(string)c["title"]!}"),
        _ => [],
    };
}
