using System.Text.Json;
using System.Text.Json.Nodes;

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

    /// <summary>A proactive 1:1 with a user who has the app installed (user id 29:..., not an email or UPN).</summary>
    public static ConversationParameters ForPersonalChat(string botId, string userId, string tenantId) => new()
    {
        IsGroup = false,
        Bot = new ChannelAccount { Id = botId },
        Members = [new ChannelAccount { Id = userId }],
        TenantId = tenantId,
        ChannelData = JsonSerializer.SerializeToElement(new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } }, ProtocolJson.Info<JsonObject>()),
    };

    /// <summary>
    /// A new thread in a Teams channel, <paramref name="firstMessage"/> as its root post. The response id is
    /// the thread's conversation id; its activityId the root post.
    /// </summary>
    public static ConversationParameters ForChannelThread(string channelId, Activity firstMessage, string? tenantId = null, string? botId = null) => new()
    {
        IsGroup = true,
        Bot = botId is null ? null : new ChannelAccount { Id = botId },
        TenantId = tenantId,
        Activity = firstMessage,
        ChannelData = JsonSerializer.SerializeToElement(
            tenantId is null
                ? new JsonObject { ["channel"] = new JsonObject { ["id"] = channelId } }
                : new JsonObject { ["channel"] = new JsonObject { ["id"] = channelId }, ["tenant"] = new JsonObject { ["id"] = tenantId } },
            ProtocolJson.Info<JsonObject>()),
    };
}

public sealed record PagedMembersResult(string? ContinuationToken, IReadOnlyList<ChannelAccount> Members);

public sealed record TeamDetails(string? Id, string? Name, string? AadGroupId);

public sealed record ChannelInfo(string? Id, string? Name);
