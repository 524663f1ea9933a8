using System.Text.Json.Serialization;

namespace ServiceDesk.Cards;

/// <summary>
/// An Adaptive Card (schema 1.5 subset Teams renders). The model is extended by the cards work;
/// this root type is the seam the AdaptiveCards package would offer.
/// </summary>
public sealed class AdaptiveCard
{
    [JsonPropertyName("type")] public string Type { get; init; } = "AdaptiveCard";
    [JsonPropertyName("$schema")] public string Schema { get; init; } = "http://adaptivecards.io/schemas/adaptive-card.json";
    [JsonPropertyName("version")] public string Version { get; init; } = "1.5";
    [JsonPropertyName("body")] public List<object> Body { get; init; } = [];
    [JsonPropertyName("actions")] public List<object>? Actions { get; init; }
}
