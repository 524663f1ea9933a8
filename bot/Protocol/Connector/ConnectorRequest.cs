namespace ServiceDesk.Bot.Protocol.Connector;

/// <summary>
/// One connector call: the route below the serviceUrl (ids already escaped), the JSON body if any, and
/// for the logs the operation name and the conversation (or team) id.
/// </summary>
internal sealed record ConnectorRequest(HttpMethod Method, string ServiceUrl, string Path, byte[]? Body, string Operation, string? ConversationId);
