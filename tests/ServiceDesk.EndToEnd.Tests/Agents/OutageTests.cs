using System.Text.Json.Nodes;
using ServiceDesk.EndToEnd.Tests.Flows;
using ServiceDesk.EndToEnd.Tests.Playground;

namespace ServiceDesk.EndToEnd.Tests.Agents;

/// <summary>
/// An outage end to end through the Playground (needs the fan-out and the links merged): an agent (Adele Vance)
/// types <c>outage</c> in the team's channel, previews and publishes; the employee who uses the bot (Alex Wilber)
/// gets the announcement in his chat; the control card counts the delivery in place; the resolution edits Alex's card.
/// </summary>
public sealed class OutageTests(AgentsDesk desk) : IClassFixture<AgentsDesk>
{
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_agent_declares_publishes_and_resolves_an_outage_and_the_employee_reads_each_step_in_his_chat()
    {
        var processes = desk.Processes;
        var config = await processes.Playground.GetConfigAsync(CancellationToken.None);
        await using var stream = await processes.OpenStreamAsync(CancellationToken.None);
        await using var page = await PlaygroundPage.OpenAsync(processes.PlaygroundUrl);
        await page.OpenChannelAsync("General");
        var setup = await stream.WaitForNewThreadCardAsync(config.GeneralChannelId, "Use this channel for tickets", DeliveryTimeout);
        var megan = new PlaygroundPerson(processes, stream, AgentsDesk.Administrator, setup.ConversationId, "en-US");
        await megan.ExecuteAsync(setup, "queue.use", new JsonObject { ["category"] = "all" });

        var alex = new PlaygroundPerson(processes, stream, config.CurrentUserId, config.PersonalChatId, "en-US");
        await alex.SayAsync("help");
        await alex.NextAsync(_ => true, "an answer to help");

        var mark = stream.Messages.Count;
        await PlaygroundTeam.MentionBotAsync(processes.Playground, config, config.Users["user-id-2"], setup.ConversationId, "outage", CancellationToken.None);
        var form = CardView.From(await stream.WaitForThreadReplyAsync(setup, m => CardView.From(m)?.Shows("Declare a major incident") == true, DeliveryTimeout, mark))!;
        var adele = new PlaygroundPerson(processes, stream, "user-id-2", form.ConversationId, "en-US");
        var inputs = new JsonObject
        {
            ["service"] = "Exchange Online", ["title"] = "Email is down", ["whatUsersSee"] = "Outlook shows Disconnected.",
            ["impact"] = "Nobody can send or receive email.", ["nextUpdateMinutes"] = "60",
        };

        var preview = (await adele.ExecuteAsync(form, "announcement.preview", inputs)).ReplacedCard;
        Assert.True(preview.Shows("Preview: this is what employees will see"), preview.Readable);
        var control = (await adele.ExecuteAsync(preview, "announcement.publish", inputs)).ReplacedCard;
        Assert.True(control.Shows("Delivery") && control.Shows("Post update"), control.Readable);

        var announcement = await alex.NextCardAsync("Email is down");
        Assert.True(announcement.Shows("I'm affected too") && announcement.Shows("Exchange Online"), announcement.Readable);
        await stream.WaitForAsync(
            m => m.Action == "updateMessage" && (string?)m.Message["messageId"] == form.MessageId && CardView.From(m)?.Shows("Delivered | 1") == true,
            DeliveryTimeout);

        var resolved = (await adele.ExecuteAsync(control, "announcement.resolve", new JsonObject { ["resolution"] = "The mail gateway was restarted." })).ReplacedCard;
        Assert.True(resolved.Shows("Resolved"), resolved.Readable);
        await stream.WaitForAsync(
            m => m.Action == "updateMessage" && m.ConversationId == config.PersonalChatId && CardView.From(m)?.Shows("The mail gateway was restarted.") == true,
            DeliveryTimeout);
    }
}
