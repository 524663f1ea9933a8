using System.Text.Json.Nodes;
using ServiceDesk.EndToEnd.Tests.Agents;
using ServiceDesk.EndToEnd.Tests.Flows;
using ServiceDesk.EndToEnd.Tests.Playground;
using Xunit.Abstractions;

namespace ServiceDesk.EndToEnd.Tests.Announcements;

/// <summary>
/// An outage end to end through the Playground: the team's General channel is set up for tickets and announcements from
/// the setup card, Alex Wilber (the signed-in user) has talked to the bot once (so his chat is known), Adele Vance (an
/// agent) types <c>outage</c> in the channel and publishes the form; Alex gets the announcement in his chat and the channel
/// gets its post; Alex says he is affected; Adele posts an update and then resolves it: Alex's card and the channel post
/// are edited in place each time, and Alex is told it is fixed. The announcement as the page renders it is a screenshot.
/// </summary>
public sealed class OutageAnnouncementTests(AgentsDesk desk, ITestOutputHelper output) : IClassFixture<AgentsDesk>
{
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(30);
    private const string Title = "Email is down for everyone";
    private const string Update = "The mail servers are restarting; mail sent meanwhile is queued, not lost.";
    private const string Resolution = "A full disk on the mail gateway; space freed and an alert added.";

    [Fact]
    public async Task An_outage_is_declared_published_updated_and_resolved_and_every_card_follows_in_place()
    {
        var processes = desk.Processes;
        var config = await processes.Playground.GetConfigAsync(CancellationToken.None);
        var channel = config.GeneralChannelId;
        await using var stream = await processes.OpenStreamAsync(CancellationToken.None);
        await using var page = await PlaygroundPage.OpenAsync(processes.PlaygroundUrl);
        await page.OpenChannelAsync("General");

        // Megan (an administrator) makes General the tickets' and the announcements' channel.
        var setup = await stream.WaitForNewThreadCardAsync(channel, "Use this channel for announcements", DeliveryTimeout);
        var megan = new PlaygroundPerson(processes, stream, AgentsDesk.Administrator, setup.ConversationId, "en-US");
        Assert.True((await megan.ExecuteAsync(setup, "queue.use", new JsonObject { ["category"] = "all" })).ReplacedCard.Shows("This channel receives tickets"));
        Assert.True((await megan.ExecuteAsync(setup, "announcement.useChannel")).ReplacedCard.Shows("Announcements channel set"));

        // Alex has talked to the bot: his 1:1 chat is known.
        var alex = new PlaygroundPerson(processes, stream, config.CurrentUserId, config.PersonalChatId, "en-US");
        await alex.SayAsync("hello");
        await alex.NextAsync(_ => true, "an answer to hello");

        // Adele declares the outage from the channel and publishes it.
        var mark = stream.Messages.Count;
        await PlaygroundTeam.MentionBotAsync(processes.Playground, config, config.Users["user-id-2"], channel, "outage", CancellationToken.None);
        var form = await stream.WaitForNewThreadCardAsync(channel, "Declare a major incident", DeliveryTimeout, mark);
        var adele = new PlaygroundPerson(processes, stream, "user-id-2", form.ConversationId, "en-US");
        var inputs = new JsonObject
        {
            ["service"] = "Email",
            ["title"] = Title,
            ["whatUsersSee"] = "Outlook says it cannot connect; mail does not arrive.",
            ["impact"] = "Nobody can send or receive email.",
            ["nextUpdateMinutes"] = "60",
        };
        var preview = (await adele.ExecuteAsync(form, "announcement.preview", inputs)).ReplacedCard;
        Assert.True(preview.Shows("Preview: this is what employees will see") && preview.Shows(Title), preview.Readable);
        mark = stream.Messages.Count;
        var control = (await adele.ExecuteAsync(preview, "announcement.publish", inputs)).ReplacedCard;
        Assert.True(control.Shows("Post update") && control.Shows("Resolve") && control.Shows("Delivery"), control.Readable);

        // Alex's chat and the channel get it.
        var card = await alex.NextCardAsync(Title);
        Assert.True(card.Shows("I'm affected too") && card.Shows("Acknowledge") && card.Shows("Nobody can send or receive email."), card.Readable);
        var post = await stream.WaitForNewThreadCardAsync(channel, Title, DeliveryTimeout, mark);
        var rendered = await page.WaitForCardAsync(DeliveryTimeout, Title, "I'm affected too");
        output.WriteLine($"Screenshot: {await PlaygroundPage.ScreenshotAsync(rendered, "outage-announcement")}");

        // The control card counts the employees reached (Alex; the channel post is not a person) for every agent, in place.
        await stream.WaitForAsync(
            m => m.Action == "updateMessage" && (string?)m.Message["messageId"] == form.MessageId && CardView.From(m)?.Shows("Delivered | 1") == true,
            DeliveryTimeout, mark);

        var affected = await alex.ExecuteAsync(card, "announcement.affected");
        Assert.Contains("you're counted as affected", affected.ToString());
        // The button used is gone from Alex's card; Acknowledge stays.
        Assert.True(!affected.ReplacedCard.HasAction("announcement.affected") && affected.ReplacedCard.HasAction("announcement.acknowledge"), affected.ToString());

        // An update edits Alex's card and the channel post in place.
        mark = stream.Messages.Count;
        control = (await adele.ExecuteAsync(control, "announcement.update", new JsonObject { ["updateText"] = Update, ["nextUpdateMinutes"] = "30" })).ReplacedCard;
        Assert.True(control.Shows(Update), control.Readable);
        await WaitForChatCardUpdateAsync(stream, card, c => c.Shows(Update), mark);
        await stream.WaitForCardUpdateAsync(post, c => c.Shows(Update), DeliveryTimeout, mark);

        // Asked again, the outage is shown as a copy that refreshes itself for Alex (Teams asks when he looks at it).
        await alex.SayAsync("is there an outage?");
        var shown = await alex.NextCardAsync(Title);
        Assert.True(shown.HasAction("announcement.refresh") && shown.HasAction("announcement.affected"), shown.Readable);

        // The resolution too, and Alex (affected) is told it is fixed.
        mark = stream.Messages.Count;
        control = (await adele.ExecuteAsync(control, "announcement.resolve", new JsonObject { ["resolution"] = Resolution })).ReplacedCard;
        Assert.True(control.Shows("Resolved"), control.Readable);
        // The control card turns green and keeps no live button.
        Assert.True(!control.HasAction("announcement.resolve") && !control.HasAction("announcement.update"), control.Readable);
        Assert.Contains("\"style\":\"good\"", control.Card.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"style\":\"attention\"", control.Card.ToJsonString(), StringComparison.Ordinal);
        // The employee's cards read "Service restored: …", not the outage's title ("… is down") after "Resolved".
        await WaitForChatCardUpdateAsync(stream, card, c => c.Shows("Service restored"), mark);
        await stream.WaitForCardUpdateAsync(post, c => c.Shows("Service restored"), DeliveryTimeout, mark);
        var fixedNotice = await alex.NextTextAsync("✅ Fixed");
        Assert.Contains(Resolution, fixedNotice);

        // The copy shown on request, refreshed as Teams does when Alex looks at it, reads resolved with no button.
        var refreshed = (await alex.ExecuteAsync(shown, "announcement.refresh")).ReplacedCard;
        Assert.True(refreshed.Shows("Service restored") && !refreshed.HasAction("announcement.affected") && !refreshed.HasAction("announcement.refresh"), refreshed.Readable);
    }

    /// <summary>The first replacement (PUT) of a card in a 1:1 chat, from index <paramref name="from"/> on, that matches.</summary>
    private static async Task WaitForChatCardUpdateAsync(PlaygroundStream stream, CardView card, Func<CardView, bool> predicate, int from) =>
        await stream.WaitForAsync(
            m => m.Action == "updateMessage" && m.ConversationId == card.ConversationId && (string?)m.Message["messageId"] == card.MessageId
                && CardView.From(m) is { } updated && predicate(updated),
            DeliveryTimeout, from);
}
