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

        var adele = new PlaygroundPerson(processes, stream, "user-id-2", card.ConversationId, "en-US");
        card = (await adele.ExecuteAsync(card, "agent.assignMe")).ReplacedCard;
        Assert.True(card.Shows("Adele Vance"), card.Readable);
        await alex.NextTextAsync($"Your ticket {number} (Outlook crashes every morning since the update) is now being handled by Adele Vance.");

        const string Reply = "Please start Outlook once with outlook.exe /safe and tell me if it still crashes.";
        card = (await adele.ExecuteAsync(card, "agent.reply", new JsonObject { ["agentReply"] = Reply })).ReplacedCard;
        var told = await alex.NextTextAsync($"Adele Vance replied about your ticket {number} (Outlook crashes every morning since the update):");
        Assert.Contains(Reply, told);

        // Typed in the thread with a mention: /note keeps it among the agents; the card (a PUT) shows it in its history.
        const string Note = "Safe mode works: an add-in is the cause.";
        var mark = stream.Messages.Count;
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
