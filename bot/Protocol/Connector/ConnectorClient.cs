using System.Text.Json;
using System.Text.Json.Nodes;

namespace ServiceDesk.Bot.Protocol.Connector;

/// <summary>The Bot Connector REST routes (docs/protocol.md §3) over <see cref="ConnectorTransport"/>.</summary>
internal sealed class ConnectorClient(ConnectorTransport transport) : IConnectorClient
{
    public Task<ConnectorOutcome<ResourceResponse>> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync(HttpMethod.Post, serviceUrl, conversationId, $"v3/conversations/{Escape(conversationId)}/activities",
            Serialize(activity), "send", cancellationToken);

    public Task<ConnectorOutcome<ResourceResponse>> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync(HttpMethod.Post, serviceUrl, conversationId, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}",
            Serialize(activity, ("replyToId", replyToId, activity?.ReplyToId)), "reply", cancellationToken);

    public Task<ConnectorOutcome<ResourceResponse>> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync(HttpMethod.Put, serviceUrl, conversationId, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}",
            Serialize(activity, ("id", activityId, activity?.Id)), "update", cancellationToken);

    public async Task<ConnectorOutcome<bool>> DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var raw = await transport.SendAsync(
            new(HttpMethod.Delete, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", null, "delete", conversationId),
            cancellationToken).ConfigureAwait(false);
        return raw.Succeeded ? ConnectorOutcome<bool>.Ok(true, raw.StatusCode ?? 200) : raw.FailureAs<bool>();
    }

    public async Task<ConnectorOutcome<ConversationResourceResponse>> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var body = JsonSerializer.SerializeToUtf8Bytes(parameters, ProtocolJson.Info<ConversationParameters>());
        var raw = await transport.SendAsync(new(HttpMethod.Post, serviceUrl, "v3/conversations", body, "createConversation", null), cancellationToken).ConfigureAwait(false);
        return ParseRequired<ConversationResourceResponse>(raw);
    }

    public async Task<ConnectorOutcome<PagedMembersResult>> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = new List<string>(2);
        if (pageSize is { } size)
        {
            query.Add($"pageSize={size}");
        }
        if (!string.IsNullOrEmpty(continuationToken))
        {
            query.Add($"continuationToken={Escape(continuationToken)}");
        }
        var path = $"v3/conversations/{Escape(conversationId)}/pagedmembers" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
        var raw = await transport.SendAsync(new(HttpMethod.Get, serviceUrl, path, null, "pagedMembers", conversationId), cancellationToken).ConfigureAwait(false);
        var page = ParseRequired<PagedMembersWire>(raw);
        return page.Succeeded
            ? ConnectorOutcome<PagedMembersResult>.Ok(new(NullIfEmpty(page.Value!.ContinuationToken), page.Value.Members ?? []), page.StatusCode ?? 200)
            : page.FailureAs<PagedMembersResult>();
    }

    public async Task<ConnectorOutcome<ChannelAccount>> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken)
    {
        var path = $"v3/conversations/{Escape(conversationId)}/members/{Escape(userId)}";
        return ParseRequired<ChannelAccount>(await transport.SendAsync(new(HttpMethod.Get, serviceUrl, path, null, "member", conversationId), cancellationToken).ConfigureAwait(false));
    }

    public async Task<ConnectorOutcome<TeamDetails>> GetTeamDetailsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken) =>
        ParseRequired<TeamDetails>(await transport.SendAsync(new(HttpMethod.Get, serviceUrl, $"v3/teams/{Escape(teamId)}", null, "teamDetails", teamId), cancellationToken).ConfigureAwait(false));

    public async Task<ConnectorOutcome<IReadOnlyList<ChannelInfo>>> GetTeamChannelsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken)
    {
        var raw = await transport.SendAsync(new(HttpMethod.Get, serviceUrl, $"v3/teams/{Escape(teamId)}/conversations", null, "teamChannels", teamId), cancellationToken).ConfigureAwait(false);
        var list = ParseRequired<ConversationListWire>(raw);
        return list.Succeeded
            ? ConnectorOutcome<IReadOnlyList<ChannelInfo>>.Ok(list.Value!.Conversations ?? [], list.StatusCode ?? 200)
            : list.FailureAs<IReadOnlyList<ChannelInfo>>();
    }

    private async Task<ConnectorOutcome<ResourceResponse>> SendActivityAsync(HttpMethod method, string serviceUrl, string conversationId, string path, byte[] body, string operation, CancellationToken cancellationToken)
    {
        var raw = await transport.SendAsync(new(method, serviceUrl, path, body, operation, conversationId), cancellationToken).ConfigureAwait(false);
        // The activity was accepted: a missing or odd body must not turn a delivered message into a failure (a retry would post it twice).
        return raw.Succeeded
            ? ConnectorOutcome<ResourceResponse>.Ok(TryParse<ResourceResponse>(raw.Value) ?? new ResourceResponse(null), raw.StatusCode ?? 200)
            : raw.FailureAs<ResourceResponse>();
    }

    /// <summary>Ids carry ':', ';', '@' and '=' (19:abc@thread.tacv2;messageid=1): one path segment each.</summary>
    internal static string Escape(string id) => Uri.EscapeDataString(id);

    /// <summary>The activity as sent, with the route field set on the wire copy so the caller's object is not changed.</summary>
    private static byte[] Serialize(Activity activity, (string Name, string Value, string? Current)? route = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        // Replies usually carry the route's value already: then one pass straight to bytes, no JSON tree (every reply takes this path).
        if (route is not { } field || field.Value == field.Current)
        {
            return JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Info<Activity>());
        }

        var node = JsonSerializer.SerializeToNode(activity, ProtocolJson.Info<Activity>())!.AsObject();
        node[field.Name] = field.Value;
        return JsonSerializer.SerializeToUtf8Bytes(node, ProtocolJson.Info<JsonObject>());
    }

    private static ConnectorOutcome<T> ParseRequired<T>(ConnectorOutcome<string> raw) where T : class
    {
        if (!raw.Succeeded)
        {
            return raw.FailureAs<T>();
        }
        return TryParse<T>(raw.Value) is { } value
            ? ConnectorOutcome<T>.Ok(value, raw.StatusCode ?? 200)
            : ConnectorOutcome<T>.Failed(ConnectorFailure.ServerError, raw.StatusCode, "InvalidResponseBody");
    }

    private static T? TryParse<T>(string? body) where T : class
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize(body, ProtocolJson.Info<T>());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    internal sealed record PagedMembersWire(string? ContinuationToken, List<ChannelAccount>? Members);

    internal sealed record ConversationListWire(List<ChannelInfo>? Conversations);
}
