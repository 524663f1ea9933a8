using System.Text.Json.Serialization;

namespace ServiceDesk.Cards;

/// <summary>
/// An Adaptive Card (schema 1.5, the subset Teams renders for bots). This model is the seam the AdaptiveCards
/// package would offer; serialize it with <see cref="CardJson"/> so nulls are omitted.
/// </summary>
public sealed record AdaptiveCard
{
    public string Type { get; init; } = "AdaptiveCard";

    [JsonPropertyName("$schema")]
    public string Schema { get; init; } = "http://adaptivecards.io/schemas/adaptive-card.json";

    public string Version { get; init; } = "1.5";
    public IReadOnlyList<CardElement> Body { get; init; } = [];
    public IReadOnlyList<AdaptiveAction>? Actions { get; init; }

    /// <summary>Shown by clients that cannot render the card (and in notifications).</summary>
    public string? FallbackText { get; init; }

    /// <summary>Lets Teams ask the bot for a fresh card when listed users open it (Universal Actions).</summary>
    public CardRefresh? Refresh { get; init; }

    [JsonPropertyName("msteams")]
    public TeamsCardProperties? MsTeams { get; init; }
}
