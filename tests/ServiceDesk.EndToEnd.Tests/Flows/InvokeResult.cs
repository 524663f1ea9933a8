using System.Text.Json.Nodes;
using ServiceDesk.EndToEnd.Tests.Playground;

namespace ServiceDesk.EndToEnd.Tests.Flows;

/// <summary>
/// What a click on an Action.Execute button gave back (<c>{type, value}</c> through the Playground): a card that
/// replaces the clicked one in the same message, or a short message the client shows.
/// </summary>
internal sealed record InvokeResult(string Type, CardView? Card, string? Message)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";

    public static InvokeResult From(CardView clicked, JsonNode answer)
    {
        var type = (string?)answer["type"] ?? string.Empty;
        return type switch
        {
            CardType when answer["value"] is JsonObject card => new InvokeResult(type, clicked with { Card = card }, null),
            MessageType => new InvokeResult(type, null, (string?)answer["value"]),
            _ => new InvokeResult(type, null, answer.ToJsonString()),
        };
    }

    /// <summary>The card that replaced the clicked one; fails the test with what came instead.</summary>
    public CardView ReplacedCard => Card ?? throw new Xunit.Sdk.XunitException($"The click answered {Type}: {Message}, not a card.");

    public override string ToString() => Card?.Readable ?? $"{Type}: {Message}";
}
