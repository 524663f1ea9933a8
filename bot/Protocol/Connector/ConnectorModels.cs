using System.Text.Json;

namespace ServiceDesk.Bot.Protocol.Connector;

public sealed record ResourceResponse(string? Id);

public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);

/// <summary>POST v3/conversations body: a 1:1 (isGroup false, members = the user) or a channel thread (isGroup true, channelData.channel).</summary>
public sealed class ConversationParameters
{
    public bool IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public List<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public JsonElement? ChannelData { get; set; }
}

public sealed record PagedMembersResult(string? ContinuationToken, IReadOnlyList<ChannelAccount> Members);

public sealed record TeamDetails(string? Id, string? Name, string? AadGroupId);

public sealed record ChannelInfo(string? Id, string? Name);
