using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ServiceDesk.EndToEnd.Tests.Agents;
using ServiceDesk.EndToEnd.Tests.Flows;
using ServiceDesk.EndToEnd.Tests.Playground;
using ServiceDesk.Infra.Tests.LanguageModel;

namespace ServiceDesk.EndToEnd.Tests.LanguageModel;

/// <summary>
/// The agent's help through the Playground with the fake model: the queue set up in the mock team's General channel,
/// an employee's incident posted there, an agent asks for a summary and a draft reply from the ticket's card; both
/// come in the ticket's thread marked AI-generated, and the draft reaches the employee only when the agent sends it,
/// as the agent edited it.
/// </summary>
public sealed partial class AgentAssistFlowTests(ModelDesk desk) : IClassFixture<ModelDesk>
{
    private const string Summary = "Outlook crashes at every start since the last update; nothing has been tried yet.";
    private const string Draft = "Hello, could you start Outlook once with outlook.exe /safe and tell me whether it still crashes?";

    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task An_agent_gets_a_summary_and_a_draft_reply_in_the_tickets_thread_and_the_employee_gets_the_edited_draft_only_on_Send()
    {
        // Every call the bot makes answers by its instructions (a summary, a draft, or a grounded answer on the way).
        desk.Model.Script([.. Enumerable.Range(0, 40).Select(_ => Answer())]);
        var processes = desk.Processes;
        var config = await processes.Playground.GetConfigAsync(CancellationToken.None);
        var channel = config.GeneralChannelId;
        await using var stream = await processes.OpenStreamAsync(CancellationToken.None);
        await using var page = await PlaygroundPage.OpenAsync(processes.PlaygroundUrl);
        await page.OpenChannelAsync("General");
        var setup = await stream.WaitForNewThreadCardAsync(channel, "Use this channel for tickets", DeliveryTimeout);
        var megan = new PlaygroundPerson(processes, stream, ModelDesk.Administrator, setup.ConversationId, "en-US");
        Assert.True((await megan.ExecuteAsync(setup, "queue.use", new JsonObject { ["category"] = "all" })).ReplacedCard.Shows("This channel receives tickets"));

        var alex = new PlaygroundPerson(processes, stream, config.CurrentUserId, config.PersonalChatId, "en-US");
        var number = await ReportIncidentAsync(alex);
        var card = await stream.WaitForNewThreadCardAsync(channel, number, DeliveryTimeout);
        Assert.True(card.HasAction("assist.summary") && card.HasAction("assist.draft"), card.Readable);
        var adele = new PlaygroundPerson(processes, stream, "user-id-2", card.ConversationId, "en-US");

        var mark = stream.Messages.Count;
        var clicked = await adele.ExecuteAsync(card, "assist.summary");
        Assert.True(clicked.ReplacedCard.Shows(number), clicked.ToString());
        var summary = await stream.WaitForThreadReplyAsync(card, m => CardView.From(m)?.Shows("Summary of " + number) == true, DeliveryTimeout, mark);
        var summaryCard = CardView.From(summary)!;
        Assert.True(summaryCard.Shows(Summary) && summaryCard.Shows("AI-generated summary"), summaryCard.Readable);
        Assert.True(IsMarkedAiGenerated(summary), summary.ToString());

        mark = stream.Messages.Count;
        await adele.ExecuteAsync(card, "assist.draft");
        var draft = await stream.WaitForThreadReplyAsync(card, m => CardView.From(m)?.Shows("Draft reply for " + number) == true, DeliveryTimeout, mark);
        var draftCard = CardView.From(draft)! with { ConversationId = card.ConversationId };
        Assert.True(IsMarkedAiGenerated(draft), draft.ToString());
        Assert.Contains(Draft, draftCard.Card.ToJsonString(), StringComparison.Ordinal);

        // Nothing reached Alex from the help; the reply he gets is the agent's edit, on the agent's click.
        Assert.DoesNotContain(stream.Messages, m => m.ConversationId == config.PersonalChatId && m.ToString().Contains("outlook.exe /safe", StringComparison.Ordinal));
        const string Edited = Draft + " Thank you, Adele.";
        await adele.ExecuteAsync(draftCard, "agent.reply", new JsonObject { ["agentReply"] = Edited });
        var told = await alex.NextTextAsync($"Adele Vance replied about your ticket {number}");
        Assert.Contains(Edited, told, StringComparison.Ordinal);
        Assert.Contains(desk.Model.Requests, r => r.ToJsonString().Contains("Summarise the ticket", StringComparison.Ordinal));
        Assert.Contains(desk.Model.Requests, r => r.ToJsonString().Contains("Draft the agent", StringComparison.Ordinal));
    }

    /// <summary>Teams' own "AI generated" mark on the message: an entity whose additionalType holds AIGeneratedContent.</summary>
    private static bool IsMarkedAiGenerated(BotMessage message) =>
        message.ToString().Contains("AIGeneratedContent", StringComparison.Ordinal);

    /// <summary>The summary for the summary's instructions, the draft for the draft's; otherwise an incident reading or a grounded answer.</summary>
    private static FakeModelAnswer.FromRequest Answer() => new(request =>
    {
        var system = request["messages"]?[0]?.ToJsonString() ?? string.Empty;
        return system.Contains("Summarise the ticket", StringComparison.Ordinal)
            ? new FakeModelAnswer.Completion(new JsonObject { ["text"] = Summary }.ToJsonString())
            : system.Contains("Draft the agent", StringComparison.Ordinal)
                ? new FakeModelAnswer.Completion(new JsonObject { ["text"] = Draft }.ToJsonString())
                : request["response_format"]?["json_schema"]?["name"]?.GetValue<string>() == "intent_reading"
                    ? new FakeModelAnswer.Completion("""{"intent":"ReportIncident"}""")
                    : ((FakeModelAnswer.FromRequest)FakeModelAnswer.CitingFirstPassage("Restart Outlook in safe mode.")).Make(request);
    });

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
