using System.Text.Json.Nodes;
using ServiceDesk.EndToEnd.Tests.Support;

namespace ServiceDesk.EndToEnd.Tests.Playground;

/// <summary>A person talks to the bot through the Playground, exactly as its Teams-like page would.</summary>
public sealed class PlaygroundConversationTests(BotAndPlayground processes) : IClassFixture<BotAndPlayground>
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Help_typed_in_the_personal_chat_gets_the_welcome_card_back()
    {
        var config = await processes.Playground.GetConfigAsync(CancellationToken.None);
        await using var stream = await processes.OpenStreamAsync(CancellationToken.None);

        await processes.Playground.SendMessageAsync(config.PersonalChatId, config.CurrentUserId, "help", CancellationToken.None);

        var reply = await WaitForReplyAsync(stream, m => m.ConversationId == config.PersonalChatId && WelcomeCard.IsEnglish(m));
        Assert.Equal("createMessage", reply.Action);
        Assert.Equal(config.BotId, (string?)reply.Message["from"]?["id"]);
    }

    [Fact]
    public async Task Installing_the_app_in_a_personal_chat_sends_the_welcome_card()
    {
        var config = await processes.Playground.GetConfigAsync(CancellationToken.None);
        await using var stream = await processes.OpenStreamAsync(CancellationToken.None);
        var install = await processes.Playground.GetActivityTemplateAsync(config.PersonalChatId, "install", CancellationToken.None);
        Assert.Equal("installationUpdate", (string?)install["type"]);

        await processes.Playground.SendCustomActivityAsync(install, CancellationToken.None);

        await WaitForReplyAsync(stream, m => m.ConversationId == config.PersonalChatId && WelcomeCard.IsEnglish(m));
    }

    [Fact]
    public async Task Aide_from_a_French_client_gets_the_welcome_card_in_French()
    {
        var config = await processes.Playground.GetConfigAsync(CancellationToken.None);
        await using var stream = await processes.OpenStreamAsync(CancellationToken.None);

        // The Playground's own message API always says en-US; a custom activity carries the client's locale.
        await processes.Playground.SendCustomActivityAsync(
            await FrenchMessageAsync(config, "aide"), CancellationToken.None);

        await WaitForReplyAsync(stream, m => m.ConversationId == config.PersonalChatId && WelcomeCard.IsFrench(m));
    }

    [Fact]
    public async Task Installing_the_app_from_a_French_client_sends_the_welcome_card_in_French()
    {
        var config = await processes.Playground.GetConfigAsync(CancellationToken.None);
        await using var stream = await processes.OpenStreamAsync(CancellationToken.None);
        var install = await processes.Playground.GetActivityTemplateAsync(config.PersonalChatId, "install", CancellationToken.None);
        install["locale"] = "fr-FR";
        install["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "fr-FR" });

        await processes.Playground.SendCustomActivityAsync(install, CancellationToken.None);

        await WaitForReplyAsync(stream, m => m.ConversationId == config.PersonalChatId && WelcomeCard.IsFrench(m));
    }

    /// <summary>A message activity as the Playground would send it, from a client set to French.</summary>
    private async Task<JsonObject> FrenchMessageAsync(PlaygroundConfig config, string text)
    {
        var activity = await processes.Playground.GetActivityTemplateAsync(config.PersonalChatId, "install", CancellationToken.None);
        activity.Remove("action");
        activity["type"] = "message";
        activity["text"] = text;
        activity["textFormat"] = "plain";
        activity["locale"] = "fr-FR";
        activity["localTimezone"] = "Europe/Paris";
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "clientInfo", ["locale"] = "fr-FR", ["country"] = "FR", ["platform"] = "Web", ["timezone"] = "Europe/Paris",
        });
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = (string?)activity["conversation"]?["tenantId"] } };
        return activity;
    }

    private async Task<BotMessage> WaitForReplyAsync(PlaygroundStream stream, Func<BotMessage, bool> predicate)
    {
        try
        {
            return await stream.WaitForAsync(predicate, ReplyTimeout);
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException(timeout.Message + Environment.NewLine + processes.Diagnostics(), timeout);
        }
    }
}
