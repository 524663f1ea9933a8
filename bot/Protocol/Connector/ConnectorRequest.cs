namespace ServiceDesk.Bot.Protocol.Connector;

/// <summary>
/// One connector call: the route below the serviceUrl (ids already escaped), the JSON body if any, and
/// for the logs the operation name and the conversation (or team) id.
/// </summary>
internal sealed record ConnectorRequest(HttpMethod Method, string ServiceUrl, string Path, byte[]? Body, string Operation, string? ConversationId);

/// <summary>What one HTTP attempt gave: a status and body, or a timeout, or a transport error.</summary>
internal readonly record struct ConnectorAttempt(int Status, string Body, TimeSpan? RetryAfter, ConnectorFailure Error, bool NeverSent)
{
    public bool Answered => Error == ConnectorFailure.None;

    public bool Succeeded => Answered && Status is >= 200 and < 300;
}
