using System.Text.Json;

namespace ServiceDesk.Bot.Protocol;

/// <summary>The tenant of an activity: Teams puts it in channelData.tenant.id, and in conversation.tenantId.</summary>
public static class TeamsTenant
{
    public static string? Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
        {
            return id.GetString();
        }
        return activity.Conversation?.TenantId;
    }
}
