using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ServiceDesk.EndToEnd.Tests.Flows;
using ServiceDesk.EndToEnd.Tests.Playground;
using ServiceDesk.EndToEnd.Tests.Support;

namespace ServiceDesk.EndToEnd.Tests.Agents;

/// <summary>
/// What the agents' side relies on in the Playground's mock connector and page, checked the way the bot uses them
/// (see PLAYGROUND-CHANNELS.md): a new thread in a channel, its card replaced in place, a click on it by another
/// user reaching the bot from the thread. Fails first if a Playground upgrade changes any of it.
/// </summary>
public sealed class PlaygroundChannelTests(BotAndPlayground processes) : IClassFixture<BotAndPlayground>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_card_posted_as_a_new_channel_thread_is_shown_replaced_in_place_and_clicked_by_another_user()
    {
        var config = await processes.Playground.GetConfigAsync(CancellationToken.None);
        await using var stream = await processes.OpenStreamAsync(CancellationToken.None);
        await using var log = await processes.OpenLogAsync(CancellationToken.None);
        await using var page = await PlaygroundPage.OpenAsync(processes.PlaygroundUrl);
        await page.OpenChannelAsync("General");
        using var connector = new HttpClient { BaseAddress = new Uri(processes.PlaygroundUrl + "/_connector/") };

        using var created = await connector.PostAsJsonAsync("v3/conversations", new JsonObject
        {
            ["isGroup"] = true,
            ["channelData"] = new JsonObject { ["channel"] = new JsonObject { ["id"] = config.GeneralChannelId } },
            ["activity"] = Message(Card("INC-990001 · Printer on fire", "New")),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var ids = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var thread = new ChannelThread(config.GeneralChannelId, (string)ids["activityId"]!);
        Assert.Equal(thread.ConversationId, (string?)ids["id"]);

        var root = await stream.WaitForNewThreadCardAsync(config.GeneralChannelId, "INC-990001", Timeout);
        Assert.Equal(thread.ConversationId, root.ConversationId);
        Assert.Equal(thread.RootId, root.MessageId);
        await page.WaitForCardAsync(Timeout, "INC-990001");

        var mark = stream.Messages.Count;
        using var put = await connector.PutAsJsonAsync(
            $"v3/conversations/{Uri.EscapeDataString(thread.ConversationId)}/activities/{thread.RootId}",
            Message(Card("INC-990001 · Printer on fire", "In progress"), thread.RootId));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var updated = await stream.WaitForCardUpdateAsync(root, c => c.Shows("In progress"), Timeout, mark);
        Assert.False(updated.Shows("New"), updated.Readable);
        var shown = await page.WaitForCardAsync(Timeout, "INC-990001", "In progress");
        Assert.Contains("INC-990001", await shown.InnerTextAsync());

        var megan = new PlaygroundPerson(processes, stream, "user-id-1", root.ConversationId, "en-US");
        await megan.ExecuteAsync(updated, "probe.assign");
        var invoke = await log.WaitForAsync(e => (string?)e["activityName"] == "invoke", Timeout);
        var body = invoke["request"]!["body"]!;
        Assert.Equal("user-id-1", (string?)body["from"]?["id"]);
        Assert.Equal("Megan Bowen", (string?)body["from"]?["name"]);
        Assert.Equal(thread.ConversationId, (string?)body["conversation"]?["id"]);
        Assert.Equal("channel", (string?)body["conversation"]?["conversationType"]);
        Assert.Equal(config.TeamId, (string?)body["channelData"]?["team"]?["id"]);
        Assert.Equal(thread.RootId, (string?)body["replyToId"]);
    }

    private static JsonObject Message(JsonObject card, string? id = null) => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = BotMessage.AdaptiveCardType, ["content"] = card }),
    };

    private static JsonObject Card(string title, string status) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray(
            new JsonObject { ["type"] = "TextBlock", ["text"] = title, ["wrap"] = true },
            new JsonObject { ["type"] = "FactSet", ["facts"] = new JsonArray(new JsonObject { ["title"] = "Status", ["value"] = status }) }),
        ["actions"] = new JsonArray(new JsonObject
        {
            ["type"] = "Action.Execute", ["title"] = "Assign to me", ["verb"] = "probe.assign", ["data"] = new JsonObject { ["verb"] = "probe.assign" },
        }),
    };
}
