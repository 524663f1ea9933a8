namespace ServiceDesk.Bot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST API (docs/protocol.md §3). Every call returns a typed outcome; transient
/// failures are retried inside, within the caller's cancellation token.
/// </summary>
public interface IConnectorClient
{
    Task<ConnectorOutcome<ResourceResponse>> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    Task<ConnectorOutcome<ResourceResponse>> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken);

    Task<ConnectorOutcome<ResourceResponse>> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task<ConnectorOutcome<bool>> DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    Task<ConnectorOutcome<ConversationResourceResponse>> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    Task<ConnectorOutcome<PagedMembersResult>> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken);

    Task<ConnectorOutcome<ChannelAccount>> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken);

    Task<ConnectorOutcome<TeamDetails>> GetTeamDetailsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken);

    Task<ConnectorOutcome<IReadOnlyList<ChannelInfo>>> GetTeamChannelsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken);
}
