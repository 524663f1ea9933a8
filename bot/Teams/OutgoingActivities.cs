using ServiceDesk.Bot.Protocol;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Bot.Teams;

/// <summary>Turns the service desk's replies into Bot Framework activities and invoke response bodies.</summary>
internal static class OutgoingActivities
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>A message replying to <paramref name="incoming"/>: from the bot, to the person, in the same conversation.</summary>
    public static Activity ReplyTo(Activity incoming, Reply reply, string locale)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(reply);
        return new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = incoming.ChannelId,
            ServiceUrl = incoming.ServiceUrl,
            From = incoming.Recipient,
            Recipient = incoming.From,
            Conversation = incoming.Conversation,
            ReplyToId = incoming.Id,
            Locale = locale,
            Text = reply.Text,
            TextFormat = reply.Text is null ? null : "plain",
            Attachments = reply.Card is null ? null : [new Attachment { ContentType = AdaptiveCardContentType, Content = reply.Card }],
            Entities = reply.AiGenerated ? [AiGenerated()] : null,
        };
    }

    /// <summary>The schema.org message entity by which Teams labels a message "AI generated".</summary>
    public static Entity AiGenerated() => new()
    {
        Type = "https://schema.org/Message",
        Extra = new Dictionary<string, System.Text.Json.JsonElement>
        {
            ["@type"] = System.Text.Json.JsonSerializer.SerializeToElement("Message", ProtocolJson.Info<string>()),
            ["@context"] = System.Text.Json.JsonSerializer.SerializeToElement("https://schema.org", ProtocolJson.Info<string>()),
            ["@id"] = System.Text.Json.JsonSerializer.SerializeToElement(string.Empty, ProtocolJson.Info<string>()),
            ["additionalType"] = System.Text.Json.JsonSerializer.SerializeToElement<System.Text.Json.Nodes.JsonNode>(new System.Text.Json.Nodes.JsonArray("AIGeneratedContent"), ProtocolJson.Info<System.Text.Json.Nodes.JsonNode>()),
        },
    };

    /// <summary>The body of an <c>adaptiveCard/action</c> invoke response (docs/protocol.md §5).</summary>
    public static InvokeResponseBody InvokeBody(InvokeAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.ErrorCode is not null)
        {
            var type = answer.StatusCode == 412 ? "application/vnd.microsoft.error.preconditionFailed" : "application/vnd.microsoft.error";
            return new InvokeResponseBody(answer.StatusCode, type, new InvokeError(answer.ErrorCode, answer.Message));
        }
        if (answer.Card is not null)
        {
            return new InvokeResponseBody(200, AdaptiveCardContentType, answer.Card);
        }
        return new InvokeResponseBody(200, "application/vnd.microsoft.activity.message", answer.Message ?? string.Empty);
    }
}

/// <summary>An invoke response's body: <c>statusCode</c>, <c>type</c>, and <c>value</c> (a card, a text or an <see cref="InvokeError"/>).</summary>
internal sealed record InvokeResponseBody(int StatusCode, string Type, object Value);

/// <summary>The <c>value</c> of an error invoke response.</summary>
internal sealed record InvokeError(string Code, string? Message);
