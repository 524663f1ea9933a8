using System.Text.Json.Nodes;
using ServiceDesk.EndToEnd.Tests.Flows;
using ServiceDesk.Infra.Tests.LanguageModel;

namespace ServiceDesk.EndToEnd.Tests.LanguageModel;

/// <summary>
/// The optional language model through the Playground, the bot as a process and the fake model on loopback: a question
/// answered from the articles with its sources and the AI label, and a message the rules are unsure of, read by the
/// model, that becomes a ticket only when the employee clicks Create.
/// </summary>
public sealed class LanguageModelFlowTests(ModelDesk desk) : IClassFixture<ModelDesk>
{
    [Fact]
    public async Task A_question_gets_the_models_answer_with_its_source_and_the_AI_label()
    {
        desk.Model.Script(Answer());
        var config = await desk.Processes.Playground.GetConfigAsync(CancellationToken.None);
        await using var stream = await desk.Processes.OpenStreamAsync(CancellationToken.None);
        var alex = new PlaygroundPerson(desk.Processes, stream, config.CurrentUserId, config.PersonalChatId, "en-US");

        await alex.SayAsync("how do I connect to the vpn");
        var answer = await alex.NextCardAsync("AI-generated answer");

        Assert.True(answer.Shows("Open GlobalProtect from the tray and sign in with your work account."), answer.Readable);
        Assert.True(answer.Shows("Sources (open the full article):") && answer.Shows("Connect to the VPN when working remotely"), answer.Readable);
        Assert.True(answer.HasAction("kb.open") && answer.HasAction("kb.helpful"), answer.Readable);
        var request = desk.Model.Requests.Last();
        Assert.Contains("how do I connect to the vpn", request.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsure_message_read_by_the_model_is_a_ticket_only_after_the_click()
    {
        desk.Model.Script(Answer());
        var config = await desk.Processes.Playground.GetConfigAsync(CancellationToken.None);
        await using var stream = await desk.Processes.OpenStreamAsync(CancellationToken.None);
        var alex = new PlaygroundPerson(desk.Processes, stream, config.CurrentUserId, config.PersonalChatId, "en-US");
        var before = await desk.TicketNumbersAsync();

        await alex.SayAsync("the big grey box near the lifts chews every sheet I give it");
        var review = await alex.NextCardAsync("Ready to create your ticket");

        Assert.True(review.Shows("Printing"), review.Readable);
        Assert.Equal(before, await desk.TicketNumbersAsync());
        var created = await alex.ExecuteAsync(review, "incident.create");
        var after = await desk.TicketNumbersAsync();
        var number = Assert.Single(after.Except(before));
        Assert.True(created.Card?.Shows($"Ticket {number} created") ?? false, created.ToString());
    }

    /// <summary>
    /// The fake model's answer to whichever question the bot asks: the reading of an unsure message (its schema is
    /// named), or a grounded answer citing the first passage it was given.
    /// </summary>
    private static FakeModelAnswer.FromRequest Answer() => new(request =>
        request["response_format"]?["json_schema"]?["name"]?.GetValue<string>() == "intent_reading"
            ? new FakeModelAnswer.Completion("""{"intent":"ReportIncident","category":"printing","service":"printer","impact":"Low","urgency":"Low"}""")
            : ((FakeModelAnswer.FromRequest)FakeModelAnswer.CitingFirstPassage("Open GlobalProtect from the tray and sign in with your work account.")).Make(request));
}
