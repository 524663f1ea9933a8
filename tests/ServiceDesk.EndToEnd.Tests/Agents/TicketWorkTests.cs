using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ServiceDesk.EndToEnd.Tests.Flows;
using ServiceDesk.EndToEnd.Tests.Playground;
using Xunit.Abstractions;

namespace ServiceDesk.EndToEnd.Tests.Agents;

/// <summary>
/// The agents' side end to end through the Playground: the queue is set up in the mock team's General channel, an
/// employee (the signed-in user, Alex Wilber) reports an incident in the personal chat, its card starts a thread in
/// the channel, another user (Adele Vance, a member of the team, so an agent) assigns it, replies and resolves it
/// from the card, Alex is told each time in his chat and rates the fix; the card as the Playground's page renders it
/// is kept as a screenshot.
/// </summary>
public sealed partial class TicketWorkTests(AgentsDesk desk, ITestOutputHelper output) : IClassFixture<AgentsDesk>
{
    /// <summary>Channel posts and notices go through the outbox worker, not the turn.</summary>
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task An_incident_is_worked_from_its_channel_card_and_the_employee_is_told_each_step_and_rates_the_fix()
    {
        var processes = desk.Processes;
        var config = await processes.Playground.GetConfigAsync(CancellationToken.None);
        var channel = config.GeneralChannelId;
        await using var stream = await processes.OpenStreamAsync(CancellationToken.None);
        // The page shows only what arrives while it is open: open it, and the channel, first. Opening the channel
        // adds the bot to the team, which posts its setup card there.
        await using var page = await PlaygroundPage.OpenAsync(processes.PlaygroundUrl);
        await page.OpenChannelAsync("General");

        var setup = await stream.WaitForNewThreadCardAsync(channel, "Use this channel for tickets", DeliveryTimeout);
        var megan = new PlaygroundPerson(processes, stream, AgentsDesk.Administrator, setup.ConversationId, "en-US");
        var chosen = (await megan.ExecuteAsync(setup, "queue.use", new JsonObject { ["category"] = "all" })).ReplacedCard;
        Assert.True(chosen.Shows("This channel receives tickets"), chosen.Readable);

        var alex = new PlaygroundPerson(processes, stream, config.CurrentUserId, config.PersonalChatId, "en-US");
        var number = await ReportIncidentAsync(alex);

        var card = await stream.WaitForNewThreadCardAsync(channel, number, DeliveryTimeout);
        foreach (var shown in new[] { "Outlook crashes every morning since the update", "Alex Wilber", "Email", "New", "Assign to me", "Resolve" })
        {
            Assert.True(card.Shows(shown), $"The channel card does not show {shown}: {card.Readable}");
        }

        var before = await page.WaitForCardAsync(DeliveryTimeout, number, "Assign to me");
        output.WriteLine($"Screenshot: {await PlaygroundPage.ScreenshotAsync(before, "agents-ticket-card-new")}");

        // Nothing depends on scrolling the channel: "tickets" lists what nobody has taken, and the row assigns it.
        var mark = stream.Messages.Count;
        await PlaygroundTeam.MentionBotAsync(processes.Playground, config, config.Users["user-id-2"], channel, "tickets unassigned", CancellationToken.None);
        var list = await ChannelCardAsync(stream, channel, "Open tickets: Unassigned", mark);
        Assert.True(list.Shows(number) && list.Shows("Outlook crashes every morning since the update") && list.Shows("Open"), list.Readable);
        var adele = new PlaygroundPerson(processes, stream, "user-id-2", list.ConversationId, "en-US");
        var taken = (await adele.ExecuteAsync(list, "agent.assignMe")).ReplacedCard;
        Assert.True(taken.Shows("Adele Vance") && taken.Shows("Assigned") && !taken.HasAction("agent.assignMe"), taken.Readable);
        card = await stream.WaitForCardUpdateAsync(card, c => c.Shows("Adele Vance") && c.Shows("Assigned"), DeliveryTimeout, mark);
        Assert.False(card.HasAction("agent.assignMe"), card.Readable);
        adele = new PlaygroundPerson(processes, stream, "user-id-2", card.ConversationId, "en-US");
        var after = await page.WaitForCardAsync(DeliveryTimeout, number, "Assigned", "Adele Vance", "Respond by");
        output.WriteLine($"Screenshot: {await PlaygroundPage.ScreenshotAsync(after, "agents-ticket-card-assigned")}");
        await alex.NextTextAsync($"Your ticket {number} (Outlook crashes every morning since the update) is now being handled by Adele Vance.");

        const string Reply = "Please start Outlook once with outlook.exe /safe and tell me if it still crashes.";
        card = (await adele.ExecuteAsync(card, "agent.reply", new JsonObject { ["agentReply"] = Reply })).ReplacedCard;
        var told = await alex.NextTextAsync($"Adele Vance replied about your ticket {number} (Outlook crashes every morning since the update):");
        Assert.Contains(Reply, told);

        // Typed in the thread with a mention: /note keeps it among the agents; the card (a PUT) shows it in its history.
        const string Note = "Safe mode works: an add-in is the cause.";
        mark = stream.Messages.Count;
        await PlaygroundTeam.MentionBotAsync(processes.Playground, config, config.Users["user-id-2"], card.ConversationId, "/note " + Note, CancellationToken.None);
        await stream.WaitForThreadReplyAsync(card, m => m.Text?.Contains($"Internal note added to {number}.", StringComparison.Ordinal) == true, DeliveryTimeout, mark);
        card = await stream.WaitForCardUpdateAsync(card, c => c.Shows("Adele Vance · Internal note: " + Note), DeliveryTimeout, mark);

        const string Resolution = "A faulty add-in loaded at start-up; removed it and repaired the Office installation.";
        card = (await adele.ExecuteAsync(card, "agent.resolve", new JsonObject { ["agentResolution"] = Resolution })).ReplacedCard;
        Assert.True(card.Shows("Resolved") && card.Shows(Resolution), card.Readable);

        var resolved = await alex.NextCardAsync("Is it fixed?");
        Assert.True(resolved.Shows("It's fixed") && resolved.Shows("Still broken") && resolved.Shows(Resolution), resolved.Readable);
        var rated = await alex.ExecuteAsync(resolved, "tickets.confirm", new JsonObject { ["rating"] = "5" });
        Assert.Contains("Thanks! The ticket is closed and your rating recorded.", rated.ToString());

        // Everyone's card is replaced in place (a PUT on the thread's root) once the requester has rated the fix.
        var closed = await stream.WaitForCardUpdateAsync(card, c => c.Shows("Closed") && c.Shows("★★★★★"), DeliveryTimeout);
        Assert.True(closed.Shows(Resolution) && closed.Shows("Adele Vance"), closed.Readable);
        await stream.WaitForThreadReplyAsync(card, m => m.Text?.Contains("confirmed the fix and rated it 5/5", StringComparison.Ordinal) == true, DeliveryTimeout);

        // The internal note never reached the employee: the notices sent after it (resolution) have all arrived, in order.
        Assert.DoesNotContain(stream.Messages, m => m.ConversationId == config.PersonalChatId && m.ToString().Contains(Note, StringComparison.Ordinal));
        Assert.Contains(stream.Messages, m => m.ConversationId != config.PersonalChatId && m.ToString().Contains(Note, StringComparison.Ordinal));

        // The channel's card as the page renders it ("Respond by" is on the agents' card only, not on Alex's own).
        var rendered = await page.WaitForCardAsync(DeliveryTimeout, number, "Respond by", "★★★★★");
        var text = await rendered.InnerTextAsync();
        foreach (var shown in new[] { "Closed", "Adele Vance", "Alex Wilber", Resolution })
        {
            Assert.Contains(shown, text);
        }

        var screenshot = await PlaygroundPage.ScreenshotAsync(rendered, "agents-ticket-card");
        output.WriteLine($"Screenshot: {screenshot}");
        Assert.True(new FileInfo(screenshot).Length > 0, screenshot);
    }

    /// <summary>
    /// A card the bot posts in the channel in answer to a mention there, from index <paramref name="from"/> on: as a new
    /// thread (clicks go to the thread) or as a message of the channel's conversation.
    /// </summary>
    private static async Task<CardView> ChannelCardAsync(PlaygroundStream stream, string channel, string text, int from)
    {
        var posted = await stream.WaitForAsync(
            m => m.Action == "createMessage" && (m.ConversationId == channel || m.ConversationId.StartsWith(channel + ";", StringComparison.Ordinal))
                && CardView.From(m)?.Shows(text) == true,
            DeliveryTimeout, from);
        return ChannelThread.Parse((string?)posted.Message["postConversationId"]) is { } thread
            ? new CardView(thread.ConversationId, thread.RootId, posted.AdaptiveCards[0])
            : CardView.From(posted)!;
    }

    /// <summary>The incident flow of the flows' e2e test, in English, up to the numbered confirmation.</summary>
    private static async Task<string> ReportIncidentAsync(PlaygroundPerson alex)
    {
        await alex.SayAsync("my outlook crashes every morning since the update");
        await alex.NextCardAsync("Who is affected?");
        await alex.SayAsync("just me");
        await alex.NextCardAsync("How much of your work is blocked?");
        await alex.SayAsync("part of my work is blocked");
        await alex.NextCardAsync("Ready to create your ticket");
        await alex.SayAsync("create");
        var created = await alex.NextCardAsync(" created");
        return TicketNumber().Match(created.Readable).Value;
    }

    [GeneratedRegex(@"INC-\d{6}")]
    private static partial Regex TicketNumber();
}
