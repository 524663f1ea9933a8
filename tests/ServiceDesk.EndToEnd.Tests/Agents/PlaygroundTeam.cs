using System.Text.Json.Nodes;
using ServiceDesk.EndToEnd.Tests.Playground;

namespace ServiceDesk.EndToEnd.Tests.Agents;

/// <summary>
/// The Playground's mock team ("My Team", channels General = the team id, and Announcements) as a test uses it:
/// adding the bot to the team, and people other than the signed-in user writing in a channel thread.
/// </summary>
internal static class PlaygroundTeam
{
    /// <summary>
    /// Adds the bot to the team as Teams does (and as the Playground's page does when a channel is opened): an
    /// <c>installationUpdate</c> (action add, channelData team + channel) then a <c>conversationUpdate</c> with the bot
    /// in membersAdded, both from the signed-in user, in the General channel.
    /// </summary>
    public static async Task InstallBotAsync(PlaygroundClient playground, PlaygroundConfig config, CancellationToken cancellationToken)
    {
        foreach (var type in new[] { "install", "botAdded" })
        {
            var activity = await playground.GetActivityTemplateAsync(config.GeneralChannelId, type, cancellationToken);
            await playground.SendCustomActivityAsync(activity, cancellationToken);
        }
    }

    /// <summary>
    /// <paramref name="user"/> @mentions the bot in a channel conversation (a thread, or the channel for a new post).
    /// The Playground's message API always writes as the signed-in user, so another user's message is a custom activity.
    /// </summary>
    public static async Task MentionBotAsync(
        PlaygroundClient playground, PlaygroundConfig config, PlaygroundUser user, string conversationId, string text, CancellationToken cancellationToken)
    {
        var channelId = ChannelThread.Parse(conversationId)?.ChannelId ?? conversationId;
        // The install template carries the Playground's service URL, bot, tenant and channel conversation.
        var activity = await playground.GetActivityTemplateAsync(channelId, "install", cancellationToken);
        activity.Remove("action");
        activity.Remove("settings");
        var mention = $"<at>{config.BotName}</at>";
        activity["id"] = Guid.NewGuid().ToString();
        activity["type"] = "message";
        activity["from"] = new JsonObject { ["id"] = user.Id, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId };
        activity["conversation"]!["id"] = conversationId;
        activity["text"] = $"{mention} {text}";
        activity["textFormat"] = "plain";
        activity["entities"] = new JsonArray(
            new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = config.BotId, ["name"] = config.BotName }, ["text"] = mention },
            new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US", ["platform"] = "Web", ["timezone"] = "UTC" });
        activity["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = config.TenantId },
            ["team"] = new JsonObject { ["id"] = config.TeamId },
            ["channel"] = new JsonObject { ["id"] = channelId },
        };
        await playground.SendCustomActivityAsync(activity, cancellationToken);
    }
}
